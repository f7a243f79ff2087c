import { issue, type Issue } from '../issue.js';
import { readAnswer } from '../input/read-answer.js';
import { readNonNegative, type NumberReading } from '../input/read-number.js';
import { readShare } from '../input/read-share.js';
import type { FirmRow } from '../fields/firm-row.js';
import type { IndicatorId } from './indicators.js';
import { findRdBenchmark, rdBenchmarkTotal } from './rd-benchmarks.js';

/** Indicator values in their own terms (a share as a fraction, yes as 1, R&D as a multiple of its benchmark). */
export type IndicatorValues = Partial<Record<IndicatorId, number>>;

export interface RdBenchmarkUsed {
  /** Fraction. */
  readonly intensity: number;
  /** Table 4 row id, or null when the caller gave the benchmark. */
  readonly id: string | null;
}

export interface IndicatorReading {
  readonly values: IndicatorValues;
  /** R&D intensity itself (R&D ÷ sales), shown beside its benchmark multiple. */
  readonly rdIntensity: number | null;
  readonly benchmark: RdBenchmarkUsed | null;
  /** Invalid values, each tagged with the side whose indicator it feeds. */
  readonly invalid: readonly { readonly side: 'product' | 'process'; readonly issue: Issue }[];
  readonly warnings: readonly Issue[];
}

type Invalid = IndicatorReading['invalid'][number];

/**
 * Reads every capability indicator from a row through the shared readers in `input/`. Indicators
 * built from two fields (R&D ÷ revenue, patents ÷ employees) are left out, with a warning, when the
 * divisor is missing or zero: the rest of the side is reweighted, as for any indicator not given.
 * The R&D benchmark chosen is explained in `reasons`, unless that is null (reasons not wanted).
 */
export function readIndicators(row: FirmRow, rdBenchmark: number | null, reasons: Issue[] | null): IndicatorReading {
  const values: IndicatorValues = {};
  const invalid: Invalid[] = [];
  const warnings: Issue[] = [];
  const num = (field: string, side: Invalid['side']): number | undefined => take(readNonNegative(row[field], field), side, invalid);

  // Revenue and employees are read here only as divisors; as size figures they are the size rating's concern.
  const perUnit = (field: string, divisor: string, indicator: IndicatorId): { top: number; bottom: number } | undefined => {
    const top = num(field, 'product');
    if (top === undefined) return undefined;
    const before = invalid.length;
    const bottom = num(divisor, 'product');
    // A bad divisor is reported as itself, not again as a missing one.
    if (invalid.length === before && (bottom === undefined || bottom === 0)) warnings.push(issue('capability.needs-divisor', { indicator, divisor }, field));
    return bottom === undefined || bottom === 0 ? undefined : { top, bottom };
  };

  let rdIntensity: number | null = null;
  let benchmark: RdBenchmarkUsed | null = null;
  const rd = perUnit('rd_spend', 'revenue', 'rd_intensity');
  if (rd) {
    if (rd.top > rd.bottom) warnings.push(issue('capability.rd-above-revenue', { rd: rd.top, revenue: rd.bottom }, 'rd_spend'));
    benchmark = pickBenchmark(row.sector, rdBenchmark, reasons);
    rdIntensity = rd.top / rd.bottom;
    values.rd_intensity = rdIntensity / benchmark.intensity;
  }

  const share = (field: string, side: Invalid['side']): number | undefined => {
    const reading = readShare(row[field], field);
    if (reading.kind === 'invalid') invalid.push({ side, issue: reading.issue });
    return reading.kind === 'value' ? reading.value : undefined;
  };
  const answer = (field: string, side: Invalid['side']): number | undefined => {
    const reading = readAnswer(row[field], field);
    if (reading.kind === 'invalid') invalid.push({ side, issue: reading.issue });
    return reading.kind === 'answer' && reading.value !== 'unknown' ? (reading.value === 'yes' ? 1 : 0) : undefined;
  };
  const set = (id: IndicatorId, value: number | undefined) => {
    if (value !== undefined) values[id] = value;
  };

  set('new_product_share', share('new_product_share', 'product'));

  const patents = perUnit('patents', 'employees', 'patents_per_100_employees');
  if (patents) values.patents_per_100_employees = (patents.top / patents.bottom) * 100;

  set('own_brand', answer('own_brand', 'product'));
  set('process_innovation', answer('process_innovation', 'process'));
  set('quality_certified', answer('quality_certified', 'process'));
  set('automation_share', share('automation_share', 'process'));
  set('labour_productivity_ratio', num('labour_productivity_ratio', 'process'));

  return { values, rdIntensity, benchmark, invalid, warnings };
}

function take(reading: NumberReading, side: Invalid['side'], invalid: Invalid[]): number | undefined {
  if (reading.kind === 'invalid') invalid.push({ side, issue: reading.issue });
  return reading.kind === 'value' ? reading.value : undefined;
}

function pickBenchmark(sector: unknown, given: number | null, reasons: Issue[] | null): RdBenchmarkUsed {
  if (given !== null) {
    reasons?.push(issue('capability.rd-benchmark-given', { intensity: given }));
    return { intensity: given, id: null };
  }
  const typed = sector === null || sector === undefined ? '' : String(sector).trim();
  const found = typed === '' ? undefined : findRdBenchmark(typed);
  if (found) {
    reasons?.push(issue('capability.rd-benchmark', { id: found.id, intensity: found.intensity }));
    return { intensity: found.intensity, id: found.id };
  }
  const total = rdBenchmarkTotal();
  reasons?.push(issue('capability.rd-benchmark-total', { typed: typed === '' ? null : typed, intensity: total.intensity }));
  return { intensity: total.intensity, id: total.id };
}
