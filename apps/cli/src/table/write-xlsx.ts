import type ExcelJS from 'exceljs';
import type { TableSink } from './table-source.js';

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Streams rows into a new workbook with exceljs' streaming writer; input cells keep their types.
 * Text from a CSV that is plainly a number ("350", "-5", "2.5") is written as a number, as Excel
 * would read it; "00123" and "1,234" stay text, so no identifier loses its zeros.
 */
export function xlsxSink(path: string, sheetName: () => string, fromText: boolean): TableSink {
  // Loaded on first use, not at start-up: exceljs adds a third of a second to every run.
  let opened: Promise<ExcelJS.stream.xlsx.WorkbookWriter> | undefined;
  const open = () => (opened ??= import('exceljs').then(({ default: E }) => new E.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false })));
  let sheet: ExcelJS.Worksheet | undefined;
  return {
    async writeRow(cells) {
      const workbook = await open();
      sheet ??= workbook.addWorksheet(sheetName() || 'rated');
      sheet.addRow(cells.map((c) => (c === undefined ? null : fromText && typeof c === 'string' && PLAIN_NUMBER.test(c) ? Number(c) : c))).commit();
    },
    async close() {
      const workbook = await open();
      sheet ??= workbook.addWorksheet(sheetName() || 'rated');
      sheet.commit();
      await workbook.commit();
    },
  };
}
