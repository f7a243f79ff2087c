import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { scanHeader, type RecordDelimiter } from './csv-chunks.js';

/** A header longer than this is not looked for: such a file is read in the main thread. */
const HEADER_PROBE_BYTES = 1 << 20;

/**
 * How a CSV file breaks its records, when it can be cut into pieces (rated in turn, or by threads): "\n" or "\r\n" (read
 * off its first record, as csv-parse reads it). Undefined for a file of a single record, or one
 * broken with bare "\r" (old Mac), and a named pipe: those are read by csv-parse, row by row.
 */
export function csvLayout(path: string): RecordDelimiter | undefined {
  // A named pipe cannot be read twice: what the probe took would be lost to the reading proper.
  if (!statSync(path).isFile()) return undefined;
  const head = Buffer.alloc(HEADER_PROBE_BYTES);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, head, 0, head.length, 0);
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const scan = scanHeader(head.subarray(bom, read));
    return typeof scan === 'object' ? scan.delimiter : undefined;
  } finally {
    closeSync(fd);
  }
}

/** The header record, read by csv-parse itself (the reference reader), byte order mark and all. */
export function parseCsvHeader(bytes: Buffer): unknown[] {
  return (parseCsv(bytes, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][])[0] ?? [];
}
