import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { assessCapability, type CapabilityRating } from './assess-capability.js';

const rate = (row: Record<string, unknown>): CapabilityRating => {
  const r = assessCapability(row);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r;
};

describe('technology gap (§3.5): innovation, process and customer lag', () => {
  it('computes all three lags for the worked firm and names the largest', () => {
    // innovation: 100 − (35·100 + 30·50 + 20·50) / 85 = 100 − 70.588… = 29.4
    // process:    100 − 55 = 45
    // customer:   100 − (40·60 + 30·100 + 30·50) / 100 = 100 − 69 = 31
    const r = rate({
      rd_spend: 34, revenue: 1000, sector: 'electronics', new_product_share: 0.2, patents: 1, employees: 50, own_brand: 'yes',
      process_innovation: 'yes', quality_certified: 'no', automation_share: 0.5, labour_productivity_ratio: 1, export_share: 0.6, market_position: 'follower',
    });
    expect(r.techGap).toEqual({ innovation: 29.4, process: 45, customer: 31, largest: 'process' });
    expect(r.reasons.map((x) => formatIssue(x))).toContain('largest technology gap: process lag 45 of 100 (§3.5)');
  });

  it('customer lag from export share, brand and market position', () => {
    // 100 − (40·10 + 30·0 + 30·0) / 100 = 96
    const r = rate({ product_capability: 'low', process_capability: 'low', export_share: '10%', own_brand: 'no', market_position: '后来者' });
    expect(r.techGap.customer).toBe(96);
    // leader with own brand, no export share: 100 − (30·100 + 30·100) / 60 = 0
    expect(rate({ product_capability: 'high', process_capability: 'high', own_brand: 'yes', market_position: 'leader' }).techGap.customer).toBe(0);
  });

  it('leaves a lag null, with a reason, when none of its indicators is given', () => {
    const r = rate({ product_capability: 'high', process_capability: 'high', export_share: 0.5 });
    expect(r.techGap).toEqual({ innovation: null, process: null, customer: 50, largest: 'customer' });
    expect(r.reasons.map((x) => formatIssue(x))).toContain(
      'innovation lag not computed: none of rd_intensity, new_product_share, patents_per_100_employees given',
    );
    expect(rate({ product_capability: 'high', process_capability: 'high' }).techGap.largest).toBeNull();
  });

  it('breaks a tie in the order innovation, process, customer', () => {
    // innovation 100 − 50 = 50, process 100 − 50 = 50, customer 100 − 50 = 50
    const r = rate({ new_product_share: 0.2, automation_share: 0.5, export_share: 0.5 });
    expect(r.techGap).toEqual({ innovation: 50, process: 50, customer: 50, largest: 'innovation' });
  });
});
