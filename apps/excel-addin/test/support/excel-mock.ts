/**
 * A workbook behind Excel.run for the Office gateway's tests. Ranges are office-addin-mock objects,
 * so reading a property that was not loaded and synced fails as in Excel; the rest (worksheets,
 * selection, settings) are plain stand-ins. Every context.sync() is recorded with the bytes it
 * would send (cells written, number formats, a fixed overhead per range) and receive (cells
 * loaded), whether calculation was suspended for it, and it fails as Excel on the web does when a
 * request or a response is over 5 MB, or when it names a sheet that does not exist.
 */
import { OfficeMockObject } from './office-addin-mock.js';
import type { DocumentSettings, OfficeHost } from '../../src/taskpane/gateway/office.js';
import { gridBytes, RANGE_OVERHEAD } from '../../src/taskpane/gateway/payload.js';
import type { Cell } from '../../src/taskpane/gateway/types.js';

/** Excel on the web's limit for one request or response. */
export const EXCEL_WEB_LIMIT = 5_000_000;

const NOT_SYNCED = 'Error, context.sync() was not called';

export interface SyncRecord {
  /** Bytes sent: cells and number formats written, plus RANGE_OVERHEAD per range written. */
  readonly request: number;
  /** Bytes received: cells loaded. */
  readonly response: number;
  /** Ranges written. */
  readonly writes: number;
  readonly calculationSuspended: boolean;
  /** The error the sync failed with, if it failed. */
  readonly failed?: string;
}

export interface FakeSheet {
  rows: Cell[][];
  /** "r,c" → formula */
  formulas: Map<string, string>;
  /** "r,c" → spill extent of a dynamic-array formula anchored there */
  spills: Map<string, { rows: number; columns: number }>;
  numberFormats: Map<string, string>;
  bold: Set<string>;
  frozenRows: number;
}

interface PendingRange {
  readonly mock: OfficeMockObject & Record<string, unknown>;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The grid the mock was created with (to tell a write from a load). */
  readonly initial: unknown[][];
  readonly failure?: string;
  readonly clearContents?: boolean;
}

/** Where a range is, in sheet indices. */
export interface RangeAt {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A chart added through worksheet.charts.add, with what was set on it. */
export interface FakeChart {
  readonly sheet: string;
  readonly type: string;
  readonly seriesBy: string | undefined;
  readonly source: RangeAt | undefined;
  title: { text: string };
  position: string;
  xAxis: RangeAt | undefined;
  height: number;
  width: number;
}

const excelCell = (v: Cell | undefined): unknown => (v === null || v === undefined ? '' : v);
const code = (c: string) => Object.assign(new Error(c), { code: c });

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>();
  readonly syncs: SyncRecord[] = [];
  readonly settingsStore = new Map<string, unknown>();
  /** Sheet order, as Excel lists them. */
  readonly order: string[] = [];
  /** Every chart added, in order (worksheet.charts.add). */
  readonly charts: FakeChart[] = [];
  private readonly where = new WeakMap<object, RangeAt>();
  active: { sheet: string; row: number; column: number; areas: { first: number; last: number }[] } = { sheet: '', row: 0, column: 0, areas: [] };
  private pending: PendingRange[] = [];
  private suspended = false;
  private readonly failAt = new Map<number, string>();

  addSheet(name: string, rows: Cell[][] = []): FakeSheet {
    const sheet: FakeSheet = { rows, formulas: new Map(), spills: new Map(), numberFormats: new Map(), bold: new Set(), frozenRows: 0 };
    this.sheets.set(name, sheet);
    this.order.push(name);
    if (this.active.sheet === '') this.active = { sheet: name, row: 0, column: 0, areas: [{ first: 0, last: 0 }] };
    return sheet;
  }

  select(sheet: string, row: number, column = 0, areas = [{ first: row, last: row }]): void {
    this.active = { sheet, row, column, areas };
  }

  cell(sheet: string, row: number, column: number): Cell {
    return this.sheets.get(sheet)?.rows[row]?.[column] ?? null;
  }

  /** The sync with this index (0-based, counting every sync so far) fails with this error code. */
  failSync(index: number, errorCode: string): void {
    this.failAt.set(index, errorCode);
  }

  host(): OfficeHost {
    return {
      run: (batch) => batch(this.context() as unknown as Excel.RequestContext),
      settings: this.documentSettings(),
      onSelectionChanged: () => () => undefined,
      supports: () => true,
    };
  }

  resetSyncs(): void {
    this.syncs.length = 0;
  }

