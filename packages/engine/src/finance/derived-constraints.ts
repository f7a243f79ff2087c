import type { Answer } from '../input/read-answer.js';
import { issue, type Issue } from '../issue.js';
import type { ConstraintId } from './constraints.js';

/**
 * A credit history shorter than this (years) is "short": A.3.1 says short histories limit credit
 * scoring, and §3.5 (after Berger & Udell 1995) that younger firms with shorter banking relationships
 * face more information asymmetry. Three years is the engine's cut: it is also the span most lenders
 * ask for in audited statements. Used by the derived constraint and by credit scoring alike.
 */
export const SHORT_HISTORY_YEARS = 3;

/** Firm facts the derivations read (already coerced). */
export interface DerivationFacts {
  readonly collateral_value?: number;
  readonly loan_need?: number;
  readonly credit_history_years?: number;
  readonly audited_accounts?: Answer;
  readonly owner_operated?: Answer;
  readonly independent_director?: Answer;
}

export interface Derived {
  readonly value: Exclude<Answer, 'unknown'>;
  /** Why, as data: the facts and the rule. */
  readonly reason: Issue;
}

export interface ConstraintDerivation {
  readonly constraint: ConstraintId;
  /** The rule in words, for the docs and for anyone reading the data. */
  readonly rule: string;
  readonly source: string;
  /** Fields the rule reads; when only some are given, the rule says so rather than guessing. */
  readonly reads: readonly (keyof DerivationFacts)[];
  readonly derive: (f: DerivationFacts) => Derived | undefined;
}

/**
 * Constraints answered from firm data where the rule is honest. Each gives "yes" only on direct
 * evidence, and "no" only where the converse is equally direct (collateral that covers the need, a
 * history of three years or more, audited accounts). Owner-operation with a board check is not taken
 * as proof of good governance, so governance is never derived as "no".
 */
export const DERIVATIONS: readonly ConstraintDerivation[] = [
  {
    constraint: 'no_collateral',
    rule: 'collateral_value < loan_need → yes; collateral_value ≥ loan_need → no',
    source: 'A.2 item 9; A.1',
    reads: ['collateral_value', 'loan_need'],
    derive: (f) => {
      if (f.collateral_value === undefined || f.loan_need === undefined) return undefined;
      const params = { collateral: f.collateral_value, need: f.loan_need };
      return f.collateral_value < f.loan_need
        ? { value: 'yes', reason: issue('finance.derived.collateral-short', params, 'collateral_value') }
        : { value: 'no', reason: issue('finance.derived.collateral-covers', params, 'collateral_value') };
    },
  },
  {
    constraint: 'short_credit_history',
    rule: `credit_history_years < ${SHORT_HISTORY_YEARS} → yes; ≥ ${SHORT_HISTORY_YEARS} → no`,
    source: '§3.5; A.3.1',
    reads: ['credit_history_years'],
    derive: (f) => {
      if (f.credit_history_years === undefined) return undefined;
      const params = { years: f.credit_history_years, min: SHORT_HISTORY_YEARS };
      return f.credit_history_years < SHORT_HISTORY_YEARS
        ? { value: 'yes', reason: issue('finance.derived.history-short', params, 'credit_history_years') }
        : { value: 'no', reason: issue('finance.derived.history-long', params, 'credit_history_years') };
    },
  },
  {
    constraint: 'low_credit_accountability',
    rule: 'audited_accounts = no → yes; audited_accounts = yes → no',
    source: 'A.2 item 8',
    reads: ['audited_accounts'],
    derive: (f) => {
      // An external audit is the check a lender accepts against false bookkeeping.
      if (f.audited_accounts === 'no') return { value: 'yes', reason: issue('finance.derived.unaudited', {}, 'audited_accounts') };
      if (f.audited_accounts === 'yes') return { value: 'no', reason: issue('finance.derived.audited', {}, 'audited_accounts') };
      return undefined;
    },
  },
  {
    constraint: 'weak_governance',
    rule: 'owner_operated = yes and independent_director = no → yes (never derived as no)',
    source: 'A.2 items 10 and 11',
    reads: ['owner_operated', 'independent_director'],
    derive: (f) =>
      f.owner_operated === 'yes' && f.independent_director === 'no'
        ? { value: 'yes', reason: issue('finance.derived.owner-no-director', {}, 'owner_operated') }
        : undefined,
  },
];

/** A rule that had some of its fields but not all, so derived nothing: worth a warning. */
export function incompleteDerivation(d: ConstraintDerivation, f: DerivationFacts): Issue | undefined {
  const given = d.reads.filter((k) => f[k] !== undefined && f[k] !== 'unknown');
  const missing = d.reads.filter((k) => f[k] === undefined || f[k] === 'unknown');
  if (given.length === 0 || missing.length === 0) return undefined;
  // Governance: an owner who is not the operator, or a firm with an independent director, is simply not
  // evidence of weak governance; only the one half that could complete the rule is worth asking for.
  if (d.constraint === 'weak_governance' && (f.owner_operated === 'no' || f.independent_director === 'yes')) return undefined;
  return issue('finance.derivation-incomplete', { constraint: d.constraint, given, missing }, missing[0]);
}
