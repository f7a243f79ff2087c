/**
 * Cuts a CSV byte stream into pieces that end where a record ends, so that worker threads can each
 * parse a piece with csv-parse and get exactly the records a single parse of the whole file gives.
 *
 * A line break ends a record unless it is inside a quoted field. The rules mirror csv-parse with
 * `relax_quotes` (tested against it): a quote opens a quoted field only as the field's first
 * character (elsewhere it is text); inside one, two quotes are a quote and a single quote closes
 * it. The record delimiter is fixed for the whole file, as csv-parse fixes it at the first line
 * break outside quotes: "\n" or "\r\n". A file whose first line break is a bare "\r" (old Mac)
 * is not cut (`scanHeader` says so) and is read in the main thread instead.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export type RecordDelimiter = '\n' | '\r\n';

export interface HeaderScan {
  /** Bytes up to and including the first record's line break. */
  readonly end: number;
  readonly delimiter: RecordDelimiter;
}

/**
 * Where the first record (the header) ends and which line break the file uses; undefined when the
 * bytes so far hold no complete first record, or when the file breaks lines with a bare "\r".
 */
export function scanHeader(bytes: Uint8Array): HeaderScan | 'cr' | undefined {
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inQuotes) {
      if (b !== QUOTE) continue;
      if (i + 1 >= bytes.length) return undefined;
      if (bytes[i + 1] === QUOTE) i++;
      else inQuotes = false;
      fieldStart = false;
      continue;
    }
    if (b === QUOTE) {
      inQuotes = fieldStart;
      fieldStart = false;
    } else if (b === COMMA) fieldStart = true;
    else if (b === LF) return { end: i + 1, delimiter: '\n' };
    else if (b === CR) {
      if (i + 1 >= bytes.length) return undefined;
      return bytes[i + 1] === LF ? { end: i + 2, delimiter: '\r\n' } : 'cr';
    } else fieldStart = false;
  }
  return undefined;
}

/**
 * Follows the quoting state across the pieces of a stream (after the header) and tells where the
 * last complete record in each piece ends.
 */
export class RecordBoundaries {
  private inQuotes = false;
  /** A quote was the last byte seen inside a quoted field: the next byte says whether it closed it. */
  private quotePending = false;
  private fieldStart = true;
  private previous = -1;

  constructor(private readonly delimiter: RecordDelimiter) {}

  /**
   * Reads `bytes` (the next piece of the stream) and returns the offset just past the last record
   * ending in it, or -1 when no record ends in it.
   */
  scan(bytes: Uint8Array): number {
    if (bytes.length === 0) return -1;
    // Most registers hold few quotes: with none in the piece and none open, the last line break is
    // the answer, found natively.
    if (!this.inQuotes && !this.quotePending && bytes.indexOf(QUOTE) < 0) return this.scanPlain(bytes);
    let last = -1;
    const crlf = this.delimiter === '\r\n';
    let previous = this.previous;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (b === QUOTE) {
            previous = b;
            continue;
          }
          this.inQuotes = false;
          this.fieldStart = false;
        } else {
          if (b === QUOTE) this.quotePending = true;
          previous = b;
          continue;
        }
      }
      if (b === QUOTE) {
        this.inQuotes = this.fieldStart;
        this.fieldStart = false;
      } else if (b === COMMA) this.fieldStart = true;
      else if (b === LF && (!crlf || previous === CR)) {
        last = i + 1;
        this.fieldStart = true;
      } else this.fieldStart = false;
      previous = b;
    }
    this.previous = previous;
    return last;
  }

  private scanPlain(bytes: Uint8Array): number {
    const crlf = this.delimiter === '\r\n';
    let at = bytes.lastIndexOf(LF);
    if (crlf) while (at >= 0 && (at === 0 ? this.previous : bytes[at - 1]) !== CR) at = at === 0 ? -1 : bytes.lastIndexOf(LF, at - 1);
    const lastByte = bytes[bytes.length - 1]!;
    const lastIsBreak = lastByte === LF && at === bytes.length - 1;
    this.fieldStart = lastByte === COMMA || lastIsBreak;
    this.previous = lastByte;
    return at < 0 ? -1 : at + 1;
  }
}

/**
 * Turns the pieces a file stream gives into the header record's bytes and then pieces of at least
 * `pieceBytes` (except the last) that each end with a whole record.
 */
export class CsvSplitter {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private boundaries: RecordBoundaries | undefined;
  private lastEnd = -1;
  /** Set once the header is complete; 'cr' when the file breaks lines with a bare "\r" (not cut). */
  header: { readonly bytes: Buffer; readonly delimiter: RecordDelimiter } | 'cr' | undefined;

  constructor(private readonly pieceBytes: number) {}

  /** Takes the next bytes of the file; returns the pieces now complete. */
  push(bytes: Buffer): Buffer[] {
    if (this.header === 'cr') throw new Error('a file with bare \\r line breaks is not cut into pieces');
    if (this.boundaries === undefined) {
      this.held.push(bytes);
      this.heldBytes += bytes.length;
      const all = Buffer.concat(this.held, this.heldBytes);
      // csv-parse drops a UTF-8 byte order mark before reading the first field, so the scan starts after it.
      const start = all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf ? 3 : 0;
      const scan = scanHeader(all.subarray(start));
      if (scan === undefined) {
        this.held = [all];
        return [];
      }
      if (scan === 'cr') {
        this.header = 'cr';
        this.held = [all];
        return [];
      }
      this.header = { bytes: all.subarray(0, start + scan.end), delimiter: scan.delimiter };
      this.boundaries = new RecordBoundaries(scan.delimiter);
      this.held = [];
      this.heldBytes = 0;
      return this.push(all.subarray(start + scan.end));
    }
    const end = this.boundaries.scan(bytes);
    if (end >= 0) this.lastEnd = this.heldBytes + end;
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (this.lastEnd < this.pieceBytes) return [];
    const all = Buffer.concat(this.held, this.heldBytes);
    const piece = all.subarray(0, this.lastEnd);
    const rest = all.subarray(this.lastEnd);
    this.held = rest.length > 0 ? [rest] : [];
    this.heldBytes = rest.length;
    this.lastEnd = -1;
    return [piece];
  }

  /** At the end of the file: what is left (a last record without a line break, or nothing). */
  end(): Buffer[] {
    if (this.boundaries === undefined) {
      // The whole file is one record (or holds bare-\r breaks): the caller reads it the plain way.
      return [];
    }
    const rest = Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    return rest.length > 0 ? [rest] : [];
  }
}
