import type { Answer } from '../input/read-answer.js';
import { issue, type Issue, type ParamValue } from '../issue.js';
import type { ConstraintAnswer } from './constraint-index.js';
import type { ConstraintId } from './constraints.js';
import type { FinanceLocation, FinanceStage } from './firm-settings.js';

/** Yes / no facts about the firm that instruments and venture-capital types look at. */
export type YesNoFact = 'equipment_need' | 'buyers_creditworthy' | 'cluster_member' | 'university_link' | 'high_growth' | 'high_tech';

/** Everything the instrument and VC rules read, coerced and settled (constraints answered or derived). */
export interface FinanceProfile {
  readonly constraints: Readonly<Partial<Record<ConstraintId, ConstraintAnswer>>>;
  readonly facts: Readonly<Partial<Record<YesNoFact, Answer>>>;
  readonly stage?: FinanceStage;
  readonly location?: FinanceLocation;
  readonly credit_history_years?: number;
  readonly receivables_share?: number;
  readonly debt_outstanding?: number;
  readonly isSme?: boolean;
}

/** A test on the profile, written as data so that instruments and VC types are data too. */
export type FinanceCondition =
  | { readonly kind: 'binds'; readonly constraint: ConstraintId }
  | { readonly kind: 'fact'; readonly fact: YesNoFact; readonly is: 'yes' | 'no' }
  | { readonly kind: 'stage'; readonly in: readonly FinanceStage[] }
  | { readonly kind: 'location'; readonly in: readonly FinanceLocation[] }
  | { readonly kind: 'history-at-least'; readonly years: number }
  | { readonly kind: 'has-receivables' }
  | { readonly kind: 'debt-known' }
  | { readonly kind: 'sme'; readonly is: boolean }
  | { readonly kind: 'any'; readonly of: readonly FinanceCondition[] };

export type ConditionState = 'met' | 'unmet' | 'unknown';

/** The state, and the fact that decided it as a reason (met), a gap (unmet) or a question (unknown). */
export interface ConditionCheck {
  readonly state: ConditionState;
  readonly issue: Issue;
}

export function checkCondition(c: FinanceCondition, p: FinanceProfile): ConditionCheck {
  switch (c.kind) {
    case 'binds': {
      const v = p.constraints[c.constraint]?.value;
      if (v === 'yes') return { state: 'met', issue: issue('finance.cond.binds', { constraint: c.constraint }, c.constraint) };
      if (v === 'no') return { state: 'unmet', issue: issue('finance.cond.not-binding', { constraint: c.constraint }, c.constraint) };
      return { state: 'unknown', issue: issue('finance.cond.constraint-unknown', { constraint: c.constraint }, c.constraint) };
    }
    case 'fact': {
      const v = p.facts[c.fact];
      if (v === undefined || v === 'unknown') return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: c.fact }, c.fact) };
      return { state: v === c.is ? 'met' : 'unmet', issue: issue('finance.cond.fact', { fact: c.fact, value: v }, c.fact) };
    }
    case 'stage':
      if (p.stage === undefined) return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'stage' }, 'stage') };
      return c.in.includes(p.stage)
        ? { state: 'met', issue: issue('finance.cond.stage-met', { stage: p.stage }, 'stage') }
        : { state: 'unmet', issue: issue('finance.cond.stage-unmet', { stage: p.stage, wanted: c.in }, 'stage') };
    case 'location':
      if (p.location === undefined) return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'location' }, 'location') };
      return c.in.includes(p.location)
        ? { state: 'met', issue: issue('finance.cond.location-met', { location: p.location }, 'location') }
        : { state: 'unmet', issue: issue('finance.cond.location-unmet', { location: p.location, wanted: c.in }, 'location') };
    case 'history-at-least': {
      const years = p.credit_history_years;
      if (years === undefined) return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'credit_history_years' }, 'credit_history_years') };
      const params = { years, min: c.years };
      return years >= c.years
        ? { state: 'met', issue: issue('finance.derived.history-long', params, 'credit_history_years') }
        : { state: 'unmet', issue: issue('finance.derived.history-short', params, 'credit_history_years') };
    }
    case 'has-receivables': {
      const share = p.receivables_share;
      if (share === undefined) return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'receivables_share' }, 'receivables_share') };
      return { state: share > 0 ? 'met' : 'unmet', issue: issue('finance.cond.receivables', { share }, 'receivables_share') };
    }
    case 'debt-known':
      return p.debt_outstanding === undefined
        ? { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'debt_outstanding' }, 'debt_outstanding') }
        : { state: 'met', issue: issue('finance.cond.debt-known', { debt: p.debt_outstanding }, 'debt_outstanding') };
    case 'sme':
      if (p.isSme === undefined) return { state: 'unknown', issue: issue('finance.cond.fact-unknown', { fact: 'sme' }) };
      return { state: p.isSme === c.is ? 'met' : 'unmet', issue: issue('finance.cond.sme', { isSme: p.isSme }) };
    case 'any': {
      const checks = c.of.map((x) => checkCondition(x, p));
      const met = checks.find((x) => x.state === 'met');
      if (met) return met;
      const unknown = checks.find((x) => x.state === 'unknown');
      if (unknown) return unknown;
      return { state: 'unmet', issue: issue('finance.cond.none-of', { gaps: checks.map((x) => nested(x.issue)) }) };
    }
  }
}

/** An issue carried inside another issue's params, rendered through the catalogue. */
export function nested(i: Issue): ParamValue {
  return i.field === undefined ? { code: i.code, params: i.params } : { code: i.code, params: i.params, field: i.field };
}
