import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { typeCluster } from './cluster-type.js';
import { readLinkage } from './linkage.js';

const typed = (rows: Record<string, unknown>[]) => {
  const graph = readLinkage(rows);
  const t = typeCluster(graph);
  return { ...t, said: t.reasons.map((r) => formatIssue(r)), warned: [...graph.warnings, ...t.warnings].map((w) => formatIssue(w)) };
};

describe('cluster type (§2.5) from the linkage columns', () => {
  it('agglomeration only: no firm supplies or cooperates with another', () => {
    const t = typed([
      { firm: 'A', lead_firm: 'yes', linked_agents: 'bank' },
      { firm: 'B', linked_agents: 'government' },
      { firm: 'C' },
    ]);
    expect(t.type).toBe('agglomeration-only');
    expect(t.said[0]).toBe('no firm supplies or cooperates with another (3 firms): agglomeration only');
  });

  it('vertical: the lead firm with some of the firms, plus agents', () => {
    const t = typed([
      { firm: 'A', lead_firm: 'yes', linked_agents: 'university' },
      { firm: 'B', supplies_to: 'A' },
      { firm: 'C' },
    ]);
    expect([t.type, t.leadFirm]).toEqual(['vertical', 'A']);
    expect(t.said).toEqual([
      'lead firm A (lead_firm = yes)',
      'A is linked with 1 of 2 other firms; not with C',
      'not organized: 0 of 3 firms cooperate (0 %, under 50 %), government role not given (needs infrastructure or coordination)',
      'functional agents linked: university or R&D institute; not linked: bank or financial intermediary, non-financial intermediary (marketing, HR), government department',
    ]);
  });

  it('network: the lead firm linked with every other firm, plus agents', () => {
    const t = typed([
      { firm: 'A', lead_firm: '是', linked_agents: '银行' },
      { firm: 'B', supplies_to: 'A' },
      { firm: 'C', cooperates_with: 'A' },
      { firm: 'D', supplies_to: 'a' },
    ]);
    expect(t.type).toBe('network');
    expect(t.said[1]).toBe('A is linked with all 3 other firms (Firm A + Firms A1…A4)');
    expect(t.agents).toEqual(['bank']);
  });

  it('organized: most firms cooperate, supply links exist, government coordinates', () => {
    const t = typed([
      { firm: 'A', lead_firm: 'yes', cooperates_with: 'B', government_role: '协调' },
      { firm: 'B', supplies_to: 'A' },
      { firm: 'C', cooperates_with: 'D', linked_agents: '大学、中介' },
      { firm: 'D' },
    ]);
    expect([t.type, t.governmentRole, t.cooperatingShare]).toEqual(['organized', 'coordination', 1]);
    expect(t.said[2]).toBe('organized: 4 of 4 firms cooperate (100 % ≥ 50 %), 1 supply link, government at the coordination level');
    expect(t.agents).toEqual(['university', 'intermediary']);
  });

  it('the same links without government at infrastructure or coordination level are not organized', () => {
    const t = typed([
      { firm: 'A', lead_firm: 'yes', cooperates_with: 'B', government_role: 'none' },
      { firm: 'B', supplies_to: 'A' },
      { firm: 'C', cooperates_with: 'D' },
      { firm: 'D' },
    ]);
    expect(t.type).toBe('vertical');
    expect(t.said[2]).toBe('not organized: government role none (needs infrastructure or coordination)');
    expect(t.said[3]).toBe(
      'no functional agent linked (university, bank, intermediary, government): the cluster is not yet tied into the innovation system (§2.5)',
    );
  });

  it('takes the firm with the most links as lead when none is flagged', () => {
    const t = typed([{ firm: 'A', supplies_to: 'B' }, { firm: 'B' }, { firm: 'C', supplies_to: 'B' }]);
    expect([t.type, t.leadFirm]).toEqual(['network', 'B']);
    expect(t.said[0]).toBe('no linked lead firm flagged; B, the firm with the most links (2), is taken as the lead');
  });

  it('warns about a flagged lead without links, unknown names, self-links, unknown agents and roles', () => {
    const t = typed([
      { firm: 'A', lead_firm: 'yes', supplies_to: 'A; Zeta', linked_agents: 'bank, church', government_role: 'boss' },
      { firm: 'B', cooperates_with: 'C' },
      { firm: 'C' },
    ]);
    expect(t.leadFirm).toBe('B');
    expect(t.warned).toEqual([
      "row 1: supplies_to names the firm itself ('A'); link ignored",
      "row 1: supplies_to names 'Zeta', which is not a firm in the rows; link ignored",
      "row 1: linked_agents 'church' is not an agent kind; use university, bank, intermediary or government; ignored",
      "row 1: government_role 'boss' is not a role; use none, infrastructure, coordination or direct; ignored",
      'lead firm A has no link to any firm; B is taken as the lead instead',
    ]);
  });

  it('merges a firm listed twice and keeps firm names with commas whole', () => {
    const t = typed([
      { firm: 'Acme Co., Ltd.', lead_firm: 'yes' },
      { firm: 'B', supplies_to: 'Acme Co., Ltd.' },
      { firm: 'acme co., ltd.', cooperates_with: 'B' },
    ]);
    expect([t.type, t.supplyLinks, t.cooperationLinks]).toEqual(['network', 1, 1]);
    expect(t.warned).toEqual(["row 3: firm 'acme co., ltd.' is already row 1; its links are added to that firm"]);
  });
});
