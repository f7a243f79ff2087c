import type { FirmRow } from '../fields/firm-row.js';
import { readAnswer, type Answer } from '../input/read-answer.js';
import { readChoice } from '../input/read-choice.js';
import { readNonNegative } from '../input/read-number.js';
import { readShare } from '../input/read-share.js';
import { issue, type Issue } from '../issue.js';
import type { ConstraintAnswer } from './constraint-index.js';
import { CONSTRAINTS, type ConstraintId } from './constraints.js';
import { nested, type FinanceProfile, type YesNoFact } from './conditions.js';
import { DERIVATIONS, incompleteDerivation, type DerivationFacts } from './derived-constraints.js';
import { LOCATION_WORDS, STAGE_WORDS } from './firm-settings.js';

/** Context computed elsewhere (size, capability, cluster); every rule still works from the row alone. */
export interface FinancingOptions {
  /** From the size classification; otherwise read from sizeClass. */
  readonly isSme?: boolean;
  /** `micro`, `small`, `medium` or `large`. */
  readonly sizeClass?: string;
  /** Product capability, 0–100; ≥ HIGH_PRODUCT_SCORE counts as technology-intensive when `high_tech` is blank. */
  readonly productScore?: number;
  /** Process capability, 0–100; accepted for the integrator's convenience, read by no financing rule. */
  readonly processScore?: number;
  /** From the cluster analysis; used when the row's `cluster_member` is blank or unknown. */
  readonly clusterMember?: boolean;
}

/** The high/low split of Figure 1, on a 0–100 capability score. */
export const HIGH_PRODUCT_SCORE = 50;

export interface FinanceRowReading {
  readonly profile: FinanceProfile;
  readonly revenue?: number;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

const YES_NO_COLUMNS = ['equipment_need', 'buyers_creditworthy', 'cluster_member', 'university_link', 'high_growth', 'high_tech'] as const satisfies readonly YesNoFact[];

/** Reads every financing field of a row; invalid values are errors, quoting what was typed. */
export function readFinanceRow(row: FirmRow, options: FinancingOptions = {}): FinanceRowReading {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];

  const answer = (field: string): Answer | undefined => {
    const r = readAnswer(row[field], field);
    if (r.kind === 'invalid') errors.push(r.issue);
    return r.kind === 'answer' ? r.value : undefined;
  };
  const amount = (field: string): number | undefined => {
    const r = readNonNegative(row[field], field);
    if (r.kind === 'invalid') errors.push(r.issue);
    return r.kind === 'value' ? r.value : undefined;
  };

  const derivationFacts: DerivationFacts = {
    collateral_value: amount('collateral_value'),
    loan_need: amount('loan_need'),
    credit_history_years: amount('credit_history_years'),
    audited_accounts: answer('audited_accounts'),
    owner_operated: answer('owner_operated'),
    independent_director: answer('independent_director'),
  };
  const debt = amount('debt_outstanding');
  const receivables = readShare(row.receivables_share, 'receivables_share');
  if (receivables.kind === 'invalid') errors.push(receivables.issue);
  const stage = readChoice(row.stage, 'stage', STAGE_WORDS);
  if (stage.kind === 'invalid') errors.push(stage.issue);
  const location = readChoice(row.location, 'location', LOCATION_WORDS);
  if (location.kind === 'invalid') errors.push(location.issue);

  // Revenue belongs to the size columns; a bad value there is reported by the size rating, so here it
  // only keeps the credit-score table from being offered.
  const revenueRead = readNonNegative(row.revenue, 'revenue');
  if (revenueRead.kind === 'invalid') warnings.push(issue('finance.revenue-ignored', { got: String(row.revenue) }, 'revenue'));

  const facts: Partial<Record<YesNoFact, Answer>> = {};
  for (const f of YES_NO_COLUMNS) {
    const v = answer(f);
    if (v !== undefined) facts[f] = v;
  }

