import { describe, expect, it } from 'vitest';
import type { FirmRow } from '../fields/firm-row.js';
import { formatIssue } from '../messages/format.js';
import { readFinanceRow } from './read-finance-row.js';
import type { ConstraintId } from './constraints.js';

function settled(row: FirmRow, id: ConstraintId) {
  const r = readFinanceRow(row);
  expect(r.errors).toEqual([]);
  const c = r.profile.constraints[id];
  return c === undefined ? undefined : { value: c.value, source: c.source, reason: formatIssue(c.reason) };
}
const warningsOf = (row: FirmRow) => readFinanceRow(row).warnings.map((w) => formatIssue(w));

describe('constraints derived from firm data', () => {
  describe('no credible collateral: collateral_value below loan_need', () => {
    it('just below the need → binds', () => {
      expect(settled({ collateral_value: 499.99, loan_need: 500 }, 'no_collateral')).toEqual({
        value: 'yes',
        source: 'data',
        reason: 'collateral 499.99 is below the loan need of 500',
      });
    });
    it('equal to the need → does not bind', () => {
      expect(settled({ collateral_value: '500', loan_need: 500 }, 'no_collateral')).toEqual({
        value: 'no',
        source: 'data',
        reason: 'collateral 500 covers the loan need of 500',
      });
    });
    it('no collateral and no need → does not bind', () => {
      expect(settled({ collateral_value: 0, loan_need: 0 }, 'no_collateral')?.value).toBe('no');
    });
    it('one of the two missing → not derived, with a warning', () => {
      expect(settled({ collateral_value: 300 }, 'no_collateral')).toBeUndefined();
      expect(warningsOf({ collateral_value: 300 })).toEqual(['no credible collateral not derived: collateral_value given but loan_need missing']);
    });
  });

  describe('short credit history: under three years', () => {
    it('2.99 years → binds', () => {
      expect(settled({ credit_history_years: 2.99 }, 'short_credit_history')).toEqual({
        value: 'yes',
        source: 'data',
        reason: 'credit history of 2.99 years, under 3',
      });
    });
    it('3 years → does not bind', () => {
      expect(settled({ credit_history_years: 3 }, 'short_credit_history')).toEqual({
        value: 'no',
        source: 'data',
        reason: 'credit history of 3 years, 3 or more',
      });
    });
    it('0 years (a new firm) → binds', () => {
      expect(settled({ credit_history_years: 0 }, 'short_credit_history')?.value).toBe('yes');
    });
  });

  describe('low accountability of credit: unaudited accounts', () => {
    it('not audited (否) → binds', () => {
      expect(settled({ audited_accounts: '否' }, 'low_credit_accountability')).toEqual({ value: 'yes', source: 'data', reason: 'accounts not audited' });
    });
    it('audited → does not bind', () => {
      expect(settled({ audited_accounts: 'yes' }, 'low_credit_accountability')).toEqual({ value: 'no', source: 'data', reason: 'accounts audited' });
    });
    it('unknown → not derived', () => {
      expect(settled({ audited_accounts: 'unknown' }, 'low_credit_accountability')).toBeUndefined();
    });
  });

  describe('weak governance: owner-operated with no independent director', () => {
    it('both → binds', () => {
      expect(settled({ owner_operated: '是', independent_director: '否' }, 'weak_governance')).toEqual({
        value: 'yes',
        source: 'data',
        reason: 'owner-operated with no independent director',
      });
    });
    it('never derived as "no": a director, or an owner who does not operate, is no proof of good governance', () => {
      expect(settled({ owner_operated: 'yes', independent_director: 'yes' }, 'weak_governance')).toBeUndefined();
      expect(settled({ owner_operated: 'no', independent_director: 'no' }, 'weak_governance')).toBeUndefined();
      expect(warningsOf({ owner_operated: 'no' })).toEqual([]);
    });
    it('owner-operated with the director blank → a warning asking for it', () => {
      expect(warningsOf({ owner_operated: 'yes' })).toEqual(['weak corporate governance and management not derived: owner_operated given but independent_director missing']);
    });
  });

  describe('a direct answer wins over the data, with a warning when they disagree', () => {
    it('answered no, data say yes', () => {
      const row = { no_collateral: 'no', collateral_value: 300, loan_need: 500 };
      expect(settled(row, 'no_collateral')).toEqual({ value: 'no', source: 'answer', reason: 'no credible collateral: answered no' });
      expect(warningsOf(row)).toEqual([
        'no credible collateral answered no, but the data say yes (collateral 300 is below the loan need of 500); the answer is kept',
      ]);
    });
    it('answered the same as the data: no warning', () => {
      expect(warningsOf({ short_credit_history: 'yes', credit_history_years: 1 })).toEqual([]);
    });
    it('answered unknown: the data decide', () => {
      expect(settled({ short_credit_history: '不知道', credit_history_years: 1 }, 'short_credit_history')?.source).toBe('data');
    });
  });
});
