/**
 * The one way the task pane reaches a workbook. Two implementations: `OfficeGateway` (Excel.run, in
 * Excel) and `MemoryWorkbook` (a workbook held in the page, read from and written to .xlsx files by
 * the playground). Components never call Office.js; they get a gateway.
 *
 * Rows and columns are 0-based sheet indices (row 0 is Excel's row 1). A cell is a string, a number,
 * a boolean or null (empty).
 */
import { clusterReportHeading, type Language, type ReportTable } from '@sme-navigator/engine';

export type Cell = string | number | boolean | null;

/** Where a sheet's table is: its header row (the first row of the used range) and its extent. */
export interface SheetLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Inclusive. */
  readonly lastColumn: number;
  /** Inclusive; equal to headerRow when there is no row below the header. */
  readonly lastRow: number;
  /** The header row from firstColumn to lastColumn. */
  readonly headers: readonly Cell[];
}

/** Rows first..last, inclusive. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

export interface SelectionInfo {
  readonly sheet: string;
  /** The active cell. */
  readonly row: number;
  readonly column: number;
  /** Every row the selection touches, as spans (several when the selection has several areas). */
  readonly spans: readonly RowSpan[];
}

/** One row of a table: its cells from layout.firstColumn to layout.lastColumn. */
export interface SheetRow {
  readonly row: number;
  readonly values: readonly Cell[];
}

export interface Progress {
  readonly phase: 'read' | 'rate' | 'write';
  readonly done: number;
  readonly total: number;
}

export interface JobControl {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

/**
 * Results to write: a block of columns, one entry per row. A null cell leaves the cell as it is, so
 * the block may span columns that are not result columns without touching them.
 */
export interface ResultBlock {
  readonly sheet: string;
  readonly headerRow: number;
  /** Result headers to create in the header row (columns right of the data). */
  readonly newHeaders: readonly { readonly column: number; readonly text: string }[];
  readonly firstColumn: number;
  readonly width: number;
  /** Sorted by row. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cell[] }[];
  /** Columns whose written cells get the number format "0.0" (the capability scores). */
  readonly scoreColumns: readonly number[];
}

export interface WriteOutcome {
  readonly rowsWritten: number;
  readonly cancelled: boolean;
}

/** One answer behind an assessment, as a row of the sheet "SME Assessments". */
export interface AssessmentRecord {
  /** The firm's name, or Sheet!row when the row has none. */
  readonly key: string;
  readonly question: string;
  readonly answer: string;
  /** ISO 8601 date and time. */
  readonly when: string;
  /** The field id the answer is for (`employees`, `no_collateral`, `_standard`). */
  readonly field: string;
}

export interface WorkbookGateway {
  readonly kind: 'office' | 'file';
  /** The selected cell and rows of the active sheet; null when nothing is selected. */
  getSelection(): Promise<SelectionInfo | null>;
  /** Calls `listener` whenever the selection moves; returns the function that stops it. */
  onSelectionChanged(listener: () => void): () => void;
  /** The sheet's header row and extent; null for an empty sheet. */
  readLayout(sheet: string): Promise<SheetLayout | null>;
  /** The rows in `spans` (clipped to the table below the header), in as few requests as the limits allow. */
  readRows(layout: SheetLayout, spans: readonly RowSpan[], control?: JobControl): Promise<SheetRow[]>;
  /** Writes results in chunks under the request limit, with calculation suspended. */
  writeResults(block: ResultBlock, control?: JobControl): Promise<WriteOutcome>;
  /** Every answer stored in the sheet "SME Assessments" (none when the sheet does not exist). */
  readAssessments(): Promise<AssessmentRecord[]>;
  /** Replaces the answers of the firms `keys` with `records`, creating the sheet when needed. */
  saveAssessments(keys: readonly string[], records: readonly AssessmentRecord[]): Promise<void>;
  /** A setting stored in the workbook (Office document settings; in files, a hidden sheet). */
  getSetting(key: string): Promise<unknown>;
  setSettings(values: Readonly<Record<string, unknown>>): Promise<void>;
  /**
   * Writes the cluster report as the worksheet "SME Cluster Report" (REPORT_SHEET): the heading, then
   * each table (title, header, rows; shares as %), and in Excel a native chart beside each table whose
   * `chart` is set. When the sheet exists and `replace` is false, writes nothing and says so.
   */
  writeReportSheet(report: ReportSheet, replace: boolean): Promise<ReportOutcome>;
  /** Replaces every formula that calls an SME.* function with the value it shows; returns the cells changed. */
  convertFormulasToValues(control?: JobControl): Promise<number>;
}

/** The cluster report to write: its tables and the language of its heading. */
export interface ReportSheet {
  readonly tables: readonly ReportTable[];
  readonly lang: Language;
}

export type ReportOutcome = { readonly written: false; readonly exists: true } | { readonly written: true; readonly tables: number; readonly charts: number };

/** The report sheet's name: the same as `sme-navigator cluster --out` writes (apps/cli/src/report-sheet.ts). */
export const REPORT_SHEET = 'SME Cluster Report';

/** One block of the report sheet as laid out: where each table's title, header and rows go (0-based rows). */
export interface ReportBlock {
  readonly table: ReportTable;
  readonly titleRow: number;
  readonly headerRow: number;
  /** The first data row; the table's rows follow. */
  readonly firstRow: number;
  readonly width: number;
}

/** The sheet's rows, as the command line lays them out: the heading lines, then a blank row, title, header and rows per table. */
export function layoutReport(report: ReportSheet, chartsDrawn: boolean): { heading: string[]; blocks: ReportBlock[]; rows: Cell[][]; width: number } {
  const heading = clusterReportHeading(report.lang, chartsDrawn);
  const rows: Cell[][] = heading.map((line) => [line]);
  const blocks: ReportBlock[] = [];
  for (const table of report.tables) {
    rows.push([]);
    const titleRow = rows.length;
    rows.push([table.title]);
    const headerRow = rows.length;
    rows.push([...table.header]);
    const firstRow = rows.length;
    for (const r of table.rows) rows.push([...r]);
    blocks.push({ table, titleRow, headerRow, firstRow, width: Math.max(table.header.length, ...table.rows.map((r) => r.length)) });
  }
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { heading, blocks, rows: rows.map((r) => [...r, ...Array<Cell>(width - r.length).fill(null)]), width };
}

/** Column widths of the report sheet in characters, as the command line sets them. */
export const REPORT_WIDTHS = [48, 22, 60, 22, 22] as const;

/** The name of the sheet holding the answers behind each assessment. */
export const ASSESSMENTS_SHEET = 'SME Assessments';
export const ASSESSMENT_HEADERS = ['Firm key', 'Question', 'Answer', 'When', 'Field'] as const;

/** Thrown when the user cancels a job. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(control: JobControl | undefined): void {
  if (control?.signal?.aborted) throw new CancelledError();
}

/** True for an empty cell: null, undefined or text of only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
