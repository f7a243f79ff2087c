import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../fields/columns.js';
import { FINANCE_COLUMNS } from '../fields/finance-columns.js';
import type { FirmRow } from '../fields/firm-row.js';
import { SIZE_COLUMNS } from '../fields/size-columns.js';
import type { Issue } from '../issue.js';
import { catalogueOf, formatIssue } from '../messages/format.js';
import { assessFinancing, type FinancingOptions, type FinancingResult } from './assess-financing.js';
import { financingCells } from './cells.js';
import { CONSTRAINTS } from './constraints.js';
import { CREDIT_STATUSES, LOAN_OUTCOMES, NO_APPLY_REASONS } from './credit-survey-items.js';
import { FINANCE_LOCATIONS, FINANCE_STAGES } from './firm-settings.js';
import { INSTRUMENTS } from './instruments.js';
import { VC_TYPES } from './vc-types.js';

/** A row as the CLI builds it: a header row matched to field ids, then the cells. */
function rowFrom(headers: string[], cells: unknown[]): FirmRow {
  const { columns } = matchHeaders(headers, [...SIZE_COLUMNS, ...FINANCE_COLUMNS]);
  return Object.fromEntries([...columns].map(([field, i]) => [field, cells[i]]));
}
const text = (issues: readonly Issue[]) => issues.map((i) => formatIssue(i));

