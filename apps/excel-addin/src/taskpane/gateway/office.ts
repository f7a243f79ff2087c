/**
 * The gateway inside Excel: every workbook access through Excel.run, in as few syncs as Excel's
 * limits allow. Reads are chunked by an estimate of the bytes per row (learned from a first sample
 * and refined on every chunk); writes by the exact size of what is sent. No sync is ever made per
 * row, and calculation is suspended for every write. Document settings go through
 * Office.context.document.settings (saved with the file).
 *
 * Excel API sets: 1.9 (getSelectedRanges, suspendApiCalculationUntilNextSync, getActiveCell);
 * spilled SME formulas are converted whole where 1.12 (getSpillingToRangeOrNullObject) is there.
 */
import { recordsFromRows, rowsFromRecords } from '../core/assessments.js';
import {
  CHUNK_TARGET,
  gridBytes,
  isPayloadError,
  FIRST_GUESS_CELL_BYTES,
  RANGE_OVERHEAD,
  ROW_ESTIMATE_MARGIN,
  rowBytes,
  stringBytes,
} from './payload.js';
import {
  ASSESSMENT_HEADERS,
  ASSESSMENTS_SHEET,
  CancelledError,
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

import type { ReportTable } from '@sme-navigator/engine';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The part of Office.context.document.settings the gateway uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

/** What the gateway needs from Office; the tests pass office-addin-mock objects. */
export interface OfficeHost {
  readonly run: Run;
  readonly settings: DocumentSettings;
  /** Registers a selection-changed handler; returns the function that removes it. */
  readonly onSelectionChanged?: (handler: () => void) => () => void;
  /** Whether an ExcelApi requirement set is supported. */
  readonly supports?: (version: string) => boolean;
}

/** The host from the globals Office.js defines. */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings as unknown as DocumentSettings,
    onSelectionChanged: (handler) => {
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** A read or write of whole rows: `count` rows from `first`. */
interface Piece {
  readonly first: number;
  readonly count: number;
}

/** The column a table's chart draws: the first, after the labels, whose cells are all numbers and not shares. */
export function chartColumn(table: ReportTable): number {
  const width = table.header.length;
  for (let c = 1; c < width; c++) if (!(table.percent ?? []).includes(c) && table.rows.every((r) => typeof r[c] === 'number')) return c;
  return 1;
}

/** Text Excel would run as a formula is written with a leading apostrophe, so it stays text. */
function safe(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@]/.test(v) && !/^[+-]?\d/.test(v) ? `'${v}` : v;
}

const fromExcel = (v: unknown): Cell => (v === '' || v === undefined ? null : (v as Cell));

export class OfficeGateway implements WorkbookGateway {
  readonly kind = 'office' as const;

  constructor(private readonly host: OfficeHost) {}

  async getSelection(): Promise<SelectionInfo | null> {
    return this.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      const active = ctx.workbook.getActiveCell();
      active.load(['rowIndex', 'columnIndex']);
      const areas = ctx.workbook.getSelectedRanges().areas;
      areas.load('items/rowIndex,items/rowCount');
      await ctx.sync();
      const spans = areas.items.map((a) => ({ first: a.rowIndex, last: a.rowIndex + a.rowCount - 1 }));
      return { sheet: sheet.name, row: active.rowIndex, column: active.columnIndex, spans };
    });
  }

  onSelectionChanged(listener: () => void): () => void {
    return this.host.onSelectionChanged?.(listener) ?? (() => undefined);
  }

  async readLayout(sheet: string): Promise<SheetLayout | null> {
    try {
      return await this.host.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem(sheet).getUsedRange(true);
        used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
        const header = used.getRow(0);
        header.load('values');
        await ctx.sync();
        return {
          sheet,
          headerRow: used.rowIndex,
          firstColumn: used.columnIndex,
          lastColumn: used.columnIndex + used.columnCount - 1,
          lastRow: used.rowIndex + used.rowCount - 1,
          headers: (header.values[0] ?? []).map(fromExcel),
        };
      });
    } catch (e) {
      if ((e as { code?: string } | null)?.code === 'ItemNotFound') return null; // no such sheet, or nothing in it
      throw e;
    }
  }

  async readRows(layout: SheetLayout, spans: readonly RowSpan[], control?: JobControl): Promise<SheetRow[]> {
    const width = layout.lastColumn - layout.firstColumn + 1;
    const grids = await this.readGrid(layout.sheet, layout.firstColumn, width, spans, 'values', control);
    return grids.map(({ row, values }) => ({ row, values: values.map(fromExcel) }));
  }

  /**
   * Rows of `spans` (columns firstColumn.. + width) in chunks under CHUNK_TARGET: the first sized by
   * FIRST_GUESS_CELL_BYTES a cell, the next ones by the mean row size so far (with a margin). A chunk
   * Excel still finds too large is read again in halves.
   */
  private async readGrid(
    sheet: string,
    firstColumn: number,
    width: number,
    spans: readonly RowSpan[],
    property: 'values' | 'formulas',
    control?: JobControl,
  ): Promise<{ row: number; values: unknown[] }[]> {
    const total = spans.reduce((n, s) => n + s.last - s.first + 1, 0);
    const out: { row: number; values: unknown[] }[] = [];
    let rowsPerChunk = Math.max(1, Math.floor(CHUNK_TARGET / (width * (FIRST_GUESS_CELL_BYTES + 1) + 2)));
    let bytesRead = 0;
    let rowsRead = 0;
    const queue = spans.map((s) => ({ first: s.first, count: s.last - s.first + 1 }));
    control?.onProgress?.({ phase: 'read', done: 0, total });
    await this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      while (queue.length > 0) {
        throwIfCancelled(control);
        // Take rows from the queue up to the budget.
        const pieces: Piece[] = [];
        let budget = rowsPerChunk;
        const estimate = rowsRead === 0 ? 0 : (bytesRead / rowsRead) * ROW_ESTIMATE_MARGIN;
        let bytes = 0;
        while (queue.length > 0 && budget > 0) {
          const head = queue[0]!;
          if (pieces.length > 0 && estimate > 0 && bytes + RANGE_OVERHEAD + estimate > CHUNK_TARGET) break;
          const take = Math.min(head.count, budget);
          pieces.push({ first: head.first, count: take });
          bytes += RANGE_OVERHEAD + take * estimate;
          budget -= take;
          if (take === head.count) queue.shift();
          else queue[0] = { first: head.first + take, count: head.count - take };
        }
        const ranges = pieces.map((p) => {
          const range = ws.getRangeByIndexes(p.first, firstColumn, p.count, width);
          range.load(property);
          return { piece: p, range };
        });
        try {
          await ctx.sync();
        } catch (e) {
          if (!isPayloadError(e) || pieces.reduce((n, p) => n + p.count, 0) <= 1) throw e;
          // Put the pieces back and try again with half the rows.
          queue.unshift(...pieces);
          rowsPerChunk = Math.max(1, Math.floor(pieces.reduce((n, p) => n + p.count, 0) / 2));
          continue;
        }
        for (const { piece, range } of ranges) {
          const grid = range[property] as unknown[][];
          bytesRead += gridBytes(grid);
          rowsRead += piece.count;
          grid.forEach((values, i) => out.push({ row: piece.first + i, values }));
        }
        const mean = (bytesRead / rowsRead) * ROW_ESTIMATE_MARGIN;
        rowsPerChunk = Math.max(1, Math.floor(CHUNK_TARGET / Math.max(mean, 1)));
        control?.onProgress?.({ phase: 'read', done: rowsRead, total });
      }
    });
    return out;
  }

  async writeResults(block: ResultBlock, control?: JobControl): Promise<WriteOutcome> {
    const chunks = planWrites(block);
    let written = 0;
    try {
      await this.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(block.sheet);
        for (let i = 0; i < chunks.length; i++) {
          throwIfCancelled(control);
          if (i === 0) writeHeaders(ws, block);
          const chunk = chunks[i]!;
          for (const run of chunk.runs) {
            ws.getRangeByIndexes(run.first, block.firstColumn, run.rows.length, block.width).values = run.rows.map((r) => (r ? r.map(safe) : new Array<Cell>(block.width).fill(null)));
            for (const c of block.scoreColumns) ws.getRangeByIndexes(run.first, c, run.rows.length, 1).numberFormat = run.rows.map((r) => [r ? '0.0' : null]);
          }
          ctx.application.suspendApiCalculationUntilNextSync();
          await ctx.sync();
          written += chunk.rowCount;
          control?.onProgress?.({ phase: 'write', done: written, total: block.rows.length });
        }
      });
    } catch (e) {
      if (e instanceof CancelledError) return { rowsWritten: written, cancelled: true };
      throw e;
    }
    return { rowsWritten: written, cancelled: false };
  }

  async readAssessments(): Promise<AssessmentRecord[]> {
    const layout = await this.readLayout(ASSESSMENTS_SHEET);
    if (layout === null || layout.lastRow <= layout.headerRow) return [];
    const rows = await this.readGrid(ASSESSMENTS_SHEET, 0, ASSESSMENT_HEADERS.length, [{ first: layout.headerRow + 1, last: layout.lastRow }], 'values');
    return recordsFromRows(rows.map((r) => r.values.map(fromExcel)));
  }

  async saveAssessments(keys: readonly string[], records: readonly AssessmentRecord[]): Promise<void> {
    const layout = await this.readLayout(ASSESSMENTS_SHEET);
    const existing = layout === null ? [] : await this.readAssessments();
    const drop = new Set(keys);
    const appendOnly = !existing.some((r) => drop.has(r.key));
    const rows = rowsFromRecords(appendOnly ? records : [...existing.filter((r) => !drop.has(r.key)), ...records]);
    const firstRow = appendOnly ? (layout === null ? 1 : layout.lastRow + 1) : 1;
    const oldLast = layout?.lastRow ?? 0;
    const width = ASSESSMENT_HEADERS.length;
    const pieces = chunkRows(rows, firstRow);
    await this.host.run(async (ctx) => {
      let ws: Excel.Worksheet;
      if (layout === null) {
        ws = ctx.workbook.worksheets.getItemOrNullObject(ASSESSMENTS_SHEET);
        ws.load('isNullObject');
        await ctx.sync();
        if (ws.isNullObject) ws = ctx.workbook.worksheets.add(ASSESSMENTS_SHEET);
        const header = ws.getRangeByIndexes(0, 0, 1, width);
        header.values = [[...ASSESSMENT_HEADERS]];
        header.format.font.bold = true;
        ws.freezePanes.freezeRows(1);
      } else ws = ctx.workbook.worksheets.getItem(ASSESSMENTS_SHEET);
      for (const piece of pieces) {
        ws.getRangeByIndexes(piece.first, 0, piece.rows.length, width).values = piece.rows.map((r) => r.map(safe));
        ctx.application.suspendApiCalculationUntilNextSync();
        await ctx.sync();
      }
      const newLast = firstRow + rows.length - 1;
      if (!appendOnly && oldLast > newLast) ws.getRangeByIndexes(newLast + 1, 0, oldLast - newLast, width).clear('Contents');
      if (layout === null) ws.getRangeByIndexes(0, 0, 1, width).format.autofitColumns();
      ctx.application.suspendApiCalculationUntilNextSync();
      await ctx.sync();
    });
  }

  /**
   * One Excel.run, two syncs: whether the sheet exists, then the whole sheet (values, formats, widths
   * and charts) in one batch. The report is a few hundred cells, far under the request limit.
   */
  async writeReportSheet(report: ReportSheet, replace: boolean): Promise<ReportOutcome> {
    const { blocks, rows, width } = layoutReport(report, true);
    return this.host.run(async (ctx) => {
      const old = ctx.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
      old.load('isNullObject');
      await ctx.sync();
      if (!old.isNullObject) {
        if (!replace) return { written: false, exists: true } as const;
        old.delete();
      }
      const ws = ctx.workbook.worksheets.add(REPORT_SHEET);
      ws.getRangeByIndexes(0, 0, rows.length, width).values = rows.map((r) => r.map(safe));
      ws.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
      REPORT_WIDTHS.forEach((w, c) => {
        // Excel measures column widths in points: about 7 points per character of the default font.
        ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7;
      });
      let charts = 0;
      for (const b of blocks) {
        ws.getRangeByIndexes(b.titleRow, 0, 1, 1).format.font.bold = true;
        ws.getRangeByIndexes(b.headerRow, 0, 1, Math.max(1, b.table.header.length)).format.font.bold = true;
        const n = b.table.rows.length;
        if (n > 0) for (const c of b.table.percent ?? []) ws.getRangeByIndexes(b.firstRow, c, n, 1).numberFormat = Array.from({ length: n }, () => ['0.0%']);
        if (b.table.chart && n > 0) {
          // The first count column (with its header naming the series) against the label column.
          const type = b.table.chart === 'column' ? 'ColumnClustered' : b.table.chart === 'bar' ? 'BarClustered' : 'Pie';
          const valueColumn = chartColumn(b.table);
          const chart = ws.charts.add(type as Excel.ChartType, ws.getRangeByIndexes(b.headerRow, valueColumn, n + 1, 1), 'Columns' as Excel.ChartSeriesBy);
          chart.series.getItemAt(0).setXAxisValues(ws.getRangeByIndexes(b.firstRow, 0, n, 1));
          chart.title.text = b.table.title;
          // Stacked in column G, one 16-row slot each, so no chart covers a table or another chart.
          chart.setPosition(`G${charts * 16 + 1}`);
          chart.height = 220;
          chart.width = 380;
          charts += 1;
        }
      }
      ws.activate();
      ctx.application.suspendApiCalculationUntilNextSync();
      await ctx.sync();
      return { written: true, tables: blocks.length, charts } as const;
    });
  }

  async getSetting(key: string): Promise<unknown> {
    const v = this.host.settings.get(key);
    return v === null ? undefined : v;
  }

  async setSettings(values: Readonly<Record<string, unknown>>): Promise<void> {
    for (const [k, v] of Object.entries(values)) this.host.settings.set(k, v);
    await new Promise<void>((resolve, reject) =>
      this.host.settings.saveAsync((result) => {
        if (String(result.status) === 'failed') reject(new Error(result.error?.message ?? 'the settings could not be saved'));
        else resolve();
      }),
    );
  }

  async convertFormulasToValues(control?: JobControl): Promise<number> {
    const names = await this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
    const spills = this.host.supports?.('1.12') ?? false;
    let converted = 0;
    for (const sheet of names) {
      const layout = await this.readLayout(sheet);
      if (layout === null) continue;
      const width = layout.lastColumn - layout.firstColumn + 1;
      const formulas = await this.readGrid(sheet, layout.firstColumn, width, [{ first: layout.headerRow, last: layout.lastRow }], 'formulas', control);
      const anchors: { row: number; column: number }[] = [];
      for (const { row, values } of formulas)
        values.forEach((f, i) => {
          if (typeof f === 'string' && f.startsWith('=') && /\bSME\./i.test(f)) anchors.push({ row, column: layout.firstColumn + i });
        });
      if (anchors.length === 0) continue;
      const targets = spills ? await this.spillTargets(sheet, anchors) : columnRuns(anchors);
      for (const t of targets) {
        throwIfCancelled(control);
        const grid = await this.readGrid(sheet, t.column, t.width, [{ first: t.row, last: t.row + t.height - 1 }], 'values', control);
        const rows = grid.map((g) => g.values as Cell[]);
        await this.host.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          for (const piece of chunkRows(rows, t.row)) {
            ws.getRangeByIndexes(piece.first, t.column, piece.rows.length, t.width).values = piece.rows.map((r) => r.map(safe));
            ctx.application.suspendApiCalculationUntilNextSync();
            await ctx.sync();
          }
        });
        converted += t.cells;
      }
    }
    return converted;
  }

  /** Each anchor's spill range (the cell itself when it does not spill), in one sync per 5,000 anchors. */
  private async spillTargets(sheet: string, anchors: readonly { row: number; column: number }[]): Promise<Target[]> {
    const out: Target[] = [];
    const single: { row: number; column: number }[] = [];
    for (let at = 0; at < anchors.length; at += 5_000) {
      const part = anchors.slice(at, at + 5_000);
      await this.host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        const found = part.map((a) => {
          const spill = ws.getRangeByIndexes(a.row, a.column, 1, 1).getSpillingToRangeOrNullObject();
          spill.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
          return { a, spill };
        });
        await ctx.sync();
        for (const { a, spill } of found) {
          if (spill.isNullObject) single.push(a);
          else out.push({ row: spill.rowIndex, column: spill.columnIndex, height: spill.rowCount, width: spill.columnCount, cells: spill.rowCount * spill.columnCount });
        }
      });
    }
    return [...out, ...columnRuns(single)];
  }
}

