/**
 * The cluster view's data, without React: every firm row of a table through the engine's
 * `assessCluster` / `clusterFinance` / `clusterReportTables`, and each rated firm's place in
 * Figure 1 for the capability map.
 */
import {
  assessCluster,
  assessFirm,
  clusterFinance,
  clusterReportTables,
  type ClusterAssessment,
  type ClusterFinance,
  type FirmRow,
  type Language,
  type Mode,
  type ReportTable,
  type SizeStandard,
} from '@sme-navigator/engine';
import { isBlank, type SheetLayout, type WorkbookGateway } from '../gateway/types.js';
import { mapHeaders } from './mapping.js';
import { buildFirmRow } from './rate.js';

/** One rated firm on the capability map. */
export interface FirmPoint {
  readonly firm: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly productScore: number | null;
  readonly processScore: number | null;
  readonly product: 'high' | 'low';
  readonly process: 'high' | 'low';
  readonly threshold: number;
  readonly mode: Mode;
  /** Figure 2: high export orientation; null when the export share is not given. */
  readonly exportHigh: boolean | null;
}

export interface ClusterView {
  readonly firms: number;
  readonly report: ClusterAssessment;
  readonly finance: ClusterFinance;
  readonly tables: readonly ReportTable[];
  readonly points: readonly FirmPoint[];
}

export interface ClusterInputs {
  readonly standard: SizeStandard;
  readonly unit?: string | undefined;
  readonly overrides?: Readonly<Record<string, string | null>>;
  readonly lang: Language;
}

/** The firm rows of a table, as the engine reads them (blank rows left out), with their sheet rows. */
export async function readFirmRows(gateway: WorkbookGateway, layout: SheetLayout, overrides: Readonly<Record<string, string | null>> = {}): Promise<{ rows: FirmRow[]; at: number[] }> {
  if (layout.lastRow <= layout.headerRow) return { rows: [], at: [] };
  const sheetRows = await gateway.readRows(layout, [{ first: layout.headerRow + 1, last: layout.lastRow }]);
  const mapping = mapHeaders(layout.headers, overrides);
  const rows: FirmRow[] = [];
  const at: number[] = [];
  for (const r of sheetRows) {
    if (r.values.every((v) => isBlank(v))) continue;
    rows.push(buildFirmRow(r.values, mapping.columns));
    at.push(r.row);
  }
  return { rows, at };
}

/** The report, its tables in `lang` and the capability map's points; null when no firm row could be read. */
export function clusterView(rows: readonly FirmRow[], at: readonly number[], sheet: string, inputs: ClusterInputs): ClusterView | null {
  const options = { standard: inputs.standard, ...(inputs.unit ? { unit: inputs.unit } : {}) };
  const report = assessCluster(rows, options);
  if (!report.ok) return null;
  const finance = clusterFinance(rows, options);
  const points: FirmPoint[] = [];
  rows.forEach((row, i) => {
    const capability = assessFirm(row, options).capability;
    if (!capability?.ok) return;
    const name = typeof row.firm === 'string' && row.firm.trim() !== '' ? row.firm : `${sheet}!${(at[i] ?? i) + 1}`;
    points.push({
      firm: name,
      row: at[i] ?? i,
      productScore: capability.productScore,
      processScore: capability.processScore,
      product: capability.product,
      process: capability.process,
      threshold: capability.threshold,
      mode: capability.mode,
      exportHigh: capability.exportOrientation === null ? null : capability.exportOrientation === 'high',
    });
  });
  return { firms: rows.length, report, finance, tables: clusterReportTables(report, finance, inputs.lang), points };
}
