import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { cellText } from './cell-text.js';
import type { TableSink } from './table-source.js';

/**
 * A text cell that Excel would read as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (CSV injection, OWASP). Numbers, including negative ones, are left as they are.
 */
export function excelSafe(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return text;
  return `'${text}`;
}

export function csvSink(target: string | Writable): TableSink {
  const out = typeof target === 'string' ? createWriteStream(target) : target;
  const csv = stringify({ bom: typeof target === 'string', record_delimiter: 'unix' });
  csv.pipe(out, { end: typeof target === 'string' });
  return {
    async writeRow(cells) {
      if (!csv.write(cells.map((c) => excelSafe(cellText(c))))) await once(csv, 'drain');
    },
    async close() {
      csv.end();
      if (typeof target === 'string') await once(out, 'finish');
      else await once(csv, 'end');
    },
  };
}
