import { describe, expect, it } from 'vitest';
import { assessCluster } from './assess-cluster.js';
import { clusterFinance, clusterReportHeading, clusterReportTables } from './report-tables.js';

/** Three firms: a large lead firm and two small suppliers; financing facts for two of them. */
const ROWS = [
  { firm: 'A', sector: 'industry', employees: 1500, revenue: 50000, lead_firm: 'yes', cooperates_with: 'B', linked_agents: 'university', government_role: 'coordination', product_capability: 'high', process_capability: 'high', export_share: 0.6, loan_applied: 'yes', loan_outcome: 'approved', external_finance_share: 0.4, audited_accounts: 'yes' },
  { firm: 'B', sector: 'industry', employees: 50, revenue: 500, supplies_to: 'A', product_capability: 'low', process_capability: 'high', export_share: 0.1, loan_applied: 'no', no_apply_reason: 4, external_finance_share: 0, audited_accounts: 'no', collateral_value: 10, loan_need: 100 },
  { firm: 'C', sector: 'industry', employees: 30, revenue: 400, supplies_to: 'A', product_capability: 'low', process_capability: 'low' },
];

describe('clusterReportTables', () => {
  const report = assessCluster(ROWS, { standard: 'prc-2017' });
  if (!report.ok) throw new Error('expected a report');
  const finance = clusterFinance(ROWS, { standard: 'prc-2017' });

  it('counts financing: binding constraints and credit statuses of the firms with financing columns', () => {
    expect(finance.assessed).toBe(2);
    // A: audited → low accountability "no"; B: not audited → "yes", collateral 10 < need 100 → no collateral "yes".
    expect(finance.constraints.find((c) => c.id === 'low_credit_accountability')).toEqual({ id: 'low_credit_accountability', group: 'internal', binding: 1, answered: 2 });
    expect(finance.constraints.find((c) => c.id === 'no_collateral')).toEqual({ id: 'no_collateral', group: 'internal', binding: 1, answered: 1 });
    // A applied, approved, 40 % external → maybe; B did not apply for reason 4 with no external finance → fully (standards.md §7).
    expect(finance.statuses).toEqual({ 'not-constrained': 0, 'maybe-constrained': 1, 'partially-constrained': 0, 'fully-constrained': 1, 'not-determined': 0 });
  });

  it('lays the report out as titled tables, in English', () => {
    const tables = clusterReportTables(report, finance, 'en');
    expect(tables.map((t) => t.id)).toEqual(['size', 'missing-middle', 'modes', 'combined-modes', 'constraints', 'credit-status', 'cluster-type', 'levers']);
    const size = tables[0]!;
    expect(size.title).toBe('Size distribution under prc-2017 (money in 10k yuan): 3 of 3 firms sized');
    // A: 1,500 persons and 50,000 ≥ 1,000 / 40,000 → large; B: 50 persons, 500 → small; C: 30, 400 → small.
    expect(size.rows).toEqual([
      ['micro', 0, 0],
      ['small', 2, 0.667],
      ['medium', 0, 0],
      ['large', 1, 0.333],
    ]);
    expect(tables[2]!.rows).toEqual([
      ['fast-follower innovation mode', 'cluster strategy', 1, 0.333],
      ['process-capability pioneering mode', 'niche strategy', 1, 0.333],
      ['product-technology pioneering mode', 'niche strategy', 0, 0],
      ['applications-specialist mode', 'free-riding strategy', 1, 0.333],
    ]);
    expect(tables[5]!.rows[1]).toEqual(['maybe constrained', 1, 0.5]);
  });

  it('speaks Chinese when asked', () => {
    const tables = clusterReportTables(report, finance, 'zh-CN');
    expect(tables[0]!.title).toBe('规模分布（按 prc-2017 标准，金额单位：万元）：3家企业中已划型3家');
    expect(tables[0]!.header).toEqual(['规模类型', '企业数', '占比']);
    expect(clusterReportHeading('zh-CN')).toEqual(['SME Navigator 集群报告', '评定规则版本：1.0.0', '本文件生成时无法绘制图表，图表以对应的数据表代替。']);
  });
});
