import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../input/read-answer.js';
import { constraintIndices, type ConstraintAnswers } from './constraint-index.js';
import { CONSTRAINT_IDS, type ConstraintId } from './constraints.js';

const all = (value: Answer): ConstraintAnswers => Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, value]));

describe('constraint indices (weights: internal 2,3,3,2,2,1,2 = 15; external 2,2,1,1,1,1 = 8)', () => {
  it('all yes: every index is 100 and all 13 bind', () => {
    const a = constraintIndices(all('yes'));
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([100, 100, 100]);
    expect(a.binding).toHaveLength(13);
    expect([a.answered, a.unanswered, a.mostlyUnknown]).toEqual([13, 0, false]);
  });

  it('all no: every index is 0 and nothing binds', () => {
    const a = constraintIndices(all('no'));
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([0, 0, 0]);
    expect(a.binding).toEqual([]);
    expect([a.answered, a.unanswered]).toEqual([13, 0]);
  });

  it('all unknown: no index at all, 13 unanswered, not scored as absent', () => {
    const a = constraintIndices(all('unknown'));
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([null, null, null]);
    expect([a.answered, a.unanswered, a.mostlyUnknown]).toEqual([0, 13, true]);
    expect(constraintIndices({}).unansweredIds).toEqual([...CONSTRAINT_IDS]);
  });

  it('a mixed firm: internal 5/15 → 33, external 2/8 → 25, overall 7/23 → 30', () => {
    const a = constraintIndices({
      ...all('no'),
      no_collateral: 'yes',
      low_transparency: 'yes',
      no_bank_competition: 'yes',
    });
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([33, 25, 30]);
    // Ranked by weight: collateral (3), then transparency and bank competition (2), internal first.
    expect(a.binding.map((b) => b.id)).toEqual(['no_collateral', 'low_transparency', 'no_bank_competition']);
    expect(a.binding[0]).toEqual({
      id: 'no_collateral',
      group: 'internal',
      weight: 3,
      source: 'answer',
      section: '§3.5; A.2 item 9; A.1',
      reason: { code: 'finance.answered', field: 'no_collateral', params: { constraint: 'no_collateral', answer: 'yes' } },
    });
  });

  it('rounds each index on its own: market risk alone binding is 1/15 → 7 internal, 1/23 → 4 overall', () => {
    const a = constraintIndices({ ...all('no'), market_risk: 'yes' });
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([7, 0, 4]);
  });

  it('a group with no answer has no index; the overall is then the other group', () => {
    const a = constraintIndices({ no_collateral: 'yes', low_credit_accountability: 'no' });
    expect([a.internalIndex, a.externalIndex, a.overallIndex]).toEqual([50, null, 50]);
    const b = constraintIndices({ second_tier_perception: 'yes', local_government_interference: 'no' });
    expect([b.internalIndex, b.externalIndex, b.overallIndex]).toEqual([null, 50, 50]);
  });

  it('says "mostly unknown" from 7 of 13 unanswered (more than half), not at 6', () => {
    const answered = (n: number) => Object.fromEntries(CONSTRAINT_IDS.slice(0, n).map((id) => [id, 'no' as Answer]));
    expect(constraintIndices(answered(7)).mostlyUnknown).toBe(false); // 6 unanswered
    expect(constraintIndices(answered(6)).mostlyUnknown).toBe(true); // 7 unanswered
  });

  it('ranks all thirteen: weight first, then the order of CONSTRAINTS (internal before external)', () => {
    expect(constraintIndices(all('yes')).binding.map((b) => b.id)).toEqual([
      'low_credit_accountability',
      'no_collateral',
      'differential_treatment',
      'low_transparency',
      'weak_governance',
      'short_credit_history',
      'no_bank_competition',
      'small_loans_uneconomic',
      'market_risk',
      'thin_capital_markets',
      'incomplete_commodity_markets',
      'second_tier_perception',
      'local_government_interference',
    ]);
  });

  describe('property: one more binding constraint never lowers an index', () => {
    const answers = fc.record(Object.fromEntries(CONSTRAINT_IDS.map((id) => [id, fc.constantFrom<Answer>('yes', 'no', 'unknown')])) as Record<
      ConstraintId,
      fc.Arbitrary<Answer>
    >);
    const keys = ['internalIndex', 'externalIndex', 'overallIndex'] as const;

    it('turning any no or unknown into yes', () => {
      fc.assert(
        fc.property(answers, fc.constantFrom(...CONSTRAINT_IDS), (before, id) => {
          fc.pre(before[id] !== 'yes');
          const a = constraintIndices(before);
          const b = constraintIndices({ ...before, [id]: 'yes' });
          for (const k of keys) {
            const was = a[k];
            const now = b[k];
            if (was !== null) expect(now).not.toBeNull();
            if (was !== null && now !== null) expect(now).toBeGreaterThanOrEqual(was);
          }
          expect(b.binding.length).toBe(a.binding.length + 1);
        }),
        { numRuns: 500 },
      );
    });

    it('indices stay within 0–100 and count answered + unanswered = 13', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const a = constraintIndices(given);
          for (const k of keys) {
            const v = a[k];
            if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
          }
          expect(a.answered + a.unanswered).toBe(13);
        }),
      );
    });
  });
});