interface Target {
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
  readonly cells: number;
}

/** Single cells grouped into runs down a column, so a column of formulas is read and written as one range. */
function columnRuns(cells: readonly { row: number; column: number }[]): Target[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: Target[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.column === c.column && last.row + last.height === c.row) out[out.length - 1] = { ...last, height: last.height + 1, cells: last.cells + 1 };
    else out.push({ row: c.row, column: c.column, height: 1, width: 1, cells: 1 });
  }
  return out;
}

/** Rows (written from `first`) in pieces of at most CHUNK_TARGET bytes each. */
function chunkRows(rows: readonly (readonly Cell[])[], first: number): { first: number; rows: (readonly Cell[])[] }[] {
  const out: { first: number; rows: (readonly Cell[])[] }[] = [];
  let current: { first: number; rows: (readonly Cell[])[] } | null = null;
  let bytes = 0;
  rows.forEach((r, i) => {
    const b = rowBytes(r) + 1;
    if (current === null || bytes + b > CHUNK_TARGET - RANGE_OVERHEAD) {
      current = { first: first + i, rows: [] };
      out.push(current);
      bytes = 0;
    }
    current.rows.push(r);
    bytes += b;
  });
  return out;
}

function writeHeaders(ws: Excel.Worksheet, block: ResultBlock): void {
  // Consecutive new headers as one range each.
  const runs: { column: number; texts: string[] }[] = [];
  for (const h of block.newHeaders) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.texts.length === h.column) last.texts.push(h.text);
    else runs.push({ column: h.column, texts: [h.text] });
  }
  for (const run of runs) {
    const range = ws.getRangeByIndexes(block.headerRow, run.column, 1, run.texts.length);
    range.values = [run.texts];
    range.format.font.bold = true;
  }
}

