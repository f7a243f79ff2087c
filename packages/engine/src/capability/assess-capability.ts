import { issue, NO_ISSUES, type Issue, type IssueParams, type Failure, type Outcome } from '../issue.js';
import { readShare } from '../input/read-share.js';
import type { FirmRow } from '../fields/firm-row.js';
import { SIDES, indicatorsOf, roundScore, type IndicatorId, type Level, type Side } from './indicators.js';
import { placeInFigure1, placeInFigure2, type CombinedMode, type Mode, type Strategy } from './modes.js';
import { resolveCapabilityOptions, type CapabilityOptions, type ResolvedCapabilityOptions } from './options.js';
import { readIndicators, type IndicatorReading } from './read-indicators.js';
import { readLevel, readMarketPosition, type LevelReading, type MarketPosition } from './read-level.js';
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
  /** Each step of the rating, in order; empty when it was asked for without them (`explain: false`). */
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

// A register is rated row by row with one options object, so it is checked once, not per row.
// Options are read-only (the type says so): one changed in place after a rating is not seen again.
const RESOLVED = new WeakMap<CapabilityOptions, Outcome<ResolvedCapabilityOptions>>();
const NO_OPTIONS: CapabilityOptions = {};

function resolveOnce(options: CapabilityOptions): Outcome<ResolvedCapabilityOptions> {
  let resolved = RESOLVED.get(options);
  if (resolved === undefined) {
    resolved = resolveCapabilityOptions(options);
    RESOLVED.set(options, resolved);
  }
  return resolved;
}

/**
 * Rates one firm's technological capability and places it in the paper's Figures 1 and 2. With
 * `explain` false the rating's `reasons` are left out (an empty array) and not built at all, for a
 * caller that only shows the cells; everything else, warnings and errors included, is the same.
 */
export function assessCapability(row: FirmRow, options: CapabilityOptions = NO_OPTIONS, explain = true): CapabilityResult {
  const resolved = resolveOnce(options);
  if (!resolved.ok) return { ok: false, errors: [...resolved.errors], warnings: [] };
  return assessWith(row, resolved.value, explain);
}

/** The rating once options are known good (a cluster resolves them once for all its rows). */
export function assessWith(row: FirmRow, opts: ResolvedCapabilityOptions, explain = true): CapabilityResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  // Null when not explaining; `reasons?.push(issue(...))` then does not even evaluate the issue,
  // which is where the time goes over millions of rows.
  const reasons: Issue[] | null = explain ? [] : null;

  // First, as the benchmark reason leads the list.
  const read = readIndicators(row, opts.rdBenchmark, reasons);
  warnings.push(...read.warnings);

  const direct = { product: readLevel(row[DIRECT_FIELD.product], DIRECT_FIELD.product), process: readLevel(row[DIRECT_FIELD.process], DIRECT_FIELD.process) };
  for (const side of SIDES) {
    const d = direct[side];
    if (d.kind === 'invalid') errors.push(d.issue);
    // A side typed directly does not need its indicators, so a bad one there is only a warning.
    const sideGiven = d.kind === 'word' || d.kind === 'score';
    for (const bad of read.invalid) {
      if (bad.side !== side) continue;
      const b = bad.issue;
      if (sideGiven) warnings.push(issue('capability.value-ignored', { side, message: { code: b.code, params: b.params } }, b.field));
      else errors.push(b);
    }
  }

  const exportReading = readShare(row.export_share, 'export_share');
  if (exportReading.kind === 'invalid') errors.push(exportReading.issue);
  const positionReading = readMarketPosition(row.market_position, 'market_position');
  if (positionReading.kind === 'invalid') errors.push(positionReading.issue);
  if (errors.length > 0) return { ok: false, errors, warnings };

  const product = placeSide('product', direct.product, read, opts, reasons, warnings, errors);
  const process = placeSide('process', direct.process, read, opts, reasons, warnings, errors);
  if (!product || !process) return { ok: false, errors, warnings };

  const { mode, strategy } = placeInFigure1(product.level, process.level);
  reasons?.push(issue('capability.mode', { product: product.level, process: process.level, mode, strategy }));

  const exportShare = exportReading.kind === 'value' ? exportReading.value : null;
  let exportOrientation: Level | null = null;
  let combinedMode: CombinedMode | null = null;
  if (exportShare === null) {
    reasons?.push(issue('capability.export-missing', {}, 'export_share'));
  } else {
    exportOrientation = exportShare >= opts.exportThreshold ? 'high' : 'low';
    combinedMode = placeInFigure2(mode, exportOrientation);
    reasons?.push(issue('capability.export', { share: exportShare, threshold: opts.exportThreshold, orientation: exportOrientation }));
    reasons?.push(issue('capability.combined', { combinedMode }));
  }

  const marketPosition: MarketPosition | null = positionReading.kind === 'position' ? positionReading.value : null;
  const gap = techGap(read.values, opts.weights, { exportShare, marketPosition }, reasons);

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
    techGap: gap,
    reasons: reasons ?? NO_ISSUES,
    warnings,
  };
}

function placeSide(
  side: Side,
  direct: LevelReading,
  read: IndicatorReading,
  opts: ResolvedCapabilityOptions,
  reasons: Issue[] | null,
  warnings: Issue[],
  errors: Issue[],
): SidePlacement | undefined {
  const rules = indicatorsOf(side);
  const field = DIRECT_FIELD[side];

  if (direct.kind === 'word' || direct.kind === 'score') {
    const given = rules.map((r) => r.id as IndicatorId).filter((id) => read.values[id] !== undefined);
    if (given.length > 0) warnings.push(issue('capability.indicators-ignored', { side, indicators: given }, field));
    if (direct.kind === 'word') {
      reasons?.push(issue('capability.side-given-level', { side, level: direct.level }, field));
      return { level: direct.level, score: null, basis: 'word', used: 0 };
    }
    const score = roundScore(direct.score);
    const level = levelOf(score, opts.threshold);
    reasons?.push(issue('capability.side-given-score', { side, score, threshold: opts.threshold, level }, field));
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
  if (reasons) {
    for (const p of scored.parts) {
      const detail: IssueParams = p.id === 'rd_intensity' && read.rdIntensity !== null && read.benchmark ? { intensity: read.rdIntensity, benchmark: read.benchmark.intensity } : {};
      reasons.push(issue('capability.indicator-score', { indicator: p.id, value: p.value, score: roundScore(p.score), weight: p.weight, ...detail }));
    }
    reasons.push(issue('capability.side-score', { side, score, used: scored.parts.length, of: rules.length, threshold: opts.threshold, level }));
    if (scored.missing.length > 0) reasons.push(issue('capability.indicators-missing', { side, indicators: [...scored.missing] }));
    if (scored.unweighted.length > 0) reasons.push(issue('capability.indicators-unweighted', { side, indicators: [...scored.unweighted] }));
  }
  return { level, score, basis: 'indicators', used: scored.parts.length };
}

/** At the threshold counts as high. */
export function levelOf(score: number, threshold: number): Level {
  return score >= threshold ? 'high' : 'low';
}
