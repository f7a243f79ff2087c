/**
 * Request sizes. Excel on the web rejects a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded); the gateway keeps every sync under PAYLOAD_LIMIT, aiming for
 * CHUNK_TARGET, by measuring what it sends (exactly, as JSON in UTF-8) and estimating what it reads
 * from the rows read so far.
 */

/** No request or response may reach this (bytes). */
export const PAYLOAD_LIMIT = 4_000_000;
/** What a chunk aims for, leaving room for the protocol's own fields. */
export const CHUNK_TARGET = 3_800_000;
/** Bytes a range operation adds to a request besides its cells (ids, address, method). */
export const RANGE_OVERHEAD = 200;
/**
 * Before anything is read, a cell is guessed to take this many bytes (the sample's cells take 6 on
 * average; 64 is about 20 Chinese characters in every cell). The first chunk is sized by it; every
 * later one by the mean row size read so far. A chunk Excel still finds too large is read again in halves.
 */
export const FIRST_GUESS_CELL_BYTES = 64;
/** The estimate of a row's size is the mean so far times this. */
export const ROW_ESTIMATE_MARGIN = 1.1;

/** UTF-8 bytes of a string as JSON writes it (quotes and escapes included). */
export function stringBytes(s: string): number {
  let bytes = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a cell value as JSON. */
export function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return stringBytes(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return stringBytes(String(v));
}

/** Bytes of one row of a 2-D array as JSON: [a,b,c] */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const v of row) bytes += cellBytes(v);
  return bytes;
}

/** Bytes of a 2-D array as JSON. */
export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  let bytes = 2 + Math.max(0, grid.length - 1);
  for (const row of grid) bytes += rowBytes(row);
  return bytes;
}

/** True for Excel's errors about a request or response being too large. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded/i.test(code);
}