  const constraints: Partial<Record<ConstraintId, ConstraintAnswer>> = {};
  for (const c of CONSTRAINTS) {
    const v = answer(c.id);
    if (v !== undefined) constraints[c.id] = { value: v, source: 'answer', reason: issue('finance.answered', { constraint: c.id, answer: v }, c.id) };
  }
  if (errors.length > 0) return { profile: { constraints: {}, facts: {} }, errors, warnings };

  for (const d of DERIVATIONS) {
    const derived = d.derive(derivationFacts);
    const given = constraints[d.constraint];
    if (derived === undefined) {
      const incomplete = given === undefined || given.value === 'unknown' ? incompleteDerivation(d, derivationFacts) : undefined;
      if (incomplete) warnings.push(incomplete);
      continue;
    }
    if (given === undefined || given.value === 'unknown') {
      constraints[d.constraint] = { value: derived.value, source: 'data', reason: derived.reason };
    } else if (given.value !== derived.value) {
      // The analyst may know what the figures miss (a guarantor, a pledged deposit): the answer stands.
      warnings.push(issue('finance.constraint-conflict', { constraint: d.constraint, answer: given.value, derived: derived.value, because: nested(derived.reason) }, d.constraint));
    }
  }

  const isSme = smeFromOptions(options, warnings);
  if (isSme === false) warnings.push(issue('finance.not-sme', {}));
  if (options.productScore !== undefined) {
    const fromScore = techFromScore(options.productScore, warnings);
    if (fromScore !== undefined && (facts.high_tech === undefined || facts.high_tech === 'unknown')) facts.high_tech = fromScore;
  }
  if (options.processScore !== undefined) checkScore('processScore', options.processScore, warnings);
  if (options.clusterMember !== undefined) {
    const fromOption: Answer = options.clusterMember ? 'yes' : 'no';
    if (facts.cluster_member === undefined || facts.cluster_member === 'unknown') facts.cluster_member = fromOption;
    else if (facts.cluster_member !== fromOption) warnings.push(issue('finance.cluster-conflict', { row: facts.cluster_member, option: fromOption }, 'cluster_member'));
  }

  const profile: FinanceProfile = {
    constraints,
    facts,
    ...(stage.kind === 'choice' ? { stage: stage.value } : {}),
    ...(location.kind === 'choice' ? { location: location.value } : {}),
    ...(derivationFacts.credit_history_years === undefined ? {} : { credit_history_years: derivationFacts.credit_history_years }),
    ...(receivables.kind === 'value' ? { receivables_share: receivables.value } : {}),
    ...(debt === undefined ? {} : { debt_outstanding: debt }),
    ...(isSme === undefined ? {} : { isSme }),
  };
  return { profile, ...(revenueRead.kind === 'value' ? { revenue: revenueRead.value } : {}), errors, warnings };
}

const SIZE_CLASSES: Readonly<Record<string, boolean>> = { micro: true, small: true, medium: true, large: false };

function smeFromOptions(options: FinancingOptions, warnings: Issue[]): boolean | undefined {
  if (options.isSme !== undefined) return options.isSme;
  if (options.sizeClass === undefined) return undefined;
  const isSme = SIZE_CLASSES[options.sizeClass.trim().toLowerCase()];
  if (isSme === undefined) warnings.push(issue('finance.option-ignored', { option: 'sizeClass', got: options.sizeClass }));
  return isSme;
}

function checkScore(option: string, score: number, warnings: Issue[]): boolean {
  if (Number.isFinite(score) && score >= 0 && score <= 100) return true;
  warnings.push(issue('finance.option-ignored', { option, got: String(score) }));
  return false;
}

function techFromScore(score: number | undefined, warnings: Issue[]): Answer | undefined {
  if (score === undefined || !checkScore('productScore', score, warnings)) return undefined;
  return score >= HIGH_PRODUCT_SCORE ? 'yes' : 'no';
}
