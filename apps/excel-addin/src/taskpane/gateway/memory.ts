/**
 * A workbook held in the page: the file-backed gateway of the playground (src/playground/xlsx.ts
 * reads it from and writes it to .xlsx files with exceljs) and of the component tests. It follows
 * Excel where the pane depends on it: the used range, a selection, document settings, formulas
 * whose value is kept beside them, and writes in chunks that can be cancelled.
 */
import { recordsFromRows, rowsFromRecords } from '../core/assessments.js';
import {
  ASSESSMENT_HEADERS,
  ASSESSMENTS_SHEET,
  isBlank,
  layoutReport,
  REPORT_SHEET,
  REPORT_WIDTHS,
  throwIfCancelled,
  type AssessmentRecord,
  type Cell,
  type JobControl,
  type ReportOutcome,
  type ReportSheet,
  type ResultBlock,
  type RowSpan,
  type SelectionInfo,
  type SheetLayout,
  type SheetRow,
  type WorkbookGateway,
  type WriteOutcome,
} from './types.js';

export interface MemorySheet {
  name: string;
  /** rows[r][c]; missing entries are empty. */
  rows: Cell[][];
  /** "r,c" → formula text (=...), for cells whose value came from a formula. */
  formulas: Map<string, string>;
  /** "r,c" → number format. */
  numberFormats: Map<string, string>;
  /** Cells shown bold ("r,c"). */
  bold: Set<string>;
  /** Rows frozen at the top. */
  frozenRows: number;
  /** Column widths in characters, by column index. */
  widths: number[];
}

export function newSheet(name: string, rows: Cell[][] = []): MemorySheet {
  return { name, rows, formulas: new Map(), numberFormats: new Map(), bold: new Set(), frozenRows: 0, widths: [] };
}

const WRITE_CHUNK_ROWS = 5_000;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const key = (r: number, c: number) => `${r},${c}`;

export class MemoryWorkbook implements WorkbookGateway {
  readonly kind = 'file' as const;
  readonly sheets: MemorySheet[];
  readonly settings = new Map<string, unknown>();
  private selection: SelectionInfo | null = null;
  private readonly selectionListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  /** Bumped on every change, for views that re-render. */
  version = 0;

  constructor(sheets: MemorySheet[] = [], settings: Readonly<Record<string, unknown>> = {}) {
    this.sheets = sheets;
    for (const [k, v] of Object.entries(settings)) this.settings.set(k, v);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cell(sheet: string, row: number, column: number): Cell {
    return this.sheet(sheet)?.rows[row]?.[column] ?? null;
  }

  /** Sets a cell as a person typing it would (for tests and the playground). */
  setCell(sheet: string, row: number, column: number, value: Cell): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    (s.rows[row] ??= [])[column] = value;
    s.formulas.delete(key(row, column));
    this.changed();
  }

