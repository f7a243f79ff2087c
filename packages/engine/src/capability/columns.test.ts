import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../fields/columns.js';
import { CAPABILITY_COLUMNS } from '../fields/capability-columns.js';
import { CLUSTER_COLUMNS } from '../fields/cluster-columns.js';

const CJK = /[\u4e00-\u9fff]/;

describe('capability and cluster columns', () => {
  it.each([...CAPABILITY_COLUMNS, ...CLUSTER_COLUMNS].map((c) => [c.id, c.headers] as const))('%s has a Chinese header', (_id, headers) => {
    expect(headers.some((h) => CJK.test(h))).toBe(true);
  });

  it('matches English and Chinese headers to the field ids', () => {
    const m = matchHeaders(['企业名称', 'R&D Spend', '营业收入', '新产品销售占比', 'ISO 9001', '出口占比', '产品技术能力', '龙头企业', 'Supplies To', '合作企业', '关联机构', '政府角色'], [
      ...CAPABILITY_COLUMNS,
      ...CLUSTER_COLUMNS,
    ]);
    expect(Object.fromEntries(m.columns)).toEqual({
      firm: 0, rd_spend: 1, revenue: 2, new_product_share: 3, quality_certified: 4, export_share: 5, product_capability: 6,
      lead_firm: 7, supplies_to: 8, cooperates_with: 9, linked_agents: 10, government_role: 11,
    });
  });

  it('gives every header to one field only', () => {
    const seen = new Map<string, string>();
    for (const c of [...CAPABILITY_COLUMNS, ...CLUSTER_COLUMNS]) {
      for (const h of [c.id, ...c.headers]) {
        const before = seen.get(h.toLowerCase());
        if (before !== undefined) expect(before).toBe(c.id);
        seen.set(h.toLowerCase(), c.id);
      }
    }
  });
});
