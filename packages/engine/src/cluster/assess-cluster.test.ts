import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import type { FirmRow } from '../fields/firm-row.js';
import { assessCluster, type ClusterAssessment, type ClusterOptions } from './assess-cluster.js';
import { formatClusterReport } from './format-report.js';

// PRC 2017, industry: large ≥ 1000 persons and ≥ 40000 (10k yuan); medium ≥ 300 and ≥ 2000; small ≥ 20 and ≥ 300; else micro.
const ROWS: FirmRow[] = [
  { firm: 'Alpha', lead_firm: 'yes', sector: 'industry', employees: 1200, revenue: 50000, product_capability: 'high', process_capability: 'high', export_share: '60%', cooperates_with: 'Beta', linked_agents: 'university; bank' },
  { firm: 'Beta', sector: 'industry', employees: 50, revenue: 1000, product_capability: 'low', process_capability: 'high', export_share: 0.7, supplies_to: 'Alpha' },
  { firm: 'Gamma', sector: 'industry', employees: 30, revenue: 500, product_capability: 'low', process_capability: 'low', export_share: 0.1, supplies_to: 'Alpha' },
  { firm: 'Delta', sector: 'industry', employees: 15, revenue: 200, product_capability: 'high', process_capability: 'low', government_role: 'none' },
  { firm: 'Eps', sector: 'industry', employees: 'x', product_capability: 'medium', process_capability: 'low' },
];

const assessed = (rows: readonly FirmRow[] = ROWS, options: ClusterOptions = {}): ClusterAssessment => {
  const r = assessCluster(rows, options);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r;
};

