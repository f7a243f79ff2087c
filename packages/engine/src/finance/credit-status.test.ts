import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from '../messages/format.js';
import { creditConstraintStatus, type CreditFacts } from './credit-status.js';

/** The status, or the list of classes still possible. */
function decide(facts: CreditFacts) {
  const r = creditConstraintStatus(facts);
  if (!r.ok) throw new Error(`unexpected errors: ${formatIssues(r.errors)}`);
  return r;
}
function errorsOf(facts: CreditFacts): string[] {
  const r = creditConstraintStatus(facts);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => formatIssue(e));
}

describe('credit-constraint status (standards.md §7)', () => {
  describe('fully constrained: no external finance, and rejected or discouraged', () => {
    it('applied, rejected, nothing financed externally', () => {
      const r = decide({ loan_applied: 'yes', loan_outcome: 'rejected', external_finance_share: 0 });
      expect(r.status).toBe('fully-constrained');
      expect(r.path.map((i) => formatIssue(i))).toEqual([
        'applied for a loan or line of credit',
        'application rejected',
        'no working capital or fixed assets financed externally',
        'fully constrained: no external finance, and rejected or discouraged from applying (reasons 2–7)',
      ]);
    });

    it.each([2, 3, 4, 5, 6, 7])('did not apply for reason %i, nothing financed externally', (reason) => {
      expect(decide({ loan_applied: 'no', no_apply_reason: reason, external_finance_share: '0%' }).status).toBe('fully-constrained');
    });

    it('reads the reason from its words, in English or Chinese', () => {
      const r = decide({ loan_applied: '否', no_apply_reason: '抵押要求高', external_finance_share: 0 });
      expect(r.status).toBe('fully-constrained');
      expect(formatIssue(r.path[1]!)).toBe('main reason for not applying: 4, collateral requirements too high');
      expect(decide({ loan_applied: 'no', no_apply_reason: 'Complex procedures', external_finance_share: 0 }).status).toBe('fully-constrained');
    });
  });

  describe('partially constrained: some external finance, but rejected or discouraged', () => {
    it('applied, rejected, 40 % financed externally', () => {
      const r = decide({ loan_applied: 'yes', loan_outcome: '被拒绝', external_finance_share: '40%' });
      expect(r.status).toBe('partially-constrained');
      expect(r.path.map((i) => formatIssue(i))).toEqual([
        'applied for a loan or line of credit',
        'application rejected',
        '40 % of working capital or fixed assets financed externally',
        'partially constrained: some external finance, but rejected or discouraged from applying (reasons 2–7)',
      ]);
    });

    it('did not apply for reason 6, 25 % financed externally (a fraction)', () => {
      expect(decide({ loan_applied: 'no', no_apply_reason: '6', external_finance_share: 0.25 }).status).toBe('partially-constrained');
    });
  });

  describe('maybe constrained: applied and approved, in full or in part', () => {
    it('approved in full, with external finance', () => {
      const r = decide({ loan_applied: 'yes', loan_outcome: 'approved', external_finance_share: 0.5 });
      expect(r.status).toBe('maybe-constrained');
      expect(r.path.map((i) => formatIssue(i))).toEqual([
        'applied for a loan or line of credit',
        'application approved in full',
        '50 % of working capital or fixed assets financed externally',
        'maybe constrained: applied and approved, in full or in part',
      ]);
    });

    it('approved in part (部分批准)', () => {
      expect(decide({ loan_applied: 'yes', loan_outcome: '部分批准', external_finance_share: 0.1 }).status).toBe('maybe-constrained');
    });

    it('approved with no external finance reported: still maybe, and says why', () => {
      const r = decide({ loan_applied: 'yes', loan_outcome: 'partly approved', external_finance_share: 0 });
      expect(r.status).toBe('maybe-constrained');
      expect(formatIssue(r.path[2]!)).toBe('no external finance reported despite the approval (the loan may not be drawn yet)');
    });

    it('approved with the share blank: the approval decides alone', () => {
      expect(decide({ loan_applied: 'yes', loan_outcome: 'approved' }).status).toBe('maybe-constrained');
    });
  });

  describe('not constrained: did not apply because it had no need', () => {
    it('reason 1, whatever its external finance', () => {
      const r = decide({ loan_applied: 'no', no_apply_reason: 1, external_finance_share: 0.3 });
      expect(r.status).toBe('not-constrained');
      expect(r.path.map((i) => formatIssue(i))).toEqual([
        'did not apply for a loan or line of credit',
        'main reason for not applying: 1, no need for a loan (sufficient capital)',
        'not constrained: did not apply because it needed no loan (reason 1)',
      ]);
      expect(decide({ loan_applied: 'no', no_apply_reason: 'sufficient capital' }).status).toBe('not-constrained');
    });
  });

  describe('a blank loan_applied is read from the other facts', () => {
    it('an outcome means the firm applied', () => {
      const r = decide({ loan_outcome: 'rejected', external_finance_share: 0 });
      expect(r.status).toBe('fully-constrained');
      expect(formatIssue(r.path[0]!)).toBe('loan_applied blank or unknown: taken as applied, since loan_outcome is given');
    });

    it('a reason for not applying means it did not', () => {
      const r = decide({ loan_applied: 'unknown', no_apply_reason: 1 });
      expect(r.status).toBe('not-constrained');
      expect(formatIssue(r.path[0]!)).toBe('loan_applied blank or unknown: taken as not applied, since no_apply_reason is given');
    });
  });

  describe('undecided: no status, and the classes still possible', () => {
    const open = (facts: CreditFacts) => {
      const r = decide(facts);
      if (r.status !== null) throw new Error(`expected no status, got ${r.status}`);
      return { possible: r.possible, reason: formatIssue(r.reason) };
    };

    it('no survey facts at all', () => {
      expect(open({})).toEqual({
        possible: ['not-constrained', 'maybe-constrained', 'partially-constrained', 'fully-constrained'],
        reason: 'no loan-application facts (loan_applied, loan_outcome, no_apply_reason): credit-constraint status not assessed',
      });
      expect(open({ loan_applied: '不知道', external_finance_share: 0.2 }).reason).toBe(
        'no loan-application facts (loan_applied, loan_outcome, no_apply_reason): credit-constraint status not assessed',
      );
    });

    it('a pending application, with and without external finance', () => {
      expect(open({ loan_applied: 'yes', loan_outcome: 'pending', external_finance_share: 0.2 })).toEqual({
        possible: ['maybe-constrained', 'partially-constrained'],
        reason: 'the loan application is pending: the firm could be maybe constrained or partially constrained; assess again once it is decided',
      });
      expect(open({ loan_applied: 'yes', loan_outcome: '审批中', external_finance_share: 0 }).possible).toEqual(['maybe-constrained', 'fully-constrained']);
      expect(open({ loan_applied: 'yes', loan_outcome: 'pending' }).possible).toEqual(['maybe-constrained', 'partially-constrained', 'fully-constrained']);
    });

    it('rejected or discouraged, with the share blank', () => {
      const expected = {
        possible: ['partially-constrained', 'fully-constrained'],
        reason: 'external_finance_share needed to decide the credit-constraint status: the firm could be partially constrained or fully constrained',
      };
      expect(open({ loan_applied: 'yes', loan_outcome: 'rejected' })).toEqual(expected);
      expect(open({ loan_applied: 'no', no_apply_reason: 3 })).toEqual(expected);
    });

    it('applied, outcome blank', () => {
      expect(open({ loan_applied: 'yes', external_finance_share: 0 })).toEqual({
        possible: ['maybe-constrained', 'fully-constrained'],
        reason: 'loan_outcome needed to decide the credit-constraint status: the firm could be maybe constrained or fully constrained',
      });
    });

    it('did not apply, reason blank', () => {
      expect(open({ loan_applied: 'no', external_finance_share: 0.6 })).toEqual({
        possible: ['not-constrained', 'partially-constrained'],
        reason: 'no_apply_reason needed to decide the credit-constraint status: the firm could be not constrained or partially constrained',
      });
      expect(open({ loan_applied: 'no' }).possible).toEqual(['not-constrained', 'partially-constrained', 'fully-constrained']);
    });
  });

  describe('inconsistent or bad facts are errors', () => {
    it('rejected but never applied', () => {
      expect(errorsOf({ loan_applied: 'no', loan_outcome: 'rejected', external_finance_share: 0 })).toEqual([
        "loan_outcome is 'rejected' but loan_applied is no: a firm that did not apply has no application outcome; correct one of the two",
      ]);
    });

    it('a reason for not applying from a firm that applied', () => {
      expect(errorsOf({ loan_applied: '是', no_apply_reason: 4 })).toEqual([
        'no_apply_reason is 4 but loan_applied is yes: a reason for not applying needs a firm that did not apply; correct one of the two',
      ]);
    });

    it('both an outcome and a reason with loan_applied blank', () => {
      expect(errorsOf({ loan_outcome: 'approved', no_apply_reason: 2 })).toEqual([
        "loan_outcome ('approved in full') and no_apply_reason (2) are both given and loan_applied is blank: a firm either applied or did not; fill loan_applied and clear the other",
      ]);
    });

    it('words it does not know, quoting them, with a suggestion for a typo', () => {
      expect(errorsOf({ loan_applied: 'maybe', loan_outcome: 'aproved', no_apply_reason: 9, external_finance_share: '140%' })).toEqual([
        "loan_applied must be yes, no or unknown (是 / 否 / 不知道), got 'maybe'",
        "loan_outcome must be approved, partly approved, rejected or pending, got 'aproved'; did you mean 'approved'?",
        "no_apply_reason must be a k17 code 1–7 (1 no need, 2 complex procedures, 3 interest rates, 4 collateral, 5 loan size or maturity, 6 not expected to be approved, 7 other) or its words, got '9'",
        'external_finance_share must be between 0 % and 100 %, got 140%',
      ]);
    });
  });
});

describe('property: a decided status always agrees with the facts §7 names for it', () => {
  it('holds for every combination of answers', () => {
    const facts = fc.record(
      {
        loan_applied: fc.constantFrom('yes', 'no', 'unknown', undefined),
        loan_outcome: fc.constantFrom('approved', 'partly approved', 'rejected', 'pending', undefined),
        no_apply_reason: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, undefined),
        external_finance_share: fc.constantFrom(0, 0.01, 0.5, 1, undefined),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(facts, (f) => {
        const r = creditConstraintStatus(f);
        if (!r.ok || r.status === null) return;
        const share = f.external_finance_share;
        const discouraged = f.no_apply_reason !== undefined && f.no_apply_reason !== 1;
        if (r.status === 'not-constrained') expect(f.no_apply_reason).toBe(1);
        if (r.status === 'maybe-constrained') expect(['approved', 'partly approved']).toContain(f.loan_outcome);
        if (r.status === 'fully-constrained') expect(share === 0 && (f.loan_outcome === 'rejected' || discouraged)).toBe(true);
        if (r.status === 'partially-constrained') expect(share !== undefined && share > 0 && (f.loan_outcome === 'rejected' || discouraged)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
