import { resolveStandard } from '@sme-navigator/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRating } from './rate-plan.js';
import { batchRater } from './row-rater.js';
import { csvRecord } from './table/write-csv.js';

// Thousands of generated cases: a second alone, several while the other workspaces' tests share the machine.
const PROPERTY_TIMEOUT_MS = 60_000;

const HEADER = ['firm', 'sector', 'employees', 'revenue', 'assets'];
const standard = resolveStandard('prc-2017');
if (!standard.ok) throw new Error('prc-2017 is built in');
const plan = planRating(HEADER, { input: 'register.csv', standard: standard.value, standardTyped: 'prc-2017', lang: 'en' });

describe('batchRater', () => {
  it('writes a line read as it stands only where encoding its cells again gives the same bytes (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('industry', 'retail', 'minning', '350', '2,500', '-5', '=SUM(A1)', '@x', '', ' ', 'Lakeside, Inc.', 'say "hi"'),
      fc.stringMatching(/^[a-z0-9 ,"=\-\r]{0,6}$/),
    );
    const record = fc.array(cell, { minLength: 1, maxLength: 7 }).map((cells) => csvRecord(cells));
    const piece = fc.array(record, { minLength: 1, maxLength: 30 }).map((lines) => lines.join(''));
    const reusing = batchRater(plan, 'csv');
    const encoding = batchRater(plan, 'csv', false);
    fc.assert(
      fc.property(piece, (text) => {
        expect(reusing.piece(text, '\n')).toEqual(encoding.piece(text, '\n'));
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('rates a piece as written, results after the input columns', () => {
    const result = batchRater(plan, 'csv').piece('Lakeside,industry,350,2500,3100\n"Far, Ltd.",retail,=1,,\n', '\n');
    expect(result.text).toBe(
      [
        'Lakeside,industry,350,2500,3100,medium,"medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)",',
        `"Far, Ltd.",retail,'=1,,,,,"employees must be a number ≥ 0, got '=1'"`,
        '',
      ].join('\n'),
    );
    expect([result.rows, result.rated, result.failed]).toEqual([2, 1, 1]);
    expect(result.failures).toEqual([{ row: 2, column: 'employees', message: "employees must be a number ≥ 0, got '=1'" }]);
  });
});
