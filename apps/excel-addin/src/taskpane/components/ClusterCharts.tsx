/**
 * The cluster view's pictures as plain SVG (no chart library): every rated firm on Figure 1's
 * quadrants, ringed when its export orientation is high (Figure 2), and the size distribution with
 * the missing-middle call-out. Each chart has an aria-label summary and a visually hidden table.
 */
import { FIGURE_1, SIZE_CLASSES, type Language, type MissingMiddle, type SizeClass } from '@sme-navigator/engine';
import { tokens } from '@fluentui/react-components';
import { useState, type CSSProperties } from 'react';
import type { FirmPoint } from '../core/cluster.js';
import { resultWord, useStrings } from '../strings/index.js';

/** Visible to screen readers only. */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

const SIZE = 300;
const PAD = 28;
const INNER = SIZE - PAD - 8;
const HALF = INNER / 2;

/** Position of a side in the plot (0..1): its score, or the middle of its half when given as a word. */
export function position(score: number | null, level: 'high' | 'low', threshold: number): number {
  if (score === null) return level === 'high' ? 0.75 : 0.25;
  return score < threshold ? (score / threshold) * 0.5 : 0.5 + ((score - threshold) / (100 - threshold || 1)) * 0.5;
}

const shown = (score: number | null, level: string) => (score === null ? level : score.toFixed(1));

