import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import type { TableSink } from './table-source.js';

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const DRAIN_EVERY_ROWS = 100;

/** What exceljs' streaming worksheet pipes its XML into (inside exceljs; absent in another version). */
interface PipedSheet {
  readonly stream?: { readonly pipes?: readonly (NodeJS.EventEmitter & { readonly _writableState?: { readonly needDrain?: boolean } })[] };
}

/**
 * exceljs' streaming writer takes rows as fast as they come and queues what the zip has not yet
 * compressed: 350 MB for 200,000 rated rows, growing with every row. Letting the queue it pipes the
 * sheet into drain, every hundred rows, whenever it is past its high-water mark keeps memory nearly
 * flat (measured: 175 MB at 200,000 rows; 315 MB at 1,000,000 with two rating threads). The queue is
 * exceljs' own, not public: if a later version has none, rows are written without waiting, as before.
 */
async function drained(sheet: ExcelJS.Worksheet): Promise<void> {
  const queue = sheetQueue(sheet);
  if (queue?._writableState?.needDrain) await once(queue, 'drain');
}

/** The queue a streaming worksheet's XML goes into, if this exceljs has one where 4.4 has it. */
export function sheetQueue(sheet: ExcelJS.Worksheet) {
  return (sheet as unknown as PipedSheet).stream?.pipes?.[0];
}

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
  let rows = 0;
  return {
    async writeRow(cells) {
      const workbook = await open();
      if (++rows % DRAIN_EVERY_ROWS === 0 && sheet) await drained(sheet);
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
