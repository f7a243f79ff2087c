import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import {
  assessCluster,
  CAPABILITY_COLUMNS,
  CLUSTER_COLUMNS,
  FINANCE_COLUMNS,
  formatClusterReport,
  formatIssue,
  matchHeaders,
  resolveStandard,
  SIZE_COLUMNS,
  type ClusterReport,
  type FirmRow,
  type Issue,
  type Language,
  type SizeStandard,
} from '@sme-navigator/engine';
import { cellValue } from './table/cell-text.js';
import { csvSource } from './table/read-csv.js';
import { xlsxSource } from './table/read-xlsx.js';
import { UsageError } from './usage-error.js';

export interface ClusterCommandOptions {
  readonly standard: string;
  readonly unit?: string;
  readonly sheet?: string;
}

export interface ClusterReading {
  readonly report: ClusterReport;
  readonly rows: readonly FirmRow[];
  readonly rowNumbers: readonly number[];
  readonly standard: SizeStandard;
}

/**
 * Reads every firm row (a cluster report needs them all at once, unlike `rate`) and returns the
 * report with the sheet row number of each firm, so unrated rows can be named as a user sees them.
 */
export async function clusterReport(input: string, options: ClusterCommandOptions): Promise<ClusterReading> {
  if (!existsSync(input)) throw new UsageError((s) => s.noSuchFile({ path: input }));
  const ext = extname(input).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new UsageError((s) => s.notCsvOrXlsx({ path: input }));
  const standard = resolveStandard(options.standard);
  if (!standard.ok) throw issuesError(standard.errors.slice(0, 1));
  const source = ext === '.csv' ? csvSource(input) : xlsxSource(input, options.sheet);
  const rows: FirmRow[] = [];
  const rowNumbers: number[] = [];
  let fieldAt: Map<string, number> | undefined;
  for await (const { number, cells } of source.rows()) {
    const values = cells.map(cellValue);
    if (fieldAt === undefined) {
      fieldAt = new Map(matchHeaders(values, [...SIZE_COLUMNS, ...CAPABILITY_COLUMNS, ...FINANCE_COLUMNS, ...CLUSTER_COLUMNS]).columns);
      continue;
    }
    if (values.every((v) => v === undefined || String(v).trim() === '')) continue;
    rows.push(Object.fromEntries([...fieldAt].map(([field, at]) => [field, values[at]])));
    rowNumbers.push(number);
  }
  if (rows.length === 0) throw new UsageError((s) => s.noFirmRows({ path: input }));
  const report = assessCluster(rows, { standard: standard.value, ...(options.unit === undefined ? {} : { unit: options.unit }) });
  if (!report.ok) throw issuesError(report.errors);
  return { report, rows, rowNumbers, standard: standard.value };
}

/** Engine errors that make the input unusable, said in the run's language. */
function issuesError(errors: readonly Issue[]): UsageError {
  return new UsageError((s, lang) => errors.map((e) => formatIssue(e, lang)).join(s.errorSeparator));
}

/** The report as JSON: the data, with every reason also rendered as its sentence (`message`) in `lang`. */
export function reportJson(report: ClusterReport, rowNumbers: readonly number[], lang: Language = 'en'): string {
  const render = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(render);
    if (value === null || typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, render(v)]));
    if (typeof o.code === 'string' && typeof o.params === 'object') out.message = formatIssue(o as never, lang);
    return out;
  };
  const data = render(report) as Record<string, unknown>;
  if (report.ok) data.unrated = report.unrated.map((u) => ({ ...(render(u) as object), row: rowNumbers[u.index] }));
  return JSON.stringify(data, null, 2);
}

export { formatClusterReport };
