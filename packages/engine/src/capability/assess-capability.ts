import { issue, type Issue, type IssueParams, type Failure } from '../issue.js';
import { readShare } from '../input/read-share.js';
import type { FirmRow } from '../fields/firm-row.js';
import { indicatorsOf, roundScore, type IndicatorId, type Level, type Side } from './indicators.js';
import { placeInFigure1, placeInFigure2, type CombinedMode, type Mode, type Strategy } from './modes.js';
import { resolveCapabilityOptions, type CapabilityOptions, type ResolvedCapabilityOptions } from './options.js';
import { readIndicators, type IndicatorReading } from './read-indicators.js';
import { readLevel, readMarketPosition, type MarketPosition } from './read-level.js';
import { weightedScore } from './score-side.js';
import { techGap, type TechGap } from './tech-gap.js';
import { wayUp } from './way-up.js';

/** How a side's level was reached: from indicators, from a 0–100 score typed directly, or from a word. */
export type CapabilityBasis = 'indicators' | 'score' | 'word';

export interface CapabilityRating {
  readonly ok: true;
  /** 0–100, one decimal; null when the side was given as a word (high / low). */
  readonly productScore: number | null;
  readonly processScore: number | null;
  readonly product: Level;
  readonly process: Level;
  readonly basis: { readonly product: CapabilityBasis; readonly process: CapabilityBasis };
  /** Indicators that entered each score (0 for a side given directly). */
  readonly indicatorsUsed: { readonly product: number; readonly process: number };
  readonly threshold: number;
  readonly mode: Mode;
  readonly strategy: Strategy;
  /** Fraction; null when not given. */
  readonly exportShare: number | null;
  readonly exportOrientation: Level | null;
  /** Figure 2 name; null when export orientation is unknown. */
  readonly combinedMode: CombinedMode | null;
  readonly wayUp: readonly Issue[];
  readonly techGap: TechGap;
  readonly reasons: readonly Issue[];
  readonly warnings: readonly Issue[];
}

export type CapabilityFailure = Failure;

export type CapabilityResult = CapabilityRating | CapabilityFailure;

interface SidePlacement {
  readonly level: Level;
  readonly score: number | null;
  readonly basis: CapabilityBasis;
  readonly used: number;
}

const DIRECT_FIELD: Readonly<Record<Side, string>> = { product: 'product_capability', process: 'process_capability' };

/** Rates one firm's technological capability and places it in the paper's Figures 1 and 2. */
export function assessCapability(row: FirmRow, options: CapabilityOptions = {}): CapabilityResult {
  const resolved = resolveCapabilityOptions(options);
  if (!resolved.ok) return { ok: false, errors: [...resolved.errors], warnings: [] };
  return assessWith(row, resolved.value);
}

