import type { RecordDelimiter } from './csv-chunks.js';

const COMMA = 0x2c;
const QUOTE = 0x22;

/** The piece ends inside a quoted field: the file is not CSV even to a relaxed reader. */
export class QuoteNotClosed extends Error {}

/**
 * The records in a piece of CSV text that holds whole records (as `CsvSplitter` cuts them), read
 * exactly as csv-parse reads them with `relax_quotes` and `relax_column_count` (tested against it,
 * property by property): a quote opens a quoted field only as its first character; in one, `""` is
 * a quote; a closing quote not followed by a comma or the line break keeps the field's raw text;
 * an empty line is one empty field. csv-parse costs about 5 µs a row (two thirds of the command's
 * I/O floor); slicing between the commas found with `indexOf` costs a fraction of that.
 */
export function parseCsvPiece(text: string, delimiter: RecordDelimiter): string[][] {
  const records: string[][] = [];
  const n = text.length;
  if (n === 0) return records;
  const step = delimiter.length;
  const lineEnd = (from: number) => {
    const at = text.indexOf(delimiter, from);
    return at < 0 ? n : at;
  };
  // The next comma at or after the read position, kept so a line without one is not searched again.
  let comma = -1;
  const fieldEnd = (from: number, eol: number) => {
    if (comma < from) {
      comma = text.indexOf(',', from);
      if (comma < 0) comma = n;
    }
    return comma < eol ? comma : eol;
  };

  let i = 0;
  let eol = lineEnd(0);
  let record: string[] = [];
  for (;;) {
    if (text.charCodeAt(i) === QUOTE) {
      let content = '';
      let from = i + 1;
      let close: number;
      for (;;) {
        close = text.indexOf('"', from);
        if (close < 0) throw new QuoteNotClosed(`a quoted field that starts in record ${records.length + 1} of the piece is not closed`);
        content += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) break;
        content += '"';
        from = close + 2;
      }
      i = close + 1;
      if (i > eol) eol = lineEnd(i);
      if (i === eol || text.charCodeAt(i) === COMMA) record.push(content);
      else {
        const end = fieldEnd(i, eol);
        record.push(`"${content}"${text.slice(i, end)}`);
        i = end;
      }
    } else {
      const end = fieldEnd(i, eol);
      record.push(text.slice(i, end));
      i = end;
    }
    if (i < eol) {
      i += 1; // past the comma
      continue;
    }
    records.push(record);
    record = [];
    i = eol + step;
    if (i >= n) return records;
    eol = lineEnd(i);
  }
}

/** A piece's bytes as text. Pieces end at line breaks, so no UTF-8 sequence is ever cut in two. */
export function pieceText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
