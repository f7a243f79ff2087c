import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvPieceReader, parseCsvPiece, QuoteNotClosed } from './parse-csv-piece.js';

// Thousands of generated cases: a second alone, several while the other workspaces' tests share the machine.
const PROPERTY_TIMEOUT_MS = 60_000;

const CSV_PARSE = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

describe('parseCsvPiece', () => {
  // Each expected value is what csv-parse gives for the same text (checked by hand once, and by the property below).
  it.each([
    ['a,b\n\nc\n', [['a', 'b'], [''], ['c']]],
    ['"abc"def,x\n', [['"abc"def', 'x']]],
    ['"abc" ,x\n', [['"abc" ', 'x']]],
    ['a"b"c,"d"\n', [['a"b"c', 'd']]],
    ['"a""b"\n', [['a"b']]],
    ['a,\n', [['a', '']]],
    [',\n', [['', '']]],
    ['"",x\n', [['', 'x']]],
    ['x,""""\n', [['x', '"']]],
    ['"a"""b\n', [['"a""b']]],
    ['"x""y"z"\n', [['"x"y"z"']]],
    ['a,b', [['a', 'b']]],
    ['a,', [['a', '']]],
    ['\n\n', [[''], ['']]],
    ['"Lakeside, Inc.","two\nlines"\nnext\n', [['Lakeside, Inc.', 'two\nlines'], ['next']]],
    ['only\nno,comma\nhere\n', [['only'], ['no', 'comma'], ['here']]],
  ])('%j (\\n)', (text, records) => {
    expect(parseCsvPiece(text, '\n')).toEqual(records);
  });

  it.each([
    ['a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['a\r\nb\nc\r\n', [['a'], ['b\nc']]],
    ['"q"\r\nx,"y"\r\n', [['q'], ['x', 'y']]],
  ])('%j (\\r\\n)', (text, records) => {
    expect(parseCsvPiece(text, '\r\n')).toEqual(records);
  });

  it('refuses a quoted field that is never closed', () => {
    expect(() => parseCsvPiece('a,"b\nc\n', '\n')).toThrow(QuoteNotClosed);
  });

  it('reads every text exactly as csv-parse does (property, stray quotes, CR and LF anywhere)', () => {
    const text = fc.stringMatching(/^[ab ,"\r\n中]{0,40}$/);
    fc.assert(
      fc.property(text, fc.constantFrom('\n' as const, '\r\n' as const), (t, delimiter) => {
        let expected: string[][] | 'error';
        try {
          expected = parse(t, { ...CSV_PARSE, record_delimiter: delimiter }) as string[][];
        } catch {
          expected = 'error';
        }
        let got: string[][] | 'error';
        try {
          got = parseCsvPiece(t, delimiter);
        } catch {
          got = 'error';
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('CsvPieceReader', () => {
  it('gives the same records a few at a time as all at once (property)', () => {
    const text = fc.stringMatching(/^[ab ,"\r\n]{0,40}$/);
    fc.assert(
      fc.property(text, fc.constantFrom('\n' as const, '\r\n' as const), fc.integer({ min: 1, max: 4 }), (t, delimiter, max) => {
        let whole: string[][];
        try {
          whole = parseCsvPiece(t, delimiter);
        } catch {
          return;
        }
        const reader = new CsvPieceReader(t, delimiter);
        const got: string[][] = [];
        for (let some = reader.next(max); some.length > 0; some = reader.next(max)) {
          expect(some.length).toBeLessThanOrEqual(max);
          got.push(...some);
        }
        expect(got).toEqual(whole);
      }),
      { numRuns: 5000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
