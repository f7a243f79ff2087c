import type { Level } from './indicators.js';

/**
 * The paper's Figure 1 (§2.2–2.3, after Wong 1999 and Porter 1990): learning mode and competitive
 * strategy from product and process capability. Read `FIGURE_1[process][product]`, i.e. rows are
 * process capability and columns product capability, as in the figure.
 */
export const MODES = ['fast-follower', 'process-pioneer', 'product-pioneer', 'applications-specialist'] as const;
export type Mode = (typeof MODES)[number];

export const STRATEGIES = ['cluster', 'niche', 'free-riding'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface Quadrant {
  readonly mode: Mode;
  readonly strategy: Strategy;
}

export const FIGURE_1: Readonly<Record<Level, Readonly<Record<Level, Quadrant>>>> = {
  high: {
    high: { mode: 'fast-follower', strategy: 'cluster' },
    low: { mode: 'process-pioneer', strategy: 'niche' },
  },
  low: {
    high: { mode: 'product-pioneer', strategy: 'niche' },
    low: { mode: 'applications-specialist', strategy: 'free-riding' },
  },
};

export function placeInFigure1(product: Level, process: Level): Quadrant {
  return FIGURE_1[process][product];
}

/**
 * Export orientation (Figure 2, §2.3): high when exports are at least this share of sales. The PRC's
 * own test of a "product-export enterprise" (产品出口企业) is exports of at least 50 % of output value
 * (MOFERT 1987 implementing measures under the State Council's 1986 Provisions on Encouraging Foreign
 * Investment); the paper gives no figure, so the engine uses that one.
 */
export const DEFAULT_EXPORT_THRESHOLD = 0.5;
export const EXPORT_THRESHOLD_SOURCE =
  '对外经济贸易部《关于确认和考核外商投资的产品出口企业和先进技术企业的实施办法》(1987): exports ≥ 50 % of output value';

/**
 * Figure 2: the four modes crossed with high / low export orientation. Only the fast follower with
 * high export orientation has a name in the paper (the globalized fast-follower innovation mode, the
 * quadrant §5 recommends); the other seven are named by the engine from their mode and market. Their
 * one-line meanings are catalogue entries `combined-mode.<id>.meaning`.
 */
export const COMBINED_MODES = [
  { id: 'globalized-fast-follower', mode: 'fast-follower', exportOrientation: 'high' },
  { id: 'domestic-fast-follower', mode: 'fast-follower', exportOrientation: 'low' },
  { id: 'exporting-process-pioneer', mode: 'process-pioneer', exportOrientation: 'high' },
  { id: 'domestic-process-pioneer', mode: 'process-pioneer', exportOrientation: 'low' },
  { id: 'exporting-product-pioneer', mode: 'product-pioneer', exportOrientation: 'high' },
  { id: 'domestic-product-pioneer', mode: 'product-pioneer', exportOrientation: 'low' },
  { id: 'exporting-applications-specialist', mode: 'applications-specialist', exportOrientation: 'high' },
  { id: 'domestic-applications-specialist', mode: 'applications-specialist', exportOrientation: 'low' },
] as const satisfies readonly { id: string; mode: Mode; exportOrientation: Level }[];

export type CombinedMode = (typeof COMBINED_MODES)[number]['id'];

export const COMBINED_MODE_IDS: readonly CombinedMode[] = COMBINED_MODES.map((c) => c.id);

/** The quadrant the paper recommends for SMEs (§5). */
export const TARGET_MODE: CombinedMode = 'globalized-fast-follower';

export function placeInFigure2(mode: Mode, exportOrientation: Level): CombinedMode {
  return COMBINED_MODES.find((c) => c.mode === mode && c.exportOrientation === exportOrientation)!.id;
}