/** A run of rows written as one range; null rows are gaps left as they are. */
interface WriteRun {
  readonly first: number;
  readonly rows: (readonly Cell[] | null)[];
}

interface WriteChunk {
  readonly runs: WriteRun[];
  readonly rowCount: number;
  readonly bytes: number;
}

/** Rows further apart than this start a new range rather than being bridged with empty rows. */
const MAX_GAP = 2;

/** The block in chunks of at most CHUNK_TARGET bytes (values, number formats and range overheads). */
export function planWrites(block: ResultBlock): WriteChunk[] {
  const formatBytes = block.scoreColumns.length * 8; // ["0.0"],
  const gapBytes = rowBytes(new Array<null>(block.width).fill(null)) + 1 + block.scoreColumns.length * 7;
  const rangeBytes = RANGE_OVERHEAD * (1 + block.scoreColumns.length);
  const headerBytes = block.newHeaders.reduce((n, h) => n + stringBytes(h.text) + 1, 0) + (block.newHeaders.length > 0 ? RANGE_OVERHEAD * 2 : 0);
  const chunks: WriteChunk[] = [];
  let runs: WriteRun[] = [];
  let bytes = headerBytes;
  let rowCount = 0;
  const flush = () => {
    if (runs.length > 0) chunks.push({ runs, rowCount, bytes });
    runs = [];
    bytes = 0;
    rowCount = 0;
  };
  for (const { row, cells } of block.rows) {
    const cost = rowBytes(cells) + 1 + formatBytes;
    let run = runs[runs.length - 1];
    const gap = run ? row - (run.first + run.rows.length) : Number.POSITIVE_INFINITY;
    const extra = gap >= 0 && gap <= MAX_GAP ? cost + gap * gapBytes : cost + rangeBytes;
    if (runs.length > 0 && bytes + extra > CHUNK_TARGET) {
      flush();
      run = undefined;
    }
    if (run && gap >= 0 && gap <= MAX_GAP) {
      for (let g = 0; g < gap; g++) run.rows.push(null);
      run.rows.push(cells);
      bytes += cost + gap * gapBytes;
    } else {
      runs.push({ first: row, rows: [cells] });
      bytes += cost + rangeBytes;
    }
    rowCount += 1;
  }
  flush();
  return chunks;
}
