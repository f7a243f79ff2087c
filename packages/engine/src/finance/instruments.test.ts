import { describe, expect, it } from 'vitest';
import type { FirmRow } from '../fields/firm-row.js';
import { formatIssue } from '../messages/format.js';
import { assessFinancing, type FinancingAssessment, type FinancingOptions } from './assess-financing.js';
import type { InstrumentId } from './instruments.js';

function assess(row: FirmRow, options: FinancingOptions = {}): FinancingAssessment {
  const r = assessFinancing(row, options);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r;
}
/** Instrument → score, best first. */
const ranked = (r: FinancingAssessment) => r.instruments.map((i) => [i.id, i.score]);
const reasonsOf = (r: FinancingAssessment, id: InstrumentId) => r.instruments.find((i) => i.id === id)?.reasons.map((x) => formatIssue(x));
const whyNot = (r: FinancingAssessment, id: InstrumentId) => {
  const n = r.instrumentsNotFitting.find((i) => i.id === id);
  return n === undefined ? undefined : formatIssue(n.reason);
};

// Points (instruments.ts): the constraint or fact an instrument exists for 2, one it also eases 1.
describe('instruments that fit, ranked, with reasons', () => {
  it('leasing: equipment to buy and no collateral (2 + 2); a guarantee scheme follows on the collateral (2)', () => {
    const r = assess({ equipment_need: 'yes', collateral_value: 100, loan_need: 400 });
    expect(ranked(r)).toEqual([
      ['leasing', 4],
      ['guarantee-scheme', 2],
    ]);
    expect(reasonsOf(r, 'leasing')).toEqual(['needs equipment', 'no credible collateral binds']);
  });

  it('leasing is ruled out when there is no equipment to buy', () => {
    const r = assess({ equipment_need: 'no', no_collateral: 'yes' });
    expect(r.instruments.map((i) => i.id)).toEqual(['guarantee-scheme']);
    expect(whyNot(r, 'leasing')).toBe('leasing does not fit: no equipment to buy');
  });

  it('factoring: creditworthy buyers (2), sales on credit (1), a short history (1)', () => {
    const r = assess({ receivables_share: '30%', buyers_creditworthy: '是', credit_history_years: 1 });
    expect(ranked(r)).toEqual([
      ['factoring', 4],
      ['guarantee-scheme', 1],
    ]);
    expect(reasonsOf(r, 'factoring')).toEqual(['receivables owed by creditworthy buyers', '30 % of sales on credit', 'short credit history binds']);
    // A.3.1: the history is too short for credit scoring.
    expect(whyNot(r, 'credit-scoring')).toBe('credit scoring does not fit: credit history of 1 year, under 3');
  });

  it('factoring is ruled out by buyers who are not creditworthy, or by no sales on credit', () => {
    expect(whyNot(assess({ receivables_share: 0.3, buyers_creditworthy: 'no' }), 'factoring')).toBe('factoring does not fit: buyers not creditworthy');
    expect(whyNot(assess({ receivables_share: 0 }), 'factoring')).toBe('factoring does not fit: no sales on credit');
    expect(whyNot(assess({}), 'factoring')).toBe('factoring not assessed: receivables share not known');
  });

  it('venture capital: technology-intensive (2) at an early stage (1)', () => {
    const r = assess({ high_tech: 'yes', stage: 'early' });
    expect(ranked(r)).toEqual([['venture-capital', 3]]);
    expect(reasonsOf(r, 'venture-capital')).toEqual(['technology-intensive', 'early stage']);
  });

  it('venture capital: high growth and technology (2 + 2), growth stage (1), no collateral (1)', () => {
    const r = assess({ high_tech: 'yes', high_growth: 'yes', stage: 'growth', no_collateral: 'yes' });
    expect(ranked(r)[0]).toEqual(['venture-capital', 6]);
  });

  it('venture capital is ruled out at the mature stage, and not assessed without technology or growth', () => {
    expect(whyNot(assess({ high_tech: 'yes', stage: 'mature' }), 'venture-capital')).toBe('venture capital does not fit: mature stage');
    expect(whyNot(assess({ high_tech: 'no', high_growth: 'no' }), 'venture-capital')).toBe(
      'venture capital does not fit: not technology-intensive and not high growth',
    );
    expect(whyNot(assess({ stage: 'early' }), 'venture-capital')).toBe('venture capital not assessed: technology intensity not known');
  });

  it('relationship banking with the cluster: a member (2) whose opacity it eases (1)', () => {
    const r = assess({ cluster_member: 'yes', low_transparency: 'yes' });
    expect(ranked(r)).toEqual([['cluster-relationship-banking', 3]]);
    expect(reasonsOf(r, 'cluster-relationship-banking')).toEqual(['member of a cluster', 'lack of transparency binds']);
    // The integrator's cluster analysis counts when the row says nothing.
    expect(ranked(assess({ low_transparency: 'yes' }, { clusterMember: true }))).toEqual([['cluster-relationship-banking', 3]]);
    expect(whyNot(assess({ low_transparency: 'yes' }, { clusterMember: false }), 'cluster-relationship-banking')).toBe(
      'relationship banking with the cluster does not fit: not in a cluster',
    );
  });

  it('credit scoring: a long enough history (1) and a known debt (1), with audited accounts', () => {
    const r = assess({ credit_history_years: 6, debt_outstanding: 100, audited_accounts: 'yes' });
    expect(ranked(r)).toEqual([['credit-scoring', 2]]);
    expect(reasonsOf(r, 'credit-scoring')).toEqual(['credit history of 6 years, 3 or more', 'debt outstanding 100 known']);
  });

  it('credit scoring is ruled out on accounts that cannot be trusted', () => {
    expect(whyNot(assess({ credit_history_years: 6, audited_accounts: 'no' }), 'credit-scoring')).toBe(
      'credit scoring does not fit: low accountability of credit binds',
    );
  });

  it('e-finance: small loans not worth a bank’s while (2) and no bank competition (1)', () => {
    const r = assess({ small_loans_uneconomic: 'yes', no_bank_competition: 'yes' });
    expect(ranked(r)).toEqual([
      ['e-finance', 3],
      ['sme-policy-lender', 1],
    ]);
  });

  it('SME policy lender: differential treatment (2) and the second-tier view (1); guarantee scheme on the second-tier view (1)', () => {
    const r = assess({ differential_treatment: 'yes', second_tier_perception: 'yes' }, { isSme: true });
    expect(ranked(r)).toEqual([
      ['sme-policy-lender', 3],
      ['guarantee-scheme', 1],
    ]);
    expect(reasonsOf(r, 'sme-policy-lender')).toEqual(['differential treatment by ownership, region, size or industry binds', 'SMEs seen as second-tier firms binds']);
  });

  it('the SME schemes (guarantees, policy lenders) are ruled out for a large firm', () => {
    const r = assess({ differential_treatment: 'yes', no_collateral: 'yes' }, { sizeClass: 'large' });
    expect(whyNot(r, 'guarantee-scheme')).toBe('credit guarantee scheme does not fit: not an SME');
    expect(whyNot(r, 'sme-policy-lender')).toBe('SME policy lender does not fit: not an SME');
    // Leasing is still open to it: the leased asset stands in for the collateral (equipment need not known).
    expect(ranked(r)).toEqual([['leasing', 2]]);
  });

  it('ties keep the order of INSTRUMENTS', () => {
    // leasing 2 (equipment; collateral does not bind), e-finance 2 (small loans): leasing is listed first.
    const r = assess({ no_collateral: 'no', small_loans_uneconomic: 'yes', equipment_need: 'yes' });
    expect(ranked(r)).toEqual([
      ['leasing', 2],
      ['e-finance', 2],
    ]);
  });

  it('nothing known, nothing fits, and it says so', () => {
    const r = assess({});
    expect(r.instruments).toEqual([]);
    expect(r.reasons.map((x) => formatIssue(x))).toContain(
      'no instrument fits on what is known: answer more constraints or give the instrument facts (equipment need, receivables, cluster membership, technology, growth)',
    );
  });
});
