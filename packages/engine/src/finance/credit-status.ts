import { readAnswer, type Answer } from '../input/read-answer.js';
import { readChoice } from '../input/read-choice.js';
import { readShare } from '../input/read-share.js';
import { issue, type Issue } from '../issue.js';
import {
  CREDIT_STATUSES,
  LOAN_OUTCOME_WORDS,
  NO_APPLY_REASON_WORDS,
  NO_NEED_REASON,
  type CreditStatus,
  type LoanOutcome,
  type NoApplyReason,
} from './credit-survey-items.js';

/** The survey facts, keyed by their firm-row field ids, as typed (words, codes, shares) or already coerced. */
export interface CreditFacts {
  /** k16: applied for a loan or line of credit (yes / no / unknown, 是 / 否). */
  readonly loan_applied?: unknown;
  /** Outcome of the last application: approved, partly approved, rejected, pending. */
  readonly loan_outcome?: unknown;
  /** k17: main reason for not applying, code 1–7 or its words. */
  readonly no_apply_reason?: unknown;
  /** k3/k5: share of working capital or fixed assets financed externally (fraction or percentage). */
  readonly external_finance_share?: unknown;
}

export type CreditStatusResult =
  | { readonly ok: true; readonly status: CreditStatus; readonly path: readonly Issue[] }
  | {
      readonly ok: true;
      readonly status: null;
      /** The classes the known facts still allow, least constrained first. */
      readonly possible: readonly CreditStatus[];
      readonly reason: Issue;
      readonly path: readonly Issue[];
    }
  | { readonly ok: false; readonly errors: readonly Issue[] };

/**
 * Credit-constraint status from survey facts, as standards.md §7 defines it:
 * - fully constrained: no external finance, and (applied and rejected, or did not apply for reasons 2–7);
 * - partially constrained: some external finance, and (rejected, or did not apply for reasons 2–7);
 * - maybe constrained: applied and approved, in full or in part;
 * - not constrained: did not apply because it had no need (reason 1), whatever its external finance.
 * The engine's own decisions where §7 is silent: an approval with no external finance reported is still
 * "maybe" (the loan may not be drawn yet; nothing points to another class); a pending application, or
 * a missing fact the rule needs, gives no status but the classes still possible; a blank loan_applied
 * is read from an outcome (applied) or a reason (did not apply); contradictory facts are errors.
 */
export function creditConstraintStatus(facts: CreditFacts): CreditStatusResult {
  const errors: Issue[] = [];
  const appliedRead = readAnswer(facts.loan_applied, 'loan_applied');
  const outcomeRead = readChoice(facts.loan_outcome, 'loan_outcome', LOAN_OUTCOME_WORDS);
  const reasonRead = readChoice(facts.no_apply_reason, 'no_apply_reason', NO_APPLY_REASON_WORDS);
  const shareRead = readShare(facts.external_finance_share, 'external_finance_share');
  for (const r of [appliedRead, outcomeRead, reasonRead, shareRead]) if (r.kind === 'invalid') errors.push(r.issue);
  if (errors.length > 0) return { ok: false, errors };

  let applied: Answer | undefined = appliedRead.kind === 'answer' && appliedRead.value !== 'unknown' ? appliedRead.value : undefined;
  const outcome: LoanOutcome | undefined = outcomeRead.kind === 'choice' ? outcomeRead.value : undefined;
  const reason: NoApplyReason | undefined = reasonRead.kind === 'choice' ? reasonRead.value : undefined;
  const share: number | undefined = shareRead.kind === 'value' ? shareRead.value : undefined;

  if (applied === 'no' && outcome !== undefined) errors.push(issue('finance.credit.outcome-without-application', { outcome }, 'loan_outcome'));
  if (applied === 'yes' && reason !== undefined) errors.push(issue('finance.credit.reason-with-application', { reason }, 'no_apply_reason'));
  if (applied === undefined && outcome !== undefined && reason !== undefined) errors.push(issue('finance.credit.outcome-and-reason', { outcome, reason }, 'loan_applied'));
  if (errors.length > 0) return { ok: false, errors };

  const path: Issue[] = [];
  if (applied === undefined) {
    if (outcome === undefined && reason === undefined) {
      return { ok: true, status: null, possible: CREDIT_STATUSES, reason: issue('finance.credit.absent', {}, 'loan_applied'), path };
    }
    applied = outcome !== undefined ? 'yes' : 'no';
    path.push(issue('finance.credit.applied-inferred', { applied, from: outcome !== undefined ? 'loan_outcome' : 'no_apply_reason' }, 'loan_applied'));
  } else {
    path.push(issue('finance.credit.applied', { applied }, 'loan_applied'));
  }
  const shareStep = () => (share === undefined ? [] : [issue('finance.credit.external', { share }, 'external_finance_share')]);
  const decided = (status: CreditStatus, steps: Issue[]): CreditStatusResult => ({
    ok: true,
    status,
    path: [...path, ...steps, issue(`finance.credit.rule.${status}`, {})],
  });
  const open = (possible: CreditStatus[], why: Issue, steps: Issue[] = []): CreditStatusResult => ({
    ok: true,
    status: null,
    possible,
    reason: why,
    path: [...path, ...steps],
  });
  // With external finance known, a refused or discouraged firm is fully (none) or partially (some) constrained.
  const constrained = (): CreditStatus[] => (share === undefined ? ['partially-constrained', 'fully-constrained'] : share > 0 ? ['partially-constrained'] : ['fully-constrained']);

  if (applied === 'no') {
    if (reason === undefined) {
      const possible: CreditStatus[] = ['not-constrained', ...constrained()];
      return open(possible, issue('finance.credit.needs', { missing: ['no_apply_reason'], possible }, 'no_apply_reason'), shareStep());
    }
    const reasonStep = issue('finance.credit.reason', { reason }, 'no_apply_reason');
    if (reason === NO_NEED_REASON) return decided('not-constrained', [reasonStep]);
    return settleConstrained(constrained(), [reasonStep]);
  }

  if (outcome === undefined) {
    const possible: CreditStatus[] = ['maybe-constrained', ...constrained()];
    return open(possible, issue('finance.credit.needs', { missing: ['loan_outcome'], possible }, 'loan_outcome'), shareStep());
  }
  const outcomeStep = issue('finance.credit.outcome', { outcome }, 'loan_outcome');
  if (outcome === 'pending') {
    const possible: CreditStatus[] = ['maybe-constrained', ...constrained()];
    return open(possible, issue('finance.credit.pending', { possible }, 'loan_outcome'), [outcomeStep, ...shareStep()]);
  }
  if (outcome === 'approved' || outcome === 'partly-approved') {
    const note = share === 0 ? [issue('finance.credit.approved-unused', {}, 'external_finance_share')] : shareStep();
    return decided('maybe-constrained', [outcomeStep, ...note]);
  }
  return settleConstrained(constrained(), [outcomeStep]);

  function settleConstrained(possible: CreditStatus[], steps: Issue[]): CreditStatusResult {
    const only = possible.length === 1 ? possible[0] : undefined;
    if (only !== undefined) return decided(only, [...steps, ...shareStep()]);
    return open(possible, issue('finance.credit.needs', { missing: ['external_finance_share'], possible }, 'external_finance_share'), steps);
  }
}