/** The rating once options are known good (a cluster resolves them once for all its rows). */
export function assessWith(row: FirmRow, opts: ResolvedCapabilityOptions): CapabilityResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const reasons: Issue[] = [];

  const read = readIndicators(row, opts.rdBenchmark);
  warnings.push(...read.warnings);

  const direct = { product: readLevel(row[DIRECT_FIELD.product], DIRECT_FIELD.product), process: readLevel(row[DIRECT_FIELD.process], DIRECT_FIELD.process) };
  for (const side of ['product', 'process'] as const) {
    const d = direct[side];
    if (d.kind === 'invalid') errors.push(d.issue);
    const badValues = read.invalid.filter((i) => i.side === side).map((i) => i.issue);
    // A side typed directly does not need its indicators, so a bad one there is only a warning.
    if (d.kind === 'word' || d.kind === 'score') warnings.push(...badValues.map((b) => issue('capability.value-ignored', { side, message: { code: b.code, params: b.params } }, b.field)));
    else errors.push(...badValues);
  }

  const exportReading = readShare(row.export_share, 'export_share');
  if (exportReading.kind === 'invalid') errors.push(exportReading.issue);
  const positionReading = readMarketPosition(row.market_position, 'market_position');
  if (positionReading.kind === 'invalid') errors.push(positionReading.issue);
  if (errors.length > 0) return { ok: false, errors, warnings };

  const placed: Partial<Record<Side, SidePlacement>> = {};
  for (const side of ['product', 'process'] as const) {
    const p = placeSide(side, direct[side], read, opts, reasons, warnings, errors);
    if (p) placed[side] = p;
  }
  if (!placed.product || !placed.process) return { ok: false, errors, warnings };
  const product = placed.product;
  const process = placed.process;
  reasons.unshift(...read.reasons);

  const { mode, strategy } = placeInFigure1(product.level, process.level);
  reasons.push(issue('capability.mode', { product: product.level, process: process.level, mode, strategy }));

  const exportShare = exportReading.kind === 'value' ? exportReading.value : null;
  let exportOrientation: Level | null = null;
  let combinedMode: CombinedMode | null = null;
  if (exportShare === null) {
    reasons.push(issue('capability.export-missing', {}, 'export_share'));
  } else {
    exportOrientation = exportShare >= opts.exportThreshold ? 'high' : 'low';
    combinedMode = placeInFigure2(mode, exportOrientation);
    reasons.push(issue('capability.export', { share: exportShare, threshold: opts.exportThreshold, orientation: exportOrientation }));
    reasons.push(issue('capability.combined', { combinedMode }));
  }

  const marketPosition: MarketPosition | null = positionReading.kind === 'position' ? positionReading.value : null;
  const gap = techGap(read.values, opts.weights, { exportShare, marketPosition });
  reasons.push(...gap.reasons);

  return {
    ok: true,
    productScore: product.score,
    processScore: process.score,
    product: product.level,
    process: process.level,
    basis: { product: product.basis, process: process.basis },
    indicatorsUsed: { product: product.used, process: process.used },
    threshold: opts.threshold,
    mode,
    strategy,
    exportShare,
    exportOrientation,
    combinedMode,
    wayUp: wayUp(mode, exportOrientation),
    techGap: gap.gap,
    reasons,
    warnings,
  };
}

function placeSide(
  side: Side,
  direct: ReturnType<typeof readLevel>,
  read: IndicatorReading,
  opts: ResolvedCapabilityOptions,
  reasons: Issue[],
  warnings: Issue[],
  errors: Issue[],
): SidePlacement | undefined {
  const rules = indicatorsOf(side);
  const given = rules.map((r) => r.id as IndicatorId).filter((id) => read.values[id] !== undefined);
  const field = DIRECT_FIELD[side];

  if (direct.kind === 'word' || direct.kind === 'score') {
    if (given.length > 0) warnings.push(issue('capability.indicators-ignored', { side, indicators: given }, field));
    if (direct.kind === 'word') {
      reasons.push(issue('capability.side-given-level', { side, level: direct.level }, field));
      return { level: direct.level, score: null, basis: 'word', used: 0 };
    }
    const score = roundScore(direct.score);
    const level = levelOf(score, opts.threshold);
    reasons.push(issue('capability.side-given-score', { side, score, threshold: opts.threshold, level }, field));
    return { level, score, basis: 'score', used: 0 };
  }

  const scored = weightedScore(rules, read.values, opts.weights);
  if (scored.score === null) {
    errors.push(
      scored.unweighted.length > 0
        ? issue('capability.only-unweighted', { side, indicators: [...scored.unweighted] }, field)
        : issue('capability.no-indicators', { side, fields: rules.map((r) => r.fields.filter((f) => f !== 'sector').join(' with ')) }, field),
    );
    return undefined;
  }
  const score = roundScore(scored.score);
  const level = levelOf(score, opts.threshold);
  for (const p of scored.parts) {
    const detail: IssueParams = p.id === 'rd_intensity' && read.rdIntensity !== null && read.benchmark ? { intensity: read.rdIntensity, benchmark: read.benchmark.intensity } : {};
    reasons.push(issue('capability.indicator-score', { indicator: p.id, value: p.value, score: roundScore(p.score), weight: p.weight, ...detail }));
  }
  reasons.push(issue('capability.side-score', { side, score, used: scored.parts.length, of: rules.length, threshold: opts.threshold, level }));
  if (scored.missing.length > 0) reasons.push(issue('capability.indicators-missing', { side, indicators: [...scored.missing] }));
  if (scored.unweighted.length > 0) reasons.push(issue('capability.indicators-unweighted', { side, indicators: [...scored.unweighted] }));
  return { level, score, basis: 'indicators', used: scored.parts.length };
}

/** At the threshold counts as high. */
export function levelOf(score: number, threshold: number): Level {
  return score >= threshold ? 'high' : 'low';
}
