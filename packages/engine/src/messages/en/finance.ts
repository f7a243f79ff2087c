import type { IssueParams, ParamValue } from '../../issue.js';
import { CONSTRAINTS } from '../../finance/constraints.js';
import { INSTRUMENTS } from '../../finance/instruments.js';
import { VC_TYPES } from '../../finance/vc-types.js';
import type { Catalogue, Entry, Render } from '../catalogue.js';

const years = (r: Render, n: ParamValue | undefined) => `${r.num(n)} ${n === 1 ? 'year' : 'years'}`;
const pct = (share: ParamValue | undefined) => `${Math.round(Number(share) * 1000) / 10} %`;
const constraint = (r: Render, id: ParamValue | undefined) => r.label(`finance.constraint.${id}`);
const instrument = (r: Render, id: ParamValue | undefined) => r.label(`finance.instrument.${id}`);
const status = (r: Render, s: ParamValue | undefined) => r.label(`finance.credit-status.${s}`);
const statuses = (r: Render, list: ParamValue | undefined) => r.alternatives((list as string[]).map((s) => status(r, s)));
const fields = (r: Render, list: ParamValue | undefined) => r.list((list as string[]).map((f) => r.field(f)));
const inner = (r: Render, i: ParamValue | undefined) => {
  const x = i as { code: string; params: IssueParams; field?: string };
  return r.message(x.code, x.params, x.field);
};
const suggest = (p: IssueParams) => (p.suggestion === undefined ? '' : `; did you mean '${p.suggestion}'?`);
const choiceInvalid: Entry = (p, r, f) => `${r.field(f)} must be ${r.alternatives(p.allowed)}, got '${p.got}'${suggest(p)}`;

/** Labels made from the rule data, so that each English text is written once, beside its rule. */
const dataLabels: Record<string, string> = Object.fromEntries([
  ...CONSTRAINTS.flatMap((c) => [
    [`finance.constraint.${c.id}`, c.label],
    [`finance.question.${c.id}`, c.question],
  ]),
  ...INSTRUMENTS.map((i) => [`finance.instrument.${i.id}`, i.label]),
  ...VC_TYPES.map((v) => [`finance.vc.${v.id}`, v.label]),
]);

