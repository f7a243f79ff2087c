import { issue, type Issue, type Failure } from '../issue.js';
import type { FirmRow } from '../fields/firm-row.js';
import { assessWith, type CapabilityRating } from '../capability/assess-capability.js';
import { COMBINED_MODE_IDS, MODES, type CombinedMode, type Mode } from '../capability/modes.js';
import { resolveCapabilityOptions, type CapabilityOptions } from '../capability/options.js';
import { classifySize } from '../size/classify-size.js';
import { SIZE_CLASSES, type SizeClass, type SizeStandard } from '../size/standard.js';
import { resolveStandard } from '../size/standards/index.js';
import { findUnit } from '../size/units.js';
import { typeCluster, type ClusterTyping } from './cluster-type.js';
import { firmName, readLinkage } from './linkage.js';
import { policyLevers, type PolicyLever } from './levers.js';
import { missingMiddle, type MissingMiddle } from './missing-middle.js';

export interface ClusterOptions {
  /** Size standard for the size distribution, as for `classifySize` (default `prc-2017`). */
  readonly standard?: string | SizeStandard;
  /** Money unit of `revenue` and `assets`, as for `classifySize`. */
  readonly unit?: string;
  /** Threshold, weights and benchmarks for every firm's capability rating. */
  readonly capability?: CapabilityOptions;
}

export interface SizeDistribution {
  readonly standard: string;
  readonly unit: string;
  readonly counts: Readonly<Record<SizeClass, number>>;
  readonly rated: number;
}

export interface ModeDistribution {
  readonly rated: number;
  readonly modes: Readonly<Record<Mode, number>>;
  readonly combined: Readonly<Record<CombinedMode, number>>;
  /** Firms rated whose export share was not given (so not in `combined`). */
  readonly exportUnknown: number;
}

/** A row that one part of the report could not rate; `index` is its 0-based position in `rows`. */
export interface UnratedRow {
  readonly index: number;
  readonly firm: string;
  readonly part: 'size' | 'capability';
  readonly issues: readonly Issue[];
}

export interface ClusterAssessment {
  readonly ok: true;
  readonly firms: number;
  readonly size: SizeDistribution;
  readonly missingMiddle: MissingMiddle;
  readonly clusterType: ClusterTyping;
  readonly modes: ModeDistribution;
  readonly levers: readonly PolicyLever[];
  readonly unrated: readonly UnratedRow[];
  /** Cluster-level warnings, then each row's own (as `cluster.row-warning`, with the row number). */
  readonly warnings: readonly Issue[];
}

export type ClusterFailure = Failure;

export type ClusterReport = ClusterAssessment | ClusterFailure;

const zeroCounts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Rates a cluster from its firm rows: size distribution and missing middle, cluster type from the
 * linkage columns, capability modes, and the §5 policy levers its profile calls for. A row that
 * cannot be sized or rated is listed, not fatal; only unusable options (or no rows) fail.
 */
export function assessCluster(rows: readonly FirmRow[], options: ClusterOptions = {}): ClusterReport {
  const errors: Issue[] = [];
  const std = resolveStandard(options.standard);
  if (!std.ok) errors.push(...std.errors);
  else {
    // The unit is checked by classifySize itself before anything about the firm, so an empty firm probes it.
    const probe = classifySize({}, { standard: std.value, ...(options.unit === undefined ? {} : { unit: options.unit }) });
    if (!probe.ok) errors.push(...probe.errors.filter((e) => e.field === 'unit'));
  }
  const capOptions = resolveCapabilityOptions(options.capability);
  if (!capOptions.ok) errors.push(...capOptions.errors);
  if (rows.length === 0) errors.push(issue('cluster.no-rows'));
  if (errors.length > 0 || !std.ok || !capOptions.ok) return { ok: false, errors, warnings: [] };

  const sizeOptions = { standard: std.value, ...(options.unit === undefined ? {} : { unit: options.unit }) };
  const counts = zeroCounts(SIZE_CLASSES);
  const modes = zeroCounts(MODES);
  const combined = zeroCounts(COMBINED_MODE_IDS);
  let exportUnknown = 0;
  let unit = options.unit === undefined ? std.value.defaultUnit : (findUnit(options.unit)?.id ?? std.value.defaultUnit);
  const unrated: UnratedRow[] = [];
  const rowWarnings: Issue[] = [];
  const rated: { firm: string; rating: CapabilityRating }[] = [];
  const warnRow = (index: number, firm: string, found: readonly Issue[]) =>
    rowWarnings.push(...found.map((w) => issue('cluster.row-warning', { row: index + 1, firm, message: { code: w.code, params: w.params } }, w.field)));

  rows.forEach((row, index) => {
    const firm = firmName(row, index);
    const size = classifySize({ sector: row.sector, employees: row.employees, revenue: row.revenue, assets: row.assets }, sizeOptions);
    warnRow(index, firm, size.warnings);
    if (size.ok) {
      counts[size.class] += 1;
      unit = size.unit;
    } else unrated.push({ index, firm, part: 'size', issues: size.errors });

    const capability = assessWith(row, capOptions.value);
    warnRow(index, firm, capability.warnings);
    if (!capability.ok) {
      unrated.push({ index, firm, part: 'capability', issues: capability.errors });
      return;
    }
    rated.push({ firm, rating: capability });
    modes[capability.mode] += 1;
    if (capability.combinedMode === null) exportUnknown += 1;
    else combined[capability.combinedMode] += 1;
  });

  const graph = readLinkage(rows);
  const typing = typeCluster(graph);
  const middle = missingMiddle(counts);
  const sized = SIZE_CLASSES.reduce((s, c) => s + counts[c], 0);

  return {
    ok: true,
    firms: rows.length,
    size: { standard: std.value.id, unit, counts, rated: sized },
    missingMiddle: middle,
    clusterType: typing,
    modes: { rated: rated.length, modes, combined, exportUnknown },
    levers: policyLevers({ typing, middle, rated }),
    unrated,
    warnings: [...graph.warnings, ...typing.warnings, ...rowWarnings],
  };
}