describe('assessCluster', () => {
  const r = assessed();

  it('counts sizes under the chosen standard and finds the missing middle', () => {
    expect(r.size).toEqual({ standard: 'prc-2017', unit: '10k-yuan', counts: { micro: 1, small: 2, medium: 0, large: 1 }, rated: 4 });
    expect([r.missingMiddle.missing, r.missingMiddle.smallOrMicro, r.missingMiddle.medium, r.missingMiddle.large]).toEqual([true, 3, 0, 1]);
  });

  it('types the cluster: Alpha reaches Beta and Gamma but not Delta or Eps → vertical', () => {
    expect([r.clusterType.type, r.clusterType.leadFirm]).toEqual(['vertical', 'Alpha']);
  });

  it('counts learning modes and Figure 2 modes', () => {
    expect(r.modes).toEqual({
      rated: 4,
      modes: { 'fast-follower': 1, 'process-pioneer': 1, 'product-pioneer': 1, 'applications-specialist': 1 },
      combined: {
        'globalized-fast-follower': 1,
        'domestic-fast-follower': 0,
        'exporting-process-pioneer': 1,
        'domestic-process-pioneer': 0,
        'exporting-product-pioneer': 0,
        'domestic-product-pioneer': 0,
        'exporting-applications-specialist': 0,
        'domestic-applications-specialist': 1,
      },
      exportUnknown: 1,
    });
  });

  it('lists rows it could not rate, with their index and the issue', () => {
    expect(r.unrated.map((u) => [u.index, u.firm, u.part, u.issues.map((i) => formatIssue(i))])).toEqual([
      [4, 'Eps', 'size', ["employees must be a number ≥ 0, got 'x'"]],
      [4, 'Eps', 'capability', ["product_capability must be high or low (高 / 低) or a score from 0 to 100, got 'medium'"]],
    ]);
  });

  it('calls for the §5 levers its profile needs, each with its reasons', () => {
    expect(r.levers.map((l) => [l.section, l.id, l.reasons.map((x) => x.code)])).toEqual([
      ['§5.2', 'cooperation', ['lever.few-cooperating', 'lever.missing-middle', 'lever.demonstrator']],
      ['§5.3', 'information', ['lever.no-intermediary', 'lever.no-government']],
      ['§5.4', 'domestic-transfer', ['lever.low-product-majority']],
      ['§5.5', 'international-transfer', ['lever.process-pioneers', 'lever.low-product-exporters', 'lever.product-pioneers']],
    ]);
    expect(formatIssue(r.levers[2]!.reasons[0]!)).toBe(
      '2 of 4 firms have low product capability: demand-driven domestic technology transfer through brokers and innovation networks (§5.4)',
    );
  });

  it('calls for the regulatory lever when most exporters-to-be sell at home, and for cooperation in an agglomeration', () => {
    const rows = [
      { firm: 'P', sector: 'industry', employees: 50, revenue: 1000, product_capability: 'low', process_capability: 'low', export_share: 0, linked_agents: 'university, bank, HR' },
      { firm: 'Q', sector: 'industry', employees: 50, revenue: 1000, product_capability: 'low', process_capability: 'low', export_share: 0.1, government_role: 'direct' },
    ];
    const a = assessed(rows);
    expect(a.clusterType.type).toBe('agglomeration-only');
    expect(a.levers.map((l) => [l.id, l.reasons.map((x) => x.code)])).toEqual([
      ['regulatory', ['lever.low-export-majority', 'lever.direct-government']],
      ['cooperation', ['lever.no-cooperation']],
      ['domestic-transfer', ['lever.low-product-majority']],
    ]);
  });

  it('passes on each row’s warnings, with its row number', () => {
    const a = assessed([{ firm: 'Solo', sector: 'industry', employees: 40, revenue: 900, patents: 2, new_product_share: 0.3, process_capability: 'low' }]);
    expect(a.warnings.map((w) => formatIssue(w))).toEqual([]);
    const b = assessed([{ firm: 'Solo', sector: 'industry', revenue: 900, patents: 2, new_product_share: 0.3, process_capability: 'low' }]);
    expect(b.warnings.map((w) => formatIssue(w))).toEqual([
      'row 1 (Solo): patents given without employees (or employees 0): patents or other IP cannot be computed and is left out',
    ]);
  });

  it('passes the standard and unit to classifySize', () => {
    const inYuan = ROWS.slice(0, 4).map((row) => ({ ...row, revenue: Number(row.revenue) * 10000 }));
    const a = assessed(inYuan, { unit: '元' });
    expect([a.size.unit, a.size.counts]).toEqual(['yuan', { micro: 1, small: 2, medium: 0, large: 1 }]);
    // EU 2003/361 (euros): Alpha 1200 staff → large; Beta 50 staff is not < 50 → medium; Gamma 30, Delta 15 → small.
    expect(assessed(ROWS.slice(0, 4), { standard: 'eu-2003' }).size.counts).toEqual({ micro: 0, small: 2, medium: 1, large: 1 });
  });

  it('fails on unusable options or no rows, naming each problem', () => {
    const bad = assessCluster([], { standard: 'prc-1999', capability: { threshold: 200 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => formatIssue(e))).toEqual([
      "unknown standard 'prc-1999'; use one of: prc-2003, prc-2011, prc-2017, eu-2003, ifc",
      'threshold must be a number above 0 and at most 100, got 200',
      'no firm rows given',
    ]);
    const badUnit = assessCluster(ROWS, { standard: 'eu-2003', unit: 'yuan' });
    expect(!badUnit.ok && badUnit.errors.map((e) => formatIssue(e))).toEqual(["unknown unit 'yuan' for eu-2003; use one of: eur, million-eur"]);
  });
});

describe('formatClusterReport', () => {
  it('prints the report as plain text', () => {
    const text = formatClusterReport(assessed());
    const lines = text.split('\n');
    expect(lines[0]).toBe('Cluster of 5 firm rows');
    expect(lines).toContain('Size under prc-2017 (money in 10k yuan): 4 of 5 firms sized');
    expect(lines).toContain('  - micro 1, small 2, medium 0, large 1');
    expect(lines).toContain('Cluster type: vertical: a lead firm linked with some of the firms, plus functional agents (§2.5)');
    expect(lines).toContain('  - fast-follower 1, process-pioneer 1, product-pioneer 1, applications-specialist 1');
    expect(lines).toContain('  - §5.5 international technology transfer');
    expect(lines).toContain('    - product pioneers (Delta) have technology of their own to protect: an IP office in the cluster (§5.5)');
    expect(lines).toContain("  - row 5 (Eps), size: employees must be a number ≥ 0, got 'x'");
    expect(text).not.toMatch(/undefined|\[object/);
  });

  it('prints a failure as its errors', () => {
    expect(formatClusterReport(assessCluster([]))).toBe('Cluster not rated:\n  - no firm rows given');
  });
});