export const finance: Catalogue = {
  ...dataLabels,

  'finance.group.internal': 'internal',
  'finance.group.external': 'external',

  'finance.credit-status.not-constrained': 'not constrained',
  'finance.credit-status.maybe-constrained': 'maybe constrained',
  'finance.credit-status.partially-constrained': 'partially constrained',
  'finance.credit-status.fully-constrained': 'fully constrained',

  'finance.outcome.approved': 'approved in full',
  'finance.outcome.partly-approved': 'approved in part',
  'finance.outcome.rejected': 'rejected',
  'finance.outcome.pending': 'pending',

  'finance.reason.1': 'no need for a loan (sufficient capital)',
  'finance.reason.2': 'application procedures too complex',
  'finance.reason.3': 'interest rates not favourable',
  'finance.reason.4': 'collateral requirements too high',
  'finance.reason.5': 'loan size or maturity insufficient',
  'finance.reason.6': 'did not think it would be approved',
  'finance.reason.7': 'other reason',

  'finance.stage.early': 'early',
  'finance.stage.growth': 'growth',
  'finance.stage.expansion': 'expansion',
  'finance.stage.mature': 'mature',
  'finance.location.metropolitan': 'major metropolitan area',
  'finance.location.regional': 'regional city',
  'finance.location.local': 'local (county level or below)',

  'finance.fact.equipment_need.yes': 'needs equipment',
  'finance.fact.equipment_need.no': 'no equipment to buy',
  'finance.fact.buyers_creditworthy.yes': 'receivables owed by creditworthy buyers',
  'finance.fact.buyers_creditworthy.no': 'buyers not creditworthy',
  'finance.fact.cluster_member.yes': 'member of a cluster',
  'finance.fact.cluster_member.no': 'not in a cluster',
  'finance.fact.university_link.yes': 'linked to a university',
  'finance.fact.university_link.no': 'no university link',
  'finance.fact.high_growth.yes': 'high growth (over 20 % a year)',
  'finance.fact.high_growth.no': 'not high growth',
  'finance.fact.high_tech.yes': 'technology-intensive',
  'finance.fact.high_tech.no': 'not technology-intensive',

  'finance.fact-name.equipment_need': 'equipment need',
  'finance.fact-name.buyers_creditworthy': 'buyers’ creditworthiness',
  'finance.fact-name.cluster_member': 'cluster membership',
  'finance.fact-name.university_link': 'university link',
  'finance.fact-name.high_growth': 'growth',
  'finance.fact-name.high_tech': 'technology intensity',
  'finance.fact-name.stage': 'stage',
  'finance.fact-name.location': 'location',
  'finance.fact-name.credit_history_years': 'credit history',
  'finance.fact-name.receivables_share': 'receivables share',
  'finance.fact-name.debt_outstanding': 'debt outstanding',
  'finance.fact-name.sme': 'SME status',

  'finance.cell.not-rated': 'not rated',
  'finance.cell.index-partial': (p, r) => `${r.num(p.index)} (${r.num(p.answered)} of ${r.num(p.total)} answered)`,
  'finance.cell.none': 'none',
  'finance.cell.not-known': 'not known',
  'finance.cell.not-determined': 'not determined',

  // Why a constraint binds (or not).
  'finance.answered': (p, r) => `${constraint(r, p.constraint)}: answered ${p.answer}`,
  'finance.derived.collateral-short': (p, r) => `collateral ${r.num(p.collateral)} is below the loan need of ${r.num(p.need)}`,
  'finance.derived.collateral-covers': (p, r) => `collateral ${r.num(p.collateral)} covers the loan need of ${r.num(p.need)}`,
  'finance.derived.history-short': (p, r) => `credit history of ${years(r, p.years)}, under ${r.num(p.min)}`,
  'finance.derived.history-long': (p, r) => `credit history of ${years(r, p.years)}, ${r.num(p.min)} or more`,
  'finance.derived.unaudited': 'accounts not audited',
  'finance.derived.audited': 'accounts audited',
  'finance.derived.owner-no-director': 'owner-operated with no independent director',
  'finance.derivation-incomplete': (p, r) => `${constraint(r, p.constraint)} not derived: ${fields(r, p.given)} given but ${fields(r, p.missing)} missing`,
  'finance.constraint-conflict': (p, r) =>
    `${constraint(r, p.constraint)} answered ${p.answer}, but the data say ${p.derived} (${inner(r, p.because)}); the answer is kept`,
  'finance.cluster-conflict': (p) => `cluster_member is ${p.row} in the row but ${p.option} in the cluster analysis; the row's answer is kept`,
  'finance.not-sme': 'the firm is not an SME: DP55’s constraints and the SME schemes describe SMEs, so read this assessment with care',
  'finance.option-ignored': (p) =>
    p.option === 'sizeClass'
      ? `sizeClass must be micro, small, medium or large, got '${p.got}'; ignored`
      : `${p.option} must be a score from 0 to 100, got ${p.got}; ignored`,
  'finance.revenue-ignored': (p) => `revenue is not a number ≥ 0 ('${p.got}'); the credit-score table is not offered`,

  // The indices.
  'finance.indices': (p, r) => {
    const part = (v: ParamValue | undefined) => (v === null ? r.label('finance.cell.not-rated') : r.num(v));
    return `constraint index ${part(p.overall)} (internal ${part(p.internal)}, external ${part(p.external)}) from ${r.num(p.answered)} of ${r.num(p.total)} constraints answered`;
  },
  'finance.mostly-unknown': (p, r) =>
    `${r.num(p.unanswered)} of ${r.num(p.total)} constraints are unanswered: the indices rest on the ${r.num(Number(p.total) - Number(p.unanswered))} answered and do not count the others as absent`,
  'finance.no-constraint-answered': (p, r) => `none of the ${r.num(p.total)} constraints is answered or derivable from the data: no constraint index`,

  // Instruments and venture capital.
  'finance.no-instrument': 'no instrument fits on what is known: answer more constraints or give the instrument facts (equipment need, receivables, cluster membership, technology, growth)',
  'finance.instrument-excluded': (p, r) => `${instrument(r, p.instrument)} does not fit: ${inner(r, p.because)}`,
  'finance.instrument-not-assessed': (p, r) => `${instrument(r, p.instrument)} not assessed: ${inner(r, p.because)}`,
  'finance.vc-no-inputs': 'venture-capital fit not assessed: stage, location, high_tech, high_growth and university_link are all blank',
  'finance.vc-out-of-reach': (p, r) => `${r.label(`finance.vc.${p.type}`)} out of reach: a criterion it requires is not met`,
  'finance.cond.binds': (p, r) => `${constraint(r, p.constraint)} binds`,
  'finance.cond.not-binding': (p, r) => `${constraint(r, p.constraint)} does not bind`,
  'finance.cond.constraint-unknown': (p, r) => `${constraint(r, p.constraint)} not known`,
  'finance.cond.fact': (p, r) => r.label(`finance.fact.${p.fact}.${p.value}`),
  'finance.cond.fact-unknown': (p, r) => `${r.label(`finance.fact-name.${p.fact}`)} not known`,
  'finance.cond.stage-met': (p, r) => `${r.label(`finance.stage.${p.stage}`)} stage`,
  'finance.cond.stage-unmet': (p, r) =>
    `${r.label(`finance.stage.${p.stage}`)} stage, not ${r.alternatives((p.wanted as string[]).map((s) => r.label(`finance.stage.${s}`)))}`,
  'finance.cond.location-met': (p, r) => r.label(`finance.location.${p.location}`),
  'finance.cond.location-unmet': (p, r) =>
    `${r.label(`finance.location.${p.location}`)}, not ${r.alternatives((p.wanted as string[]).map((s) => r.label(`finance.location.${s}`)))}`,
  'finance.cond.receivables': (p) => (Number(p.share) > 0 ? `${pct(p.share)} of sales on credit` : 'no sales on credit'),
  'finance.cond.debt-known': (p, r) => `debt outstanding ${r.num(p.debt)} known`,
  'finance.cond.sme': (p) => (p.isSme ? 'an SME' : 'not an SME'),
  'finance.cond.none-of': (p, r) => (p.gaps as ParamValue[]).map((g) => inner(r, g)).join(` ${r.label('list.and')} `),

  // The credit-score table.
  'finance.score.not-offered': (p, r) => `credit-score table not offered: ${inner(r, p.because)}`,
  'finance.score.needs-revenue': 'annual revenue above 0 needed (debt is scored against it)',
  'finance.score.history-line': (p, r) => `credit history of ${years(r, p.years)}: ${r.num(p.points)} points`,
  'finance.score.debt-line': (p, r) => `debt outstanding ${r.num(p.debt)} ÷ revenue ${r.num(p.revenue)} = ${r.num(p.ratio)}: ${r.num(p.points)} points`,
  'finance.score.not-a-probability': 'illustrative points from a fixed table, not a validated probability of default',
  'finance.score.history-limit': (p, r) =>
    `short loan terms and missing credit histories limit credit scoring (DP55 A.3.1): no points are given below ${r.num(p.min)} years of history`,

  // Credit-constraint status (standards.md §7).
  'finance.credit.applied': (p) => (p.applied === 'yes' ? 'applied for a loan or line of credit' : 'did not apply for a loan or line of credit'),
  'finance.credit.applied-inferred': (p, r) =>
    `loan_applied blank or unknown: taken as ${p.applied === 'yes' ? 'applied' : 'not applied'}, since ${r.field(String(p.from))} is given`,
  'finance.credit.outcome': (p, r) => `application ${r.label(`finance.outcome.${p.outcome}`)}`,
  'finance.credit.reason': (p, r) => `main reason for not applying: ${p.reason}, ${r.label(`finance.reason.${p.reason}`)}`,
  'finance.credit.external': (p) =>
    Number(p.share) > 0 ? `${pct(p.share)} of working capital or fixed assets financed externally` : 'no working capital or fixed assets financed externally',
  'finance.credit.approved-unused': 'no external finance reported despite the approval (the loan may not be drawn yet)',
  'finance.credit.rule.fully-constrained': 'fully constrained: no external finance, and rejected or discouraged from applying (reasons 2–7)',
  'finance.credit.rule.partially-constrained': 'partially constrained: some external finance, but rejected or discouraged from applying (reasons 2–7)',
  'finance.credit.rule.maybe-constrained': 'maybe constrained: applied and approved, in full or in part',
  'finance.credit.rule.not-constrained': 'not constrained: did not apply because it needed no loan (reason 1)',
  'finance.credit.absent': 'no loan-application facts (loan_applied, loan_outcome, no_apply_reason): credit-constraint status not assessed',
  'finance.credit.needs': (p, r) => `${fields(r, p.missing)} needed to decide the credit-constraint status: the firm could be ${statuses(r, p.possible)}`,
  'finance.credit.pending': (p, r) => `the loan application is pending: the firm could be ${statuses(r, p.possible)}; assess again once it is decided`,

  // Errors.
  'finance.outcome-invalid': choiceInvalid,
  'finance.stage-invalid': choiceInvalid,
  'finance.location-invalid': choiceInvalid,
  'finance.reason-invalid': (p, r, f) => `${r.field(f)} must be a k17 code 1–7 (${r.list(p.allowed)}) or its words, got '${p.got}'${suggest(p)}`,
  'finance.credit.outcome-without-application': (p, r) =>
    `loan_outcome is '${r.label(`finance.outcome.${p.outcome}`)}' but loan_applied is no: a firm that did not apply has no application outcome; correct one of the two`,
  'finance.credit.reason-with-application': (p) =>
    `no_apply_reason is ${p.reason} but loan_applied is yes: a reason for not applying needs a firm that did not apply; correct one of the two`,
  'finance.credit.outcome-and-reason': (p, r) =>
    `loan_outcome ('${r.label(`finance.outcome.${p.outcome}`)}') and no_apply_reason (${p.reason}) are both given and loan_applied is blank: a firm either applied or did not; fill loan_applied and clear the other`,
};
