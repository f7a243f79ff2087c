import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSplitter, scanHeader } from './csv-chunks.js';

// Thousands of generated cases: a second alone, several while the other workspaces' tests share the machine.
const PROPERTY_TIMEOUT_MS = 60_000;

// The options the command reads CSV with, for the whole file and for each piece.
const WHOLE = { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

function wholeRecords(bytes: Buffer): string[][] {
  return parse(bytes, WHOLE) as string[][];
}

/** The records the pieces give, parsed one by one as the worker threads parse them. */
function pieceRecords(bytes: Buffer, cuts: readonly number[], pieceBytes: number): string[][] | 'cr' | 'one record' {
  const splitter = new CsvSplitter(pieceBytes);
  const pieces: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    pieces.push(...splitter.push(bytes.subarray(from, cut)));
    if (splitter.header === 'cr') return 'cr';
    from = cut;
  }
  pieces.push(...splitter.end());
  if (splitter.header === undefined) return 'one record';
  if (splitter.header === 'cr') return 'cr';
  const { bytes: header, delimiter } = splitter.header;
  const records = parse(header, WHOLE) as string[][];
  for (const piece of pieces) records.push(...(parse(piece, { ...WHOLE, bom: false, record_delimiter: delimiter }) as string[][]));
  return records;
}

describe('scanHeader', () => {
  it.each([
    ['a,b\nc,d\n', { end: 4, delimiter: '\n' }],
    ['a,b\r\nc,d\r\n', { end: 5, delimiter: '\r\n' }],
    ['"a\nb",c\nd\n', { end: 8, delimiter: '\n' }],
    ['"a""\nb",c\r\nd', { end: 11, delimiter: '\r\n' }],
    ['a"\nb,c\n', { end: 3, delimiter: '\n' }],
    ['a,b\rc,d\r', 'cr'],
    ['a,b', undefined],
    ['"a\nb', undefined],
  ])('%j → %j', (text, expected) => {
    expect(scanHeader(Buffer.from(text))).toEqual(expected);
  });
});

describe('CsvSplitter', () => {
  it('cuts a plain register at the last line break past the piece size', () => {
    const splitter = new CsvSplitter(8);
    expect(splitter.push(Buffer.from('h1,h2\na,1\nb,2\nc'))).toEqual([Buffer.from('a,1\nb,2\n')]);
    expect(splitter.header).toEqual({ bytes: Buffer.from('h1,h2\n'), delimiter: '\n' });
    expect(splitter.push(Buffer.from(',3\n'))).toEqual([]);
    expect(splitter.end()).toEqual([Buffer.from('c,3\n')]);
  });

  it('never cuts inside a quoted field, whatever the pieces the file arrives in', () => {
    const text = 'name,note\n"Lakeside, Inc.","line one\nline two"\nplain,"say ""hi""\n"\nlast,x';
    for (let cut = 1; cut < text.length; cut++) {
      expect(pieceRecords(Buffer.from(text), [cut], 1)).toEqual([
        ['name', 'note'],
        ['Lakeside, Inc.', 'line one\nline two'],
        ['plain', 'say "hi"\n'],
        ['last', 'x'],
      ]);
    }
  });

  it('gives exactly the records of one whole parse (property, with stray quotes, CR and LF anywhere)', () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-c ,"\r\n中]{0,6}$/),
      fc.stringMatching(/^[a-c ,"\r\n]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
    );
    const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((fields) => fields.join(','));
    const file = fc.tuple(fc.array(record, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(
      ([records, eol, bom]) => Buffer.from(`${bom ? '\ufeff' : ''}${records.join(eol)}${eol}`),
    );
    fc.assert(
      fc.property(file, fc.array(fc.nat(200), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (bytes, cuts, pieceBytes) => {
        let expected: string[][];
        try {
          expected = wholeRecords(bytes);
        } catch {
          return; // not CSV even to a relaxed reader: the command reports that, with or without threads
        }
        const got = pieceRecords(bytes, cuts, pieceBytes);
        if (got === 'cr' || got === 'one record') return; // read in the main thread, not cut
        expect(got).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
