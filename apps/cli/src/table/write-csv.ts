import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { cellText } from './cell-text.js';
import type { TableSink } from './table-source.js';

/**
 * A text cell that Excel would read as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (CSV injection, OWASP). Numbers, including negative ones, are left as they are.
 */
export function excelSafe(text: string): string {
  // Checked by character code first: every cell of every row passes through here.
  const first = text.charCodeAt(0);
  if (first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && first !== 0x09 && first !== 0x0d) return text;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return text;
  return `'${text}`;
}

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One record (from its cell `from` on) as RFC 4180 CSV with a "\n" ending: a field is quoted only when it holds a comma, a
 * quote or a line break, and its quotes are doubled. Written by hand rather than through
 * csv-stringify because the command writes every row of a register through it (a third of the
 * output cost at a million rows); csv-parse reads it back in the tests.
 */
export function csvRecord(cells: readonly unknown[], from = 0): string {
  const fields = new Array<string>(cells.length - from);
  for (let i = from; i < cells.length; i++) {
    const cell = cells[i];
    let text = typeof cell === 'string' ? cell : cellText(cell);
    if (text.length > 0) {
      text = excelSafe(text);
      if (NEEDS_QUOTES.test(text)) text = `"${text.includes('"') ? text.replace(QUOTE, '""') : text}"`;
    }
    fields[i - from] = text;
  }
  // Joined, not appended: a flat string, not a rope the writer must flatten.
  return `${fields.join(',')}\n`;
}

/** CSV into a file (with a BOM, so Excel opens UTF-8 as UTF-8) or onto stdout (without one). */
export function csvSink(target: string | Writable): TableSink & { writeText(text: string): Promise<void> } {
  const toFile = typeof target === 'string';
  const out = toFile ? createWriteStream(target) : target;
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const writeText = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  let started = false;
  const writeChunk = async (text: string) => {
    if (!started && toFile) await writeText('\ufeff');
    started = true;
    await writeText(text);
  };
  return {
    writeText: writeChunk,
    writeRow: (cells) => writeChunk(csvRecord(cells)),
    async close() {
      if (!started && toFile) await writeText('\ufeff');
      if (toFile) {
        out.end();
        await Promise.race([once(out, 'finish'), failed]);
      }
    },
  };
}
