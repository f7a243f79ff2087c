/**
 * .xlsx files in and out of the playground's workbook, with exceljs, in the browser: nothing is
 * sent anywhere. Settings (the column mapping, the standard, the provenance and Office's
 * AutoShowTaskpaneWithDocument) are kept on a hidden sheet, where Excel keeps its own in the file's
 * web-extension part, which exceljs does not write; the answers are on the visible sheet
 * "SME Assessments", as in Excel.
 */
import ExcelJS from 'exceljs';
import { MemoryWorkbook, newSheet, type MemorySheet } from '../taskpane/gateway/memory.js';
import type { Cell } from '../taskpane/gateway/types.js';

export const SETTINGS_SHEET = 'SME Settings';

type ExcelValue = ExcelJS.CellValue;

/** A cell's value as the pane sees it (dates as YYYY-MM-DD text, rich text as its text, errors as #N/A). */
export function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result ?? null);
  return String(value);
}

function formulaOf(value: ExcelValue): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  if ('sharedFormula' in value && typeof value.formula === 'string') return `=${value.formula}`;
  return null;
}

export interface LoadedWorkbook {
  readonly model: MemoryWorkbook;
  /** The file as read, so a download keeps its styles. */
  readonly source: ExcelJS.Workbook;
}

export async function readXlsx(data: ArrayBuffer): Promise<LoadedWorkbook> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(data);
  const sheets: MemorySheet[] = [];
  const settings: Record<string, unknown> = {};
  source.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET) {
      ws.eachRow((row) => {
        const k = cellOf(row.getCell(1).value);
        const v = cellOf(row.getCell(2).value);
        if (typeof k !== 'string' || typeof v !== 'string') return;
        try {
          settings[k] = JSON.parse(v);
        } catch {
          // a value someone edited by hand: ignore it
        }
      });
      return;
    }
    const sheet = newSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        cells[c] = cellOf(cell.value);
        const f = formulaOf(cell.value);
        if (f) sheet.formulas.set(`${r},${c}`, f);
        if (cell.numFmt && cell.numFmt !== 'General') sheet.numberFormats.set(`${r},${c}`, cell.numFmt);
        if (cell.font?.bold) sheet.bold.add(`${r},${c}`);
      });
      sheet.rows[rowNumber - 1] = cells;
    });
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    sheet.frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.widths[i] = col.width;
    });
    sheets.push(sheet);
  });
  return { model: new MemoryWorkbook(sheets, settings), source };
}

function excelValue(sheet: MemorySheet, r: number, c: number, value: Cell): ExcelValue {
  const formula = sheet.formulas.get(`${r},${c}`);
  if (formula) return { formula: formula.slice(1), result: value ?? undefined } as ExcelJS.CellFormulaValue;
  return value;
}

/** The workbook as an .xlsx file: the source's sheets updated in place (keeping their styles), new sheets added. */
export async function writeXlsx(model: MemoryWorkbook, source?: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = source ?? new ExcelJS.Workbook();
  if (!source) {
    out.creator = 'SME Navigator';
    out.created = new Date();
  }
  const old = out.getWorksheet(SETTINGS_SHEET);
  if (old) out.removeWorksheet(old.id);
  for (const sheet of model.sheets) {
    let ws = out.getWorksheet(sheet.name);
    if (!ws) ws = out.addWorksheet(sheet.name, sheet.frozenRows > 0 ? { views: [{ state: 'frozen', ySplit: sheet.frozenRows }] } : {});
    // Widths the model gave columns the file has none for (new sheets, new result columns).
    sheet.widths.forEach((w, i) => {
      const column = ws!.getColumn(i + 1);
      if (w && !column.width) column.width = w;
    });
    // Every cell of the model; a cell the model holds empty is emptied in the file too.
    const height = Math.max(sheet.rows.length, ws.rowCount);
    for (let r = 0; r < height; r++) {
      const cells = sheet.rows[r] ?? [];
      const row = ws.getRow(r + 1);
      const width = Math.max(cells.length, row.cellCount);
      for (let c = 0; c < width; c++) {
        const value = cells[c] ?? null;
        const cell = row.getCell(c + 1);
        const next = excelValue(sheet, r, c, value);
        if (next === null && (cell.value === null || cell.value === undefined)) continue;
        cell.value = next;
        const fmt = sheet.numberFormats.get(`${r},${c}`);
        if (fmt) cell.numFmt = fmt;
        if (sheet.bold.has(`${r},${c}`) && !cell.font?.bold) cell.font = { ...(cell.font ?? {}), bold: true };
      }
    }
  }
  if (model.settings.size > 0) {
    const ws = out.addWorksheet(SETTINGS_SHEET, { state: 'hidden' });
    ws.addRow(['setting', 'value (JSON)']);
    for (const [k, v] of model.settings) ws.addRow([k, JSON.stringify(v)]);
  }
  const buffer = await out.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
