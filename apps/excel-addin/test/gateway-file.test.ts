/**
 * The file-backed gateway of the playground: the sample .xlsx read with exceljs, rated, written,
 * read again (as a colleague opening the file would), with its settings and answers.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@sme-navigator/engine';
import { SETTINGS_SHEET, readXlsx, writeXlsx } from '../src/playground/xlsx.js';
import { AUTO_SHOW_SETTING, rateRows } from '../src/taskpane/core/batch.js';
import { MAPPING_SETTING } from '../src/taskpane/core/mapping.js';
import { DEFAULT_SETTINGS } from '../src/taskpane/core/rate.js';
import { RATED_SETTING } from '../src/taskpane/core/results.js';
import { ASSESSMENTS_SHEET } from '../src/taskpane/gateway/types.js';
import { columnOf, SAMPLE_XLSX } from './support/sample.js';

const NOW = new Date('2026-05-01T09:30:00');
const sampleBytes = () => {
  const b = readFileSync(SAMPLE_XLSX);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const toArrayBuffer = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

describe('the playground’s workbook (exceljs in the browser, here in Node)', () => {
  it('reads the sample as Excel shows it', async () => {
    const { model } = await readXlsx(sampleBytes());
    expect(model.sheets.map((s) => s.name)).toEqual(['Firms', 'About']);
    const layout = (await model.readLayout('Firms'))!;
    expect(layout).toMatchObject({ headerRow: 0, firstColumn: 0, lastRow: 50 });
    expect(layout.headers.slice(0, 5)).toEqual(['firm', 'sector', 'employees', 'revenue', 'assets']);
    expect(model.cell('Firms', 1, 0)).toBe('Lakeside Precision Castings');
    expect(model.cell('Firms', 1, 2)).toBe(350);
    expect(model.sheet('Firms')!.frozenRows).toBe(1);
  });

  it('keeps ratings, answers and settings through a download and a reopen', async () => {
    const { model, source } = await readXlsx(sampleBytes());
    await model.setSettings({ [MAPPING_SETTING]: { Firms: { data_source: null } } });
    const report = await rateRows(model, 'Firms', null, { settings: DEFAULT_SETTINGS, overrides: {}, confirmReplace: async () => true, now: NOW });
    expect(report).toMatchObject({ rated: 50, failures: [], written: 50 });
    await model.saveAssessments(['Lakeside Precision Castings'], [
      { key: 'Lakeside Precision Castings', question: 'Technology-intensive (e.g. a certified 高新技术企业)?', answer: 'yes', when: '2026-05-01T09:30:00.000Z', field: 'high_tech' },
    ]);

    const bytes = await writeXlsx(model, source);
    const reopened = (await readXlsx(toArrayBuffer(bytes))).model;
    expect(reopened.sheets.map((s) => s.name)).toEqual(['Firms', 'About', ASSESSMENTS_SHEET]);
    const header = reopened.sheet('Firms')!.rows[0]!;
    const cell = (name: string) => reopened.cell('Firms', 1, columnOf(header, name));
    expect(cell('size')).toBe('medium');
    expect(cell('product_score')).toBe(86.8);
    expect(cell('process_score')).toBe(85);
    expect(reopened.sheet('Firms')!.numberFormats.get(`1,${columnOf(header, 'process_score')}`)).toBe('0.0');
    expect(cell('mode')).toBe('fast-follower');
    expect(cell('strategy')).toBe('cluster');
    expect(cell('credit_status')).toBe('not-constrained');
    expect(cell('rated_with')).toBe(`prc-2017; rules ${RULES_VERSION}; 2026-05-01`);
    expect(await reopened.readAssessments()).toEqual([
      { key: 'Lakeside Precision Castings', question: 'Technology-intensive (e.g. a certified 高新技术企业)?', answer: 'yes', when: '2026-05-01T09:30:00.000Z', field: 'high_tech' },
    ]);
    expect(await reopened.getSetting(AUTO_SHOW_SETTING)).toBe(true);
    expect(await reopened.getSetting(RATED_SETTING)).toEqual({ standard: 'prc-2017', unit: null, rulesVersion: RULES_VERSION, date: '2026-05-01' });
    expect(await reopened.getSetting(MAPPING_SETTING)).toEqual({ Firms: { data_source: null } });

    // As Excel would show the file: the settings sheet hidden, the sample's bold header kept.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toArrayBuffer(bytes));
    expect(wb.getWorksheet(SETTINGS_SHEET)!.state).toBe('hidden');
    expect(wb.getWorksheet('Firms')!.getCell('A1').font?.bold).toBe(true);
    expect(wb.getWorksheet('Firms')!.getRow(1).getCell(header.length).value).toBe('rated_with');
  });

  it('keeps formulas with their values, and converts the SME ones', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('F');
    ws.addRow(['sector', 'employees', 'size', 'total']);
    ws.addRow(['industry', 350, { formula: 'SME.SIZE(A2,B2)', result: 'medium' }, { formula: 'SUM(B2)', result: 350 }]);
    const { model, source } = await readXlsx(toArrayBuffer(new Uint8Array(await wb.xlsx.writeBuffer())));
    expect([...model.sheet('F')!.formulas.values()]).toEqual(['=SME.SIZE(A2,B2)', '=SUM(B2)']);
    expect(model.cell('F', 1, 2)).toBe('medium');
    expect(await model.convertFormulasToValues()).toBe(1);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(toArrayBuffer(await writeXlsx(model, source)));
    expect(again.getWorksheet('F')!.getCell('C2').value).toBe('medium');
    expect(again.getWorksheet('F')!.getCell('D2').value).toEqual({ formula: 'SUM(B2)', result: 350 });
  });
});
