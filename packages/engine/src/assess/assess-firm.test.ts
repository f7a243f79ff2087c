import { describe, expect, it } from 'vitest';
import { assessFirm } from './assess-firm.js';

describe('assessFirm', () => {
  it('rates size only when the row has only size columns', () => {
    const a = assessFirm({ sector: 'industry', employees: 350, revenue: 2500 }, { standard: 'prc-2011' });
    expect(a.size.ok && a.size.class).toBe('medium');
    expect(a.capability).toBeNull();
    expect(a.financing).toBeNull();
    expect(a.provenance).toEqual({ rulesVersion: '1.0.0', standard: 'prc-2011', unit: '10k-yuan', options: { capability: {} } });
  });

  it('runs every part the row has columns for, and tells financing the size and product capability', () => {
    const a = assessFirm(
      {
        sector: 'industry',
        employees: 1500,
        revenue: 50000,
        product_capability: 80,
        process_capability: 'low',
        loan_applied: 'no',
        no_apply_reason: 1,
        external_finance_share: 0,
      },
      { standard: 'prc-2017' },
    );
    expect(a.size.ok && a.size.class).toBe('large');
    expect(a.capability?.ok && [a.capability.mode, a.capability.strategy]).toEqual(['product-pioneer', 'niche']);
    expect(a.financing?.ok && a.financing.creditStatus?.status).toBe('not-constrained');
    // A large firm: financing warns that the paper's SME constraints may not describe it.
    expect(a.financing?.warnings.map((w) => w.code)).toContain('finance.not-sme');
  });

  it('records the standard asked for even when the row cannot be sized', () => {
    const a = assessFirm({ sector: 'minning', employees: 5 }, { standard: 'prc-2003', unit: 'yuan' });
    expect(a.size.ok).toBe(false);
    expect(a.provenance.standard).toBe('prc-2003');
    expect(a.provenance.unit).toBe('yuan');
  });
});