  /** Selects cells as a user clicking in the sheet would. */
  select(sheet: string, row: number, column: number, spans: readonly RowSpan[] = [{ first: row, last: row }]): void {
    this.selection = { sheet, row, column, spans };
    for (const l of this.selectionListeners) l();
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.changeListeners) l();
  }

  async getSelection(): Promise<SelectionInfo | null> {
    return this.selection;
  }

  onSelectionChanged(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** The used range as Excel reports it with valuesOnly: the smallest block holding every non-empty cell. */
  usedRange(name: string): { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number } | null {
    const s = this.sheet(name);
    if (!s) return null;
    let firstRow = -1;
    let lastRow = -1;
    let firstColumn = Number.POSITIVE_INFINITY;
    let lastColumn = -1;
    s.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (isBlank(v)) return;
        if (firstRow < 0) firstRow = r;
        lastRow = r;
        if (c < firstColumn) firstColumn = c;
        if (c > lastColumn) lastColumn = c;
      });
    });
    return firstRow < 0 ? null : { firstRow, lastRow, firstColumn, lastColumn };
  }

  async readLayout(sheet: string): Promise<SheetLayout | null> {
    const used = this.usedRange(sheet);
    if (!used) return null;
    const headerRow = this.sheet(sheet)!.rows[used.firstRow] ?? [];
    const headers: Cell[] = [];
    for (let c = used.firstColumn; c <= used.lastColumn; c++) headers.push(headerRow[c] ?? null);
    return { sheet, headerRow: used.firstRow, firstColumn: used.firstColumn, lastColumn: used.lastColumn, lastRow: used.lastRow, headers };
  }

  async readRows(layout: SheetLayout, spans: readonly RowSpan[], control?: JobControl): Promise<SheetRow[]> {
    const s = this.sheet(layout.sheet);
    if (!s) return [];
    const out: SheetRow[] = [];
    const total = spans.reduce((n, sp) => n + sp.last - sp.first + 1, 0);
    for (const span of spans)
      for (let r = span.first; r <= span.last; r++) {
        const row = s.rows[r] ?? [];
        const values: Cell[] = [];
        for (let c = layout.firstColumn; c <= layout.lastColumn; c++) values.push(row[c] ?? null);
        out.push({ row: r, values });
      }
    control?.onProgress?.({ phase: 'read', done: total, total });
    return out;
  }

  async writeResults(block: ResultBlock, control?: JobControl): Promise<WriteOutcome> {
    const s = this.sheet(block.sheet);
    if (!s) throw new Error(`no sheet ${block.sheet}`);
    const headerRow = (s.rows[block.headerRow] ??= []);
    for (const h of block.newHeaders) {
      headerRow[h.column] = h.text;
      s.bold.add(key(block.headerRow, h.column));
      s.widths[h.column] ??= Math.max(10, h.text.length + 2);
    }
    let written = 0;
    for (let at = 0; at < block.rows.length; at += WRITE_CHUNK_ROWS) {
      if (control?.signal?.aborted) {
        this.changed();
        return { rowsWritten: written, cancelled: true };
      }
      for (const { row, cells } of block.rows.slice(at, at + WRITE_CHUNK_ROWS)) {
        const target = (s.rows[row] ??= []);
        cells.forEach((v, i) => {
          if (v === null) return;
          const c = block.firstColumn + i;
          target[c] = v === '' ? null : v;
          s.formulas.delete(key(row, c));
        });
        for (const c of block.scoreColumns) s.numberFormats.set(key(row, c), '0.0');
        written += 1;
      }
      control?.onProgress?.({ phase: 'write', done: written, total: block.rows.length });
      if (block.rows.length > WRITE_CHUNK_ROWS) await tick();
    }
    this.changed();
    return { rowsWritten: written, cancelled: false };
  }

  async readAssessments(): Promise<AssessmentRecord[]> {
    const s = this.sheet(ASSESSMENTS_SHEET);
    if (!s) return [];
    return recordsFromRows(s.rows.slice(1).map((r) => r ?? []));
  }

  async saveAssessments(keys: readonly string[], records: readonly AssessmentRecord[]): Promise<void> {
    let s = this.sheet(ASSESSMENTS_SHEET);
    if (!s) {
      s = newSheet(ASSESSMENTS_SHEET, [[...ASSESSMENT_HEADERS]]);
      ASSESSMENT_HEADERS.forEach((_, c) => s!.bold.add(key(0, c)));
      s.frozenRows = 1;
      s.widths = [30, 60, 16, 24, 24];
      this.sheets.push(s);
    }
    const drop = new Set(keys);
    const kept = (await this.readAssessments()).filter((r) => !drop.has(r.key));
    s.rows = [s.rows[0] ?? [...ASSESSMENT_HEADERS], ...rowsFromRecords([...kept, ...records])];
    this.changed();
  }

  /** A file holds no charts here: the heading says the tables stand for them. */
  async writeReportSheet(report: ReportSheet, replace: boolean): Promise<ReportOutcome> {
    const existing = this.sheet(REPORT_SHEET);
    if (existing && !replace) return { written: false, exists: true };
    const { blocks, rows } = layoutReport(report, false);
    const s = newSheet(REPORT_SHEET, rows);
    s.bold.add(key(0, 0));
    for (const b of blocks) {
      s.bold.add(key(b.titleRow, 0));
      for (let c = 0; c < b.table.header.length; c++) s.bold.add(key(b.headerRow, c));
      for (let r = 0; r < b.table.rows.length; r++) for (const c of b.table.percent ?? []) s.numberFormats.set(key(b.firstRow + r, c), '0.0%');
    }
    s.widths = [...REPORT_WIDTHS];
    if (existing) this.sheets[this.sheets.indexOf(existing)] = s;
    else this.sheets.push(s);
    this.changed();
    return { written: true, tables: blocks.length, charts: 0 };
  }

  async getSetting(name: string): Promise<unknown> {
    return this.settings.get(name);
  }

  async setSettings(values: Readonly<Record<string, unknown>>): Promise<void> {
    for (const [k, v] of Object.entries(values)) this.settings.set(k, v);
    this.changed();
  }

  async convertFormulasToValues(control?: JobControl): Promise<number> {
    let cells = 0;
    for (const s of this.sheets) {
      throwIfCancelled(control);
      for (const [at, formula] of [...s.formulas]) {
        if (!/\bSME\./i.test(formula)) continue;
        s.formulas.delete(at);
        cells += 1;
      }
    }
    if (cells > 0) this.changed();
    return cells;
  }
}