  private documentSettings(): DocumentSettings {
    const store = this.settingsStore;
    return {
      get: (name) => (store.has(name) ? structuredClone(store.get(name)) : null),
      set: (name, value) => void store.set(name, structuredClone(value)),
      saveAsync: (callback) => setTimeout(() => callback?.({ status: 'succeeded' }), 0),
    };
  }

  private context(): Record<string, unknown> {
    const worksheets = {
      getItem: (name: string) => this.worksheet(name, false),
      getItemOrNullObject: (name: string) => this.worksheet(name, true),
      getActiveWorksheet: () => this.worksheet(this.active.sheet, false),
      add: (name: string) => {
        if (!this.sheets.has(name)) this.addSheet(name);
        return this.worksheet(name, false);
      },
      items: [] as { name: string }[],
      load: () => {
        worksheets.items = this.order.map((name) => ({ name }));
      },
    };
    return {
      workbook: {
        worksheets,
        getActiveCell: () => this.range(this.active.sheet, this.active.row, this.active.column, 1, 1),
        getSelectedRanges: () => ({
          areas: {
            items: this.active.areas.map((a) => ({ rowIndex: a.first, rowCount: a.last - a.first + 1 })),
            load: () => undefined,
          },
        }),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          this.suspended = true;
        },
      },
      sync: () => this.sync(),
    };
  }

  private worksheet(name: string, orNull: boolean): Record<string, unknown> {
    const exists = this.sheets.has(name);
    const missing = exists ? undefined : 'ItemNotFound';
    return {
      name,
      isNullObject: !exists,
      load: () => undefined,
      getRangeByIndexes: (r: number, c: number, rows: number, columns: number) => this.range(name, r, c, rows, columns, orNull ? undefined : missing),
      getUsedRange: (valuesOnly?: boolean) => {
        void valuesOnly;
        const used = exists ? this.usedRange(name) : null;
        return used ? this.range(name, used.row, used.column, used.rows, used.columns) : this.range(name, 0, 0, 1, 1, 'ItemNotFound');
      },
      delete: () => {
        this.sheets.delete(name);
        const at = this.order.indexOf(name);
        if (at >= 0) this.order.splice(at, 1);
        for (let i = this.charts.length - 1; i >= 0; i--) if (this.charts[i]!.sheet === name) this.charts.splice(i, 1);
      },
      activate: () => {
        this.active = { sheet: name, row: 0, column: 0, areas: [{ first: 0, last: 0 }] };
      },
      charts: {
        add: (type: string, source: object, seriesBy?: string) => {
          const chart: FakeChart & Record<string, unknown> = {
            sheet: name,
            type,
            seriesBy,
            source: this.where.get(source),
            title: { text: '' },
            position: '',
            xAxis: undefined,
            height: 0,
            width: 0,
            setPosition: (start: string) => {
              chart.position = start;
            },
            series: { getItemAt: () => ({ setXAxisValues: (r: object) => void (chart.xAxis = this.where.get(r)) }) },
          };
          this.charts.push(chart);
          return chart;
        },
      },
      freezePanes: {
        freezeRows: (n: number) => {
          const s = this.sheets.get(name);
          if (s) s.frozenRows = n;
        },
      },
    };
  }

  usedRange(name: string): { row: number; column: number; rows: number; columns: number } | null {
    const s = this.sheets.get(name);
    if (!s) return null;
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    s.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return top < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  private range(sheet: string, row: number, column: number, rowCount: number, columnCount: number, failure?: string): OfficeMockObject {
    const s = this.sheets.get(sheet);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    let anyFormula = false;
    for (let r = 0; r < rowCount; r++) {
      const src = s?.rows[row + r];
      const line: unknown[] = new Array(columnCount);
      for (let c = 0; c < columnCount; c++) line[c] = excelCell(src?.[column + c]);
      values.push(line);
      if (s && s.formulas.size > 0) {
        const f = line.map((v, c) => {
          const formula = s.formulas.get(`${row + r},${column + c}`);
          if (formula) anyFormula = true;
          return formula ?? v;
        });
        formulas.push(f);
      }
    }
    const spill = s?.spills.get(`${row},${column}`);
    const self = this;
    const mock = new OfficeMockObject({
      rowIndex: row,
      columnIndex: column,
      rowCount,
      columnCount,
      isNullObject: false,
      values,
      formulas: anyFormula ? formulas : values,
      format: {
        font: { bold: false },
        autofitColumns: () => undefined,
      },
      getRow(i: number) {
        return self.range(sheet, row + i, column, 1, columnCount, failure);
      },
      getSpillingToRangeOrNullObject() {
        if (spill) return self.range(sheet, row, column, spill.rows, spill.columns, failure);
        const none = new OfficeMockObject({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }) as OfficeMockObject & Record<string, unknown>;
        none.isNullObject = true;
        return none;
      },
      clear(what?: string) {
        self.pending.push({ mock: mock as never, sheet, row, column, rowCount, columnCount, initial: values, clearContents: what === 'Contents' || what === undefined });
      },
    }) as OfficeMockObject & Record<string, unknown>;
    this.where.set(mock, { sheet, row, column, rowCount, columnCount });
    // Office.js sets isNullObject on every proxy after a sync, loaded or not.
    mock.isNullObject = false;
    this.pending.push({ mock, sheet, row, column, rowCount, columnCount, initial: values, ...(failure ? { failure } : {}) });
    return mock;
  }

  private async sync(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    const suspended = this.suspended;
    this.suspended = false;
    let request = 0;
    let response = 0;
    let writes = 0;
    const writesToApply: (() => void)[] = [];
    let failure = pending.find((p) => p.failure)?.failure ?? this.failAt.get(this.syncs.length);

    for (const p of pending) {
      const m = p.mock;
      if (p.clearContents) {
        request += RANGE_OVERHEAD;
        writes += 1;
        writesToApply.push(() => this.clear(p));
        continue;
      }
      const wroteValues = Array.isArray(m.values) && m.values !== p.initial;
      const wroteFormat = Array.isArray(m.numberFormat);
      const bold = (m.format as { font?: { bold?: unknown } } | undefined)?.font?.bold === true;
      if (wroteValues) {
        const grid = m.values as Cell[][];
        if (grid.length !== p.rowCount || grid.some((row) => row.length !== p.columnCount)) failure ??= 'InvalidArgument';
        request += RANGE_OVERHEAD + gridBytes(grid);
        writes += 1;
        writesToApply.push(() => this.write(p, grid));
      }
      if (wroteFormat) {
        const grid = m.numberFormat as (string | null)[][];
        request += RANGE_OVERHEAD + gridBytes(grid);
        writesToApply.push(() => this.writeFormats(p, grid));
      }
      if (bold) writesToApply.push(() => this.setBold(p));
      if (m.values === NOT_SYNCED) response += gridBytes(p.initial);
      else if (m.formulas === NOT_SYNCED) response += gridBytes(p.initial);
    }
    if (request > EXCEL_WEB_LIMIT) failure ??= 'RequestPayloadSizeLimitExceeded';
    if (response > EXCEL_WEB_LIMIT) failure ??= 'ResponsePayloadSizeLimitExceeded';
    this.syncs.push({ request, response, writes, calculationSuspended: suspended, ...(failure ? { failed: failure } : {}) });
    if (failure) throw code(failure);
    for (const apply of writesToApply) apply();
    // Resolve the loads: office-addin-mock moves loaded properties to their values on sync.
    await Promise.all(pending.map((p) => p.mock.sync()));
    await new Promise((resolve) => setImmediate(resolve));
  }

  private write(p: PendingRange, grid: Cell[][]): void {
    const s = this.sheets.get(p.sheet)!;
    grid.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null) return; // null leaves the cell as it is
        const row = (s.rows[p.row + r] ??= []);
        let value: Cell = v;
        if (typeof v === 'string' && v.startsWith("'")) value = v.slice(1);
        else if (typeof v === 'string' && v.startsWith('=')) {
          s.formulas.set(`${p.row + r},${p.column + c}`, v);
          value = '#CALC';
        } else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) value = Number(v); // as Excel reads typed text
        row[p.column + c] = value === '' ? null : value;
        if (!(typeof v === 'string' && v.startsWith('='))) s.formulas.delete(`${p.row + r},${p.column + c}`);
      }),
    );
  }

  private writeFormats(p: PendingRange, grid: (string | null)[][]): void {
    const s = this.sheets.get(p.sheet)!;
    grid.forEach((line, r) => line.forEach((f, c) => f !== null && s.numberFormats.set(`${p.row + r},${p.column + c}`, f)));
  }

  private setBold(p: PendingRange): void {
    const s = this.sheets.get(p.sheet)!;
    for (let r = 0; r < p.rowCount; r++) for (let c = 0; c < p.columnCount; c++) s.bold.add(`${p.row + r},${p.column + c}`);
  }

  private clear(p: PendingRange): void {
    const s = this.sheets.get(p.sheet)!;
    for (let r = 0; r < p.rowCount; r++) {
      const row = s.rows[p.row + r];
      if (row) for (let c = 0; c < p.columnCount; c++) row[p.column + c] = null;
    }
  }
}
