import type { RecordDelimiter } from './csv-chunks.js';

const COMMA = 0x2c;
const QUOTE = 0x22;

/** The piece ends inside a quoted field: the file is not CSV even to a relaxed reader. */
export class QuoteNotClosed extends Error {}

/**
 * Reads the records of a piece of CSV text that holds whole records (as `CsvSplitter` cuts them),
 * a few at a time, exactly as csv-parse reads them with `relax_quotes` and `relax_column_count`
 * (tested against it, property by property): a quote opens a quoted field only as its first
 * character; in one, `""` is a quote; a closing quote not followed by a comma or the line break
 * keeps the field's raw text; an empty line is one empty field.
 *
 * Why not csv-parse itself: it costs about 5 µs a row, two thirds of the command's I/O floor;
 * slicing between the commas found with `indexOf` costs a fraction of that. Why a few at a time:
 * rows that live only while they are rated die in the young generation, which is cheap to collect.
 */
export class CsvPieceReader {
  private readonly n: number;
  private readonly step: number;
  private at = 0;
  private eol: number;
  /** The next comma at or after the read position, kept so a line without one is not searched again. */
  private comma = -1;
  private read = 0;

  constructor(
    private readonly text: string,
    private readonly delimiter: RecordDelimiter,
  ) {
    this.n = text.length;
    this.step = delimiter.length;
    this.eol = this.lineEnd(0);
  }

  /**
   * Up to `max` more records; an empty list at the end of the piece. With `lines`, each record's
   * text as it stands in the file (without its line break) is added to it too.
   */
  next(max: number, lines?: string[]): string[][] {
    const records: string[][] = [];
    const { text, n } = this;
    let i = this.at;
    let eol = this.eol;
    let record: string[] = [];
    let start = i;
    while (i < n && records.length < max) {
      if (text.charCodeAt(i) === QUOTE) {
        let content = '';
        let from = i + 1;
        let close: number;
        for (;;) {
          close = text.indexOf('"', from);
          if (close < 0) throw new QuoteNotClosed(`a quoted field that starts in record ${this.read + records.length + 1} of the piece is not closed`);
          content += text.slice(from, close);
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          content += '"';
          from = close + 2;
        }
        i = close + 1;
        if (i > eol) eol = this.lineEnd(i);
        if (i === eol || text.charCodeAt(i) === COMMA) record.push(content);
        else {
          const end = this.fieldEnd(i, eol);
          record.push(`"${content}"${text.slice(i, end)}`);
          i = end;
        }
      } else {
        const end = this.fieldEnd(i, eol);
        record.push(text.slice(i, end));
        i = end;
      }
      if (i < eol) {
        i += 1; // past the comma
        // "a," at the very end: the empty last field is read on the next turn, as i < n is false.
        if (i === n) record.push('');
        else continue;
      }
      records.push(record);
      lines?.push(text.slice(start, eol));
      record = [];
      i = eol + this.step;
      start = i;
      if (i < n) eol = this.lineEnd(i);
    }
    this.at = i;
    this.eol = eol;
    this.read += records.length;
    return records;
  }

  private lineEnd(from: number): number {
    const at = this.text.indexOf(this.delimiter, from);
    return at < 0 ? this.n : at;
  }

  private fieldEnd(from: number, eol: number): number {
    if (this.comma < from) {
      this.comma = this.text.indexOf(',', from);
      if (this.comma < 0) this.comma = this.n;
    }
    return this.comma < eol ? this.comma : eol;
  }
}

/** Every record of a piece at once (for tests and small pieces). */
export function parseCsvPiece(text: string, delimiter: RecordDelimiter): string[][] {
  return new CsvPieceReader(text, delimiter).next(Infinity);
}

/** A piece's bytes as text. Pieces end at line breaks, so no UTF-8 sequence is ever cut in two. */
export function pieceText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
