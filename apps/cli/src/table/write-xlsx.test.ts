import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetQueue } from './write-xlsx.js';

describe('sheetQueue', () => {
  it("finds the queue exceljs' streaming worksheet writes into (else rated workbooks grow in memory row by row)", async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(mkdtempSync(join(tmpdir(), 'sme-xlsx-')), 'q.xlsx'), useStyles: false, useSharedStrings: false });
    const sheet = book.addWorksheet('rated');
    sheet.addRow(['firm']).commit();
    const queue = sheetQueue(sheet);
    expect(typeof queue?.once).toBe('function');
    expect(typeof queue?._writableState?.needDrain).toBe('boolean');
    sheet.commit();
    await book.commit();
  });
});
