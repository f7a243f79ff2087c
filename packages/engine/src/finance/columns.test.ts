import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../fields/columns.js';
import { FINANCE_COLUMNS } from '../fields/finance-columns.js';
import { SIZE_COLUMNS } from '../fields/size-columns.js';
import { normaliseWord } from '../size/resolve-sector.js';
import { CONSTRAINT_IDS } from './constraints.js';

// Tests of fields/finance-columns.ts, kept with the finance module they describe.
describe('FINANCE_COLUMNS', () => {
  it('has the issue’s input columns, the documented extras and one column per constraint', () => {
    expect(FINANCE_COLUMNS.map((c) => c.id)).toEqual([
      'loan_applied',
      'loan_outcome',
      'no_apply_reason',
      'external_finance_share',
      'collateral_value',
      'loan_need',
      'credit_history_years',
      'audited_accounts',
      'owner_operated',
      'independent_director',
      'stage',
      'university_link',
      'location',
      'high_tech',
      'high_growth',
      'equipment_need',
      'receivables_share',
      'buyers_creditworthy',
      'cluster_member',
      'debt_outstanding',
      ...CONSTRAINT_IDS,
    ]);
  });

  it('gives every column a Chinese header', () => {
    expect(FINANCE_COLUMNS.filter((c) => !c.headers.some((h) => /[\u4e00-\u9fff]/.test(h))).map((c) => c.id)).toEqual([]);
  });

  it('never lets one header mean two fields, here or with the size columns', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of [...SIZE_COLUMNS, ...FINANCE_COLUMNS]) {
      for (const h of [c.id, ...c.headers]) {
        const w = normaliseWord(h);
        const owner = seen.get(w);
        if (owner !== undefined && owner !== c.id) clashes.push(`${h}: ${owner} / ${c.id}`);
        seen.set(w, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('matches Chinese and English headers', () => {
    const { columns } = matchHeaders(['申请贷款', 'Reason for not applying', '缺乏抵押', 'No Collateral', '外部融资比例'], FINANCE_COLUMNS);
    expect([...columns]).toEqual([
      ['loan_applied', 0],
      ['no_apply_reason', 1],
      ['no_collateral', 2],
      ['external_finance_share', 4],
    ]);
  });
});
