import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { assessFinancing } from './assess-financing.js';
import { creditScorePoints, type CreditScoreInput } from './credit-score.js';

const points = (input: CreditScoreInput) => {
  const r = creditScorePoints(input);
  if (!r.ok) throw new Error(formatIssue(r.reason));
  return r.score.points;
};
const notOffered = (input: CreditScoreInput) => {
  const r = creditScorePoints(input);
  if (r.ok) throw new Error('expected no score');
  return formatIssue(r.reason);
};

// Table: history ≥3 → 20, ≥5 → 35, ≥10 → 50; debt ÷ revenue ≤0.25 → 50, ≤0.5 → 35, ≤1 → 20, above → 0.
describe('credit-score points table (A.3.1 in spirit; not a default probability)', () => {
  it('adds the two rows and shows each line', () => {
    const r = creditScorePoints({ credit_history_years: 3, debt_outstanding: 25, revenue: 100 });
    expect(r.ok && r.score.points).toBe(70);
    expect(r.ok && r.score.max).toBe(100);
    expect(r.ok && r.score.lines.map((l) => formatIssue(l))).toEqual(['credit history of 3 years: 20 points', 'debt outstanding 25 ÷ revenue 100 = 0.25: 50 points']);
  });

  it('history bands at their edges', () => {
    const at = (years: number) => points({ credit_history_years: years, debt_outstanding: 200, revenue: 100 });
    expect([at(3), at(4.99), at(5), at(9.99), at(10), at(40)]).toEqual([20, 20, 35, 35, 50, 50]);
  });

  it('debt-to-revenue bands at their edges', () => {
    const at = (debt: number) => points({ credit_history_years: 3, debt_outstanding: debt, revenue: 100 });
    expect([at(0), at(25), at(25.01), at(50), at(50.01), at(100), at(100.01)]).toEqual([70, 70, 55, 55, 40, 40, 20]);
  });

  it('always states its limits', () => {
    const r = creditScorePoints({ credit_history_years: 12, debt_outstanding: 0, revenue: 1 });
    expect(r.ok && r.score.limits.map((l) => formatIssue(l))).toEqual([
      'illustrative points from a fixed table, not a validated probability of default',
      'short loan terms and missing credit histories limit credit scoring (DP55 A.3.1): no points are given below 3 years of history',
    ]);
  });

  it('is not offered where A.3.1 says scoring does not work, or the data are missing', () => {
    expect(notOffered({ credit_history_years: 2.99, debt_outstanding: 10, revenue: 100 })).toBe('credit-score table not offered: credit history of 2.99 years, under 3');
    expect(notOffered({ debt_outstanding: 10, revenue: 100 })).toBe('credit-score table not offered: credit history not known');
    expect(notOffered({ credit_history_years: 5, revenue: 100 })).toBe('credit-score table not offered: debt outstanding not known');
    expect(notOffered({ credit_history_years: 5, debt_outstanding: 10, revenue: 0 })).toBe(
      'credit-score table not offered: annual revenue above 0 needed (debt is scored against it)',
    );
    expect(notOffered({ credit_history_years: 5, debt_outstanding: 10, revenue: 100, unreliableAccounts: true })).toBe(
      'credit-score table not offered: low accountability of credit binds',
    );
  });

  it('assessFinancing offers it from the row (revenue from the size columns)', () => {
    const r = assessFinancing({ credit_history_years: '6', debt_outstanding: '1,200', revenue: '3,000', audited_accounts: 'yes' });
    // 6 years → 35; 1200 ÷ 3000 = 0.4 → 35.
    expect(r.ok && r.creditScore?.points).toBe(70);
    const unaudited = assessFinancing({ credit_history_years: 6, debt_outstanding: 1200, revenue: 3000, audited_accounts: 'no' });
    expect(unaudited.ok && unaudited.creditScore).toBeUndefined();
    expect(unaudited.ok && unaudited.reasons.map((x) => formatIssue(x))).toContain('credit-score table not offered: low accountability of credit binds');
  });
});