export function ClusterMap({ points, lang }: { points: readonly FirmPoint[]; lang: Language }) {
  const { t } = useStrings();
  const [active, setActive] = useState<number | null>(null);
  const quadrants = (['high', 'low'] as const).flatMap((process) => (['low', 'high'] as const).map((product) => ({ process, product, ...FIGURE_1[process][product] })));
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.mode, (counts.get(p.mode) ?? 0) + 1);
  const summary = t.clusterMapLabel({
    firms: points.length,
    counts: quadrants.map((q) => `${resultWord(`mode.${q.mode}`, lang)} ${counts.get(q.mode) ?? 0}`).join(lang === 'zh-CN' ? '，' : ', '),
  });
  // Firms with the same scores (or given as the same words) would hide one another: the k-th at a
  // spot is moved out on a small spiral around it, so each dot can be seen, hovered and counted.
  const places = (() => {
    const seen = new Map<string, number>();
    return points.map((p) => {
      const x = PAD + position(p.productScore, p.product, p.threshold) * INNER;
      const y = 8 + (1 - position(p.processScore, p.process, p.threshold)) * INNER;
      const spot = `${Math.round(x / 4)},${Math.round(y / 4)}`;
      const k = seen.get(spot) ?? 0;
      seen.set(spot, k + 1);
      if (k === 0) return { x, y };
      const angle = k * 2.4;
      const r = 6 * Math.sqrt(k);
      // Kept inside the firm's own quadrant.
      const left = PAD + (p.product === 'high' ? HALF : 0) + 5;
      const top = 8 + (p.process === 'high' ? 0 : HALF) + 5;
      const clamp = (v: number, lo: number) => Math.min(Math.max(v, lo), lo + HALF - 10);
      return { x: clamp(x + r * Math.cos(angle), left), y: clamp(y + r * Math.sin(angle), top) };
    });
  })();
  const place = (_p: FirmPoint, i: number) => places[i]!;
  const current = active === null ? null : points[active];
  return (
    <figure style={{ margin: 0, position: 'relative' }}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: SIZE }} role="group" aria-label={summary} data-testid="cluster-map">
        <title>{summary}</title>
        {quadrants.map((q) => {
          const qx = PAD + (q.product === 'high' ? HALF : 0);
          const qy = 8 + (q.process === 'high' ? 0 : HALF);
          return (
            <g key={q.mode} data-quadrant={q.mode} aria-hidden="true">
              <rect x={qx} y={qy} width={HALF} height={HALF} fill={tokens.colorNeutralBackground3} stroke={tokens.colorNeutralStroke1} />
              {/* By the plot's middle lines: firms of clearly high or low capability sit in the corners. */}
              <text x={q.product === 'high' ? qx + 4 : qx + HALF - 4} y={q.process === 'high' ? qy + HALF - 18 : qy + 13} textAnchor={q.product === 'high' ? 'start' : 'end'} fontSize="10" fill={tokens.colorNeutralForeground2}>
                {resultWord(`mode.${q.mode}`, lang)}
              </text>
              <text x={q.product === 'high' ? qx + 4 : qx + HALF - 4} y={q.process === 'high' ? qy + HALF - 6 : qy + 25} textAnchor={q.product === 'high' ? 'start' : 'end'} fontSize="9" fill={tokens.colorNeutralForeground3}>
                {resultWord(`strategy.${q.strategy}`, lang)}
              </text>
            </g>
          );
        })}
        <text x={PAD} y={SIZE - 6} fontSize="10" fill={tokens.colorNeutralForeground2} aria-hidden="true">
          {t.figureAxisProduct}
        </text>
        <text x={12} y={8 + INNER} fontSize="10" fill={tokens.colorNeutralForeground2} transform={`rotate(-90 12 ${8 + INNER})`} aria-hidden="true">
          {t.figureAxisProcess}
        </text>
        {points.map((p, i) => {
          const { x, y } = place(p, i);
          const name = t.clusterPoint({ firm: p.firm, mode: resultWord(`mode.${p.mode}`, lang), product: shown(p.productScore, p.product), process: shown(p.processScore, p.process) });
          return (
            <g
              key={i}
              tabIndex={0}
              role="img"
              aria-label={name}
              data-testid="firm-point"
              data-mode={p.mode}
              data-export={p.exportHigh === null ? 'unknown' : p.exportHigh ? 'high' : 'low'}
              onMouseEnter={() => setActive(i)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(i)}
              onBlur={() => setActive(null)}
              style={{ outline: 'none', cursor: 'default' }}
            >
              <title>{name}</title>
              {p.exportHigh && <circle cx={x} cy={y} r={8} fill="none" stroke={tokens.colorPaletteDarkOrangeBorder2} strokeWidth={2} />}
              <circle cx={x} cy={y} r={active === i ? 6 : 4.5} fill={tokens.colorBrandBackground} stroke="white" strokeWidth={1.5} />
            </g>
          );
        })}
        {current &&
          (() => {
            const { x, y } = place(current, active!);
            const w = Math.min(180, 16 + current.firm.length * 7);
            const tx = Math.min(Math.max(x - w / 2, 2), SIZE - w - 2);
            const ty = y > 40 ? y - 30 : y + 12;
            return (
              <g aria-hidden="true" pointerEvents="none">
                <rect x={tx} y={ty} width={w} height={20} rx={3} fill={tokens.colorNeutralForeground1} opacity={0.9} />
                <text x={tx + w / 2} y={ty + 14} textAnchor="middle" fontSize="11" fill="white">
                  {current.firm}
                </text>
              </g>
            );
          })()}
      </svg>
      <figcaption style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{t.clusterMapCaption}</figcaption>
      <table style={VISUALLY_HIDDEN}>
        <caption>{summary}</caption>
        <thead>
          <tr>
            <th>{t.clusterColFirm}</th>
            <th>{t.productScore}</th>
            <th>{t.processScore}</th>
            <th>{t.clusterColMode}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{p.firm}</td>
              <td>{shown(p.productScore, p.product)}</td>
              <td>{shown(p.processScore, p.process)}</td>
              <td>{resultWord(`mode.${p.mode}`, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const BAR_W = 300;
const BAR_H = 170;

export function SizeBars({ counts, standard, middle, lang }: { counts: Readonly<Record<SizeClass, number>>; standard: string; middle: MissingMiddle; lang: Language }) {
  const { t } = useStrings();
  const max = Math.max(1, ...SIZE_CLASSES.map((c) => counts[c]));
  const slot = (BAR_W - 20) / SIZE_CLASSES.length;
  const top = 18;
  const plot = BAR_H - top - 28;
  const summary = t.sizeChartLabel({ standard, counts: SIZE_CLASSES.map((c) => `${resultWord(`class.${c}`, lang)} ${counts[c]}`).join(lang === 'zh-CN' ? '，' : ', ') });
  const missing = middle.missing === true;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${BAR_W} ${BAR_H}`} width="100%" style={{ maxWidth: BAR_W }} role="img" aria-label={summary} data-testid="size-chart">
        <title>{summary}</title>
        <line x1={10} x2={BAR_W - 10} y1={top + plot} y2={top + plot} stroke={tokens.colorNeutralStroke1} />
        {SIZE_CLASSES.map((c, i) => {
          const h = (counts[c] / max) * plot;
          const x = 10 + i * slot + slot * 0.2;
          const w = slot * 0.6;
          const gap = missing && c === 'medium';
          return (
            <g key={c} data-testid="size-bar" data-class={c} data-count={counts[c]} data-gap={gap || undefined}>
              <rect x={x} y={top + plot - h} width={w} height={Math.max(h, 0.5)} fill={gap ? tokens.colorPaletteDarkOrangeBackground3 : tokens.colorBrandBackground} />
              <text x={x + w / 2} y={top + plot - h - 4} textAnchor="middle" fontSize="11" fill={tokens.colorNeutralForeground1}>
                {counts[c]}
              </text>
              <text x={x + w / 2} y={top + plot + 16} textAnchor="middle" fontSize="11" fill={tokens.colorNeutralForeground2}>
                {resultWord(`class.${c}`, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{t.sizeChartCaption({ standard })}</figcaption>
      <table style={VISUALLY_HIDDEN}>
        <caption>{summary}</caption>
        <tbody>
          {SIZE_CLASSES.map((c) => (
            <tr key={c}>
              <th scope="row">{resultWord(`class.${c}`, lang)}</th>
              <td>{counts[c]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