describe('assessFinancing on whole rows', () => {
  it('a firm typed with Chinese headers', () => {
    const row = rowFrom(
      ['企业名称', '申请贷款', '贷款结果', '外部融资比例', '抵押物价值', '贷款需求', '信用记录年限', '经审计', '业主经营', '独立董事', '发展阶段', '高校合作', '所在地', '高新技术企业', '设备需求', '集群成员', '银行竞争不足', '透明度低'],
      ['甲公司', '是', '被拒绝', '40%', 200, 500, 2, '否', '是', '否', '初创期', '是', '地级市', '是', '是', '否', '是', '不知道'],
    );
    const r = assessFinancing(row);
    expect(financingCells(r)).toEqual({
      // Five answered (four derived, one direct), all binding: 10/10 internal, 2/2 external.
      constraint_index: '100 (5 of 13 answered)',
      internal_index: '100',
      external_index: '100',
      binding_constraints: 'low accountability of credit; no credible collateral; weak corporate governance and management; short credit history; failure of bank competition',
      credit_status: 'partially-constrained',
      // leasing 2+2, VC 2+1+1, guarantee 2+1, e-finance 1, policy lender 1.
      instruments: 'leasing; venture capital; credit guarantee scheme; e-finance; SME policy lender',
      // university 4, government 3, corporate 2, foreign 0.
      vc_fit: 'university VC; government VC; corporate VC',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.constraints.unanswered).toBe(8);
    expect(text(r.warnings)).toEqual(['8 of 13 constraints are unanswered: the indices rest on the 5 answered and do not count the others as absent']);
    expect(text(r.reasons)).toEqual([
      'constraint index 100 (internal 100, external 100) from 5 of 13 constraints answered',
      'credit-score table not offered: credit history of 2 years, under 3',
    ]);
    expect(text(r.instrumentsNotFitting.map((n) => n.reason))).toEqual([
      'factoring not assessed: receivables share not known',
      'relationship banking with the cluster does not fit: not in a cluster',
      'credit scoring does not fit: credit history of 2 years, under 3',
    ]);
    expect(r.creditStatus?.status).toBe('partially-constrained');
  });

  it('a fully answered firm that needs no loan', () => {
    const answers = Object.fromEntries(CONSTRAINTS.map((c) => [c.id, 'no']));
    const r = assessFinancing({ ...answers, market_risk: 'yes', thin_capital_markets: '是', loan_applied: 'no', no_apply_reason: 1 });
    expect(financingCells(r)).toEqual({
      // internal 1/15 → 7; external 1/8 = 12.5 → 13; overall 2/23 → 9.
      constraint_index: '9',
      internal_index: '7',
      external_index: '13',
      binding_constraints: 'risk of the firm’s specific market; underdeveloped capital markets',
      credit_status: 'not-constrained',
      instruments: 'none',
      vc_fit: 'not known',
    });
  });

  it('an empty row: nothing scored as absent, everything said', () => {
    const r = assessFinancing({});
    expect(financingCells(r)).toEqual({
      constraint_index: 'not rated',
      internal_index: 'not rated',
      external_index: 'not rated',
      binding_constraints: 'not known',
      credit_status: 'not determined',
      instruments: 'none',
      vc_fit: 'not known',
    });
    if (!r.ok) throw new Error('expected ok');
    expect(text(r.warnings)).toEqual(['none of the 13 constraints is answered or derivable from the data: no constraint index']);
    expect(text(r.reasons)).toEqual([
      'no loan-application facts (loan_applied, loan_outcome, no_apply_reason): credit-constraint status not assessed',
      'no instrument fits on what is known: answer more constraints or give the instrument facts (equipment need, receivables, cluster membership, technology, growth)',
      'venture-capital fit not assessed: stage, location, high_tech, high_growth and university_link are all blank',
    ]);
  });

  it('bad and inconsistent input: every error, with its exact message, and empty cells', () => {
    const r = assessFinancing({
      loan_applied: 'no',
      loan_outcome: 'rejected',
      collateral_value: '-5',
      loan_need: 'lots',
      receivables_share: 'half',
      stage: 'erly',
      location: 'moon',
      no_bank_competition: 'maybe',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(text(r.errors)).toEqual([
      "loan_outcome is 'rejected' but loan_applied is no: a firm that did not apply has no application outcome; correct one of the two",
      'collateral_value must be a number ≥ 0, got -5',
      "loan_need must be a number ≥ 0, got 'lots'",
      "receivables_share must be a share: a fraction 0–1 or a percentage like '30%', got 'half'",
      "stage must be early, growth, expansion or mature, got 'erly'; did you mean 'early'?",
      "location must be metropolitan, regional or local, got 'moon'",
      "no_bank_competition must be yes, no or unknown (是 / 否 / 不知道), got 'maybe'",
    ]);
    expect(r.errors[1]!.field).toBe('collateral_value');
    expect(Object.values(financingCells(r))).toEqual(['', '', '', '', '', '', '']);
  });

  describe('context from the integrator', () => {
    const warn = (row: FirmRow, options: FinancingOptions) => {
      const r = assessFinancing(row, options);
      return r.ok ? text(r.warnings) : [];
    };
    it('out-of-range scores and unknown size classes are ignored, with a warning', () => {
      expect(warn({}, { productScore: 120 })).toContain('productScore must be a score from 0 to 100, got 120; ignored');
      expect(warn({}, { processScore: Number.NaN })).toContain('processScore must be a score from 0 to 100, got NaN; ignored');
      expect(warn({}, { sizeClass: 'huge' })).toContain("sizeClass must be micro, small, medium or large, got 'huge'; ignored");
    });
    it('a large firm is assessed, with a caution', () => {
      expect(warn({}, { sizeClass: 'large' })).toContain('the firm is not an SME: DP55’s constraints and the SME schemes describe SMEs, so read this assessment with care');
      expect(warn({}, { isSme: false, sizeClass: 'small' })).toContain(
        'the firm is not an SME: DP55’s constraints and the SME schemes describe SMEs, so read this assessment with care',
      );
      expect(warn({}, { sizeClass: 'Medium' })).toEqual(['none of the 13 constraints is answered or derivable from the data: no constraint index']);
    });
    it('the row’s cluster answer is kept over the cluster analysis, with a warning', () => {
      expect(warn({ cluster_member: 'no' }, { clusterMember: true })).toContain("cluster_member is no in the row but yes in the cluster analysis; the row's answer is kept");
    });
    it('an unreadable revenue only keeps the credit-score table from being offered', () => {
      const r = assessFinancing({ revenue: 'abc', credit_history_years: 5, debt_outstanding: 10 });
      expect(r.ok).toBe(true);
      expect(r.ok && text(r.warnings)).toContain("revenue is not a number ≥ 0 ('abc'); the credit-score table is not offered");
    });
  });

  it('is deterministic: the same row gives the same result', () => {
    const row = { loan_applied: 'yes', loan_outcome: 'approved', external_finance_share: 0.2, no_collateral: 'yes', stage: 'growth', high_growth: 'yes' };
    expect(assessFinancing(row)).toEqual(assessFinancing(row));
  });
});

describe('every message and label is in the catalogue', () => {
  const en = catalogueOf('en');

  it('labels for every id', () => {
    const keys = [
      ...CONSTRAINTS.flatMap((c) => [`finance.constraint.${c.id}`, `finance.question.${c.id}`]),
      ...INSTRUMENTS.map((i) => `finance.instrument.${i.id}`),
      ...VC_TYPES.map((v) => `finance.vc.${v.id}`),
      ...CREDIT_STATUSES.flatMap((s) => [`finance.credit-status.${s}`, `finance.credit.rule.${s}`]),
      ...LOAN_OUTCOMES.map((o) => `finance.outcome.${o}`),
      ...NO_APPLY_REASONS.map((n) => `finance.reason.${n}`),
      ...FINANCE_STAGES.map((s) => `finance.stage.${s}`),
      ...FINANCE_LOCATIONS.map((l) => `finance.location.${l}`),
    ];
    expect(keys.filter((k) => en[k] === undefined)).toEqual([]);
    expect(en['finance.question.no_collateral']).toBe('Does the firm lack collateral a bank would accept for the loan it needs?');
  });

  it('every issue a varied set of rows produces renders from an entry, nested issues included', () => {
    const rows: FirmRow[] = [
      { loan_applied: 'yes', loan_outcome: 'pending', collateral_value: 1, loan_need: 2, credit_history_years: 7, debt_outstanding: 5, revenue: 10, audited_accounts: 'yes' },
      { loan_outcome: 'approved', external_finance_share: 0, owner_operated: 'yes', stage: 'mature', high_tech: 'yes', location: 'beijing', university_link: 'no' },
      { loan_applied: 'no', no_apply_reason: 'other', receivables_share: 0, buyers_creditworthy: 'no', high_growth: 'no', high_tech: 'no', equipment_need: 'no', collateral_value: 5 },
      { no_collateral: 'no', collateral_value: 1, loan_need: 9, cluster_member: 'yes', ...Object.fromEntries(CONSTRAINTS.map((c) => [c.id, 'yes'])) },
      { loan_applied: 'maybe', stage: 'erly' },
    ];
    const issues: Issue[] = [];
    const collect = (r: FinancingResult) => {
      if (!r.ok) return issues.push(...r.errors, ...r.warnings);
      issues.push(...r.reasons, ...r.warnings, ...(r.creditStatus?.path ?? []), ...r.constraints.binding.map((b) => b.reason));
      for (const i of r.instruments) issues.push(...i.reasons);
      issues.push(...r.instrumentsNotFitting.map((n) => n.reason));
      for (const v of r.vcFit) issues.push(...v.reasons, ...v.gaps);
      if (r.creditScore) issues.push(...r.creditScore.lines, ...r.creditScore.limits);
      return issues.length;
    };
    for (const row of rows) collect(assessFinancing(row, { sizeClass: 'large' }));
    const codes = new Set<string>();
    const walk = (i: { code: string; params: Record<string, unknown> }) => {
      codes.add(i.code);
      for (const v of Object.values(i.params)) {
        if (v && typeof v === 'object' && 'code' in v) walk(v as { code: string; params: Record<string, unknown> });
        if (Array.isArray(v)) for (const x of v) if (x && typeof x === 'object' && 'code' in x) walk(x as { code: string; params: Record<string, unknown> });
      }
    };
    issues.forEach(walk);
    expect([...codes].filter((c) => en[c] === undefined)).toEqual([]);
    expect(codes.size).toBeGreaterThan(30);
    for (const i of issues) expect(formatIssue(i)).not.toMatch(/finance\.[a-z-]+\.|undefined|\[object/);
  });
});
