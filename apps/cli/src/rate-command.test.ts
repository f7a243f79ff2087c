import { describe, expect, it } from 'vitest';
import { describeSummary } from './rate-command.js';

describe('describeSummary', () => {
  it('counts and quotes the first failures, and says how many more', () => {
    const failures = Array.from({ length: 5 }, (_, i) => ({ row: i + 2, column: '从业人员', message: `employees must be a number ≥ 0, got 'x${i}'` }));
    expect(describeSummary({ rows: 12, rated: 4, failed: 7, blank: 1, warned: 4, failures, warnings: [{ row: 9, message: 'the firm is not an SME' }] }, 'prc-2011')).toBe(
      [
        'sme-navigator: rated 4 of 11 firms under prc-2011; 7 could not be rated; 4 with warnings; 1 blank row kept',
        "  row 2, column 从业人员: employees must be a number ≥ 0, got 'x0'",
        "  row 3, column 从业人员: employees must be a number ≥ 0, got 'x1'",
        "  row 4, column 从业人员: employees must be a number ≥ 0, got 'x2'",
        "  row 5, column 从业人员: employees must be a number ≥ 0, got 'x3'",
        "  row 6, column 从业人员: employees must be a number ≥ 0, got 'x4'",
        '  … and 2 more (see the error column)',
        '  row 9, warning: the firm is not an SME',
        '  … and 3 more rows with warnings',
      ].join('\n'),
    );
  });
});
