/**
 * The paper's Figure 1 as a plain SVG: product capability across, process capability up, the four
 * quadrants with their learning mode and strategy (from the engine's FIGURE_1), and the firm marked.
 */
import { FIGURE_1, type CapabilityRating } from '@sme-navigator/engine';
import { tokens } from '@fluentui/react-components';
import { engineLanguage, resultWord, useStrings } from '../strings/index.js';

const SIZE = 260;
const PAD = 28;
const INNER = SIZE - PAD - 8;
const HALF = INNER / 2;

/** Position of a side in the plot: its score, or the middle of its half when given as a word. */
function position(score: number | null, level: 'high' | 'low', threshold: number): number {
  if (score === null) return level === 'high' ? 0.75 : 0.25;
  // Scores below the threshold fill the low half, scores above it the high half.
  return score < threshold ? (score / threshold) * 0.5 : 0.5 + ((score - threshold) / (100 - threshold || 1)) * 0.5;
}

/**
 * Where a quadrant's label starts: in the top quadrants near their bottom, in the bottom ones near
 * their top, so the labels sit by the middle line and firms with clearly high or low scores (the
 * corners) do not cover them.
 */
const labelY = (process: 'high' | 'low', qy: number): number => (process === 'high' ? qy + HALF - 44 : qy + 22);

/** "applications-specialist" on two lines: "applications-" and "specialist". */
function modeLines(mode: string): string[] {
  const at = mode.indexOf('-');
  return at < 0 ? [mode] : [mode.slice(0, at + 1), mode.slice(at + 1)];
}

export function Figure1({ rating }: { rating: CapabilityRating }) {
  const strings = useStrings();
  const { t } = strings;
  const lang = engineLanguage(strings);
  // In English the quadrants keep the short ids the cells hold; in Chinese, the glossary's terms.
  const modeText = (mode: string) => (lang === 'en' ? modeLines(mode) : [resultWord(`mode.${mode}`, lang)]);
  const strategyText = (strategy: string) => resultWord(`strategy.${strategy}`, lang);
  const quadrants = (['high', 'low'] as const).flatMap((process) =>
    (['low', 'high'] as const).map((product) => ({ process, product, ...FIGURE_1[process][product] })),
  );
  const x = PAD + position(rating.productScore, rating.product, rating.threshold) * INNER;
  const y = 8 + (1 - position(rating.processScore, rating.process, rating.threshold)) * INNER;
  const shown = (score: number | null, level: string) => (score === null ? level : score.toFixed(1));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width="100%"
        style={{ maxWidth: SIZE }}
        role="img"
        aria-label={t.figureLabel({ mode: resultWord(`mode.${rating.mode}`, lang), product: shown(rating.productScore, rating.product), process: shown(rating.processScore, rating.process) })}
      >
        {quadrants.map((q) => {
          const qx = PAD + (q.product === 'high' ? HALF : 0);
          const qy = 8 + (q.process === 'high' ? 0 : HALF);
          const mine = q.mode === rating.mode;
          return (
            <g key={q.mode} data-quadrant={q.mode}>
              <rect
                x={qx}
                y={qy}
                width={HALF}
                height={HALF}
                fill={mine ? tokens.colorBrandBackground2 : tokens.colorNeutralBackground3}
                stroke={tokens.colorNeutralStroke1}
              />
              <text x={qx + HALF / 2} y={labelY(q.process, qy)} textAnchor="middle" fontSize="11" fontWeight={mine ? 700 : 400} fill={tokens.colorNeutralForeground1}>
                {modeText(q.mode).map((line, i) => (
                  <tspan key={i} x={qx + HALF / 2} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
              <text x={qx + HALF / 2} y={labelY(q.process, qy) + 30} textAnchor="middle" fontSize="10" fill={tokens.colorNeutralForeground2}>
                {strategyText(q.strategy)}
              </text>
            </g>
          );
        })}
        <text x={PAD} y={SIZE - 6} fontSize="10" fill={tokens.colorNeutralForeground2}>
          {t.figureAxisProduct}
        </text>
        <text x={12} y={8 + INNER} fontSize="10" fill={tokens.colorNeutralForeground2} transform={`rotate(-90 12 ${8 + INNER})`}>
          {t.figureAxisProcess}
        </text>
        {rating.exportOrientation === 'high' && <circle cx={x} cy={y} r={11} fill="none" stroke={tokens.colorPaletteDarkOrangeBorder2} strokeWidth={2.5} data-testid="export-ring" />}
        <circle cx={x} cy={y} r={7} fill={tokens.colorPaletteRedBackground3} stroke="white" strokeWidth={2} data-testid="firm-marker" />
      </svg>
      <figcaption style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{t.figureTitle}</figcaption>
    </figure>
  );
}
