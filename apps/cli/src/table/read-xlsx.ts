import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { UsageError } from '../usage-error.js';
import type { SourceRow, TableSource } from './table-source.js';

type WorksheetReader = AsyncIterable<ExcelJS.Row> & { name: string };

/**
 * Streams the rows of one sheet (by name, or the first) with exceljs' streaming reader, so a large
 * register is never held whole in memory. Row numbers are the sheet's own.
 */
export function xlsxSource(path: string, sheet: string | undefined): TableSource & { sheetName: string } {
  const source = {
    sheetName: sheet ?? '',
    async *rows(): AsyncIterable<SourceRow> {
      // exceljs' streaming reader loses the error of a file that is not a zip archive (it escapes as an
      // uncaught event), so a file that does not start like one is refused here, with a sentence.
      if (!startsLikeZip(path)) throw new UsageError((s) => s.notXlsx({ path }));
      // Loaded here, not at start-up: exceljs adds a third of a second to every run, CSV ones too.
      const { default: ExcelJS } = await import('exceljs');
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'ignore',
        entries: 'ignore',
      });
      const seen: string[] = [];
      for await (const worksheet of reader as unknown as AsyncIterable<WorksheetReader>) {
        seen.push(worksheet.name);
        if (sheet !== undefined && worksheet.name.trim().toLowerCase() !== sheet.trim().toLowerCase()) {
          for await (const _ of worksheet) void _;
          continue;
        }
        source.sheetName = worksheet.name;
        let expected = 1;
        for await (const row of worksheet) {
          // Blank rows are absent from the stream; keep them so the output lines up with the input.
          for (; expected < row.number; expected++) yield { number: expected, cells: [] };
          const values = row.values as unknown[];
          yield { number: row.number, cells: values.slice(1) };
          expected = row.number + 1;
        }
        return;
      }
      throw new UsageError((s) => (sheet === undefined ? s.noWorksheet({ path }) : s.noSuchSheet({ path, sheet, sheets: seen })));
    },
  };
  return source;
}

/** An .xlsx workbook is a zip archive: its first four bytes are "PK\x03\x04". */
function startsLikeZip(path: string): boolean {
  // A named pipe cannot be read twice: its first bytes are left to the reader proper.
  if (!statSync(path).isFile()) return true;
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    closeSync(fd);
  }
}
