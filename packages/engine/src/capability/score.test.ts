import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { assessCapability, type CapabilityRating } from './assess-capability.js';
import { capabilityCells } from './cells.js';
import type { CapabilityOptions } from './options.js';

const rate = (row: Record<string, unknown>, options?: CapabilityOptions): CapabilityRating => {
  const r = assessCapability(row, options);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r;
};
const said = (r: CapabilityRating) => r.reasons.map((x) => formatIssue(x));

// Hand-worked firm (docs/framework.md): electronics benchmark 1.7 %.
//   product: R&D 3.4 % = 2× → 100 (w35); new products 20 % → 50 (w30); 1 patent / 50 staff = 2 per 100 → 50 (w20); own brand yes → 100 (w15)
//            (3500 + 1500 + 1000 + 1500) / 100 = 75
//   process: process innovation yes → 100 (w30); ISO no → 0 (w20); automation 50 % → 50 (w25); productivity 1× median → 50 (w25)
//            (3000 + 0 + 1250 + 1250) / 100 = 55
const FIRM_A = {
  firm: 'A', rd_spend: 34, revenue: 1000, sector: '电子及通信设备制造业', new_product_share: '20%', patents: 1, employees: 50, own_brand: '是',
  process_innovation: 'yes', quality_certified: '否', automation_share: 0.5, labour_productivity_ratio: 1, export_share: 0.6, market_position: 'follower',
};

describe('capability scores from indicators', () => {
  it('scores the worked firm: product 75, process 55, every indicator used', () => {
    const r = rate(FIRM_A);
    expect([r.productScore, r.processScore, r.product, r.process]).toEqual([75, 55, 'high', 'high']);
    expect(r.indicatorsUsed).toEqual({ product: 4, process: 4 });
    expect(said(r)).toEqual(
      expect.arrayContaining([
        'R&D benchmark 1.7 % for electronic and communication equipment (paper Table 4, 2002)',
        'R&D intensity 3.4 % = 2× the benchmark 1.7 % → 100 (weight 35)',
        'new-product share of sales 20 % → 50 (weight 30)',
        'patents or other IP: 2 per 100 employees → 50 (weight 20)',
        'own design or brand: yes → 100 (weight 15)',
        'product capability 75 from 4 of 4 indicators, ≥ threshold 50 → high',
        'quality certification: no → 0 (weight 20)',
        'process capability 55 from 4 of 4 indicators, ≥ threshold 50 → high',
      ]),
    );
  });

  it('gives the CLI cells as ids and numbers', () => {
    expect(capabilityCells(rate(FIRM_A))).toEqual({
      product_score: '75.0',
      process_score: '55.0',
      mode: 'fast-follower',
      strategy: 'cluster',
      export_orientation: 'high',
      tech_gap: 'process 45',
    });
    expect(capabilityCells(rate({ product_capability: 'low', process_capability: 62 }))).toEqual({
      product_score: 'low',
      process_score: '62.0',
      mode: 'process-pioneer',
      strategy: 'niche',
      export_orientation: '',
      tech_gap: '',
    });
    const failed = assessCapability({});
    expect(Object.values(capabilityCells(failed))).toEqual(['', '', '', '', '', '']);
  });

  it('reweights over the indicators given and says how many were used', () => {
    // product: R&D 2× benchmark → 100 (w35), own brand no → 0 (w15): 3500 / 50 = 70
    // process: process innovation yes → 100 (w30), productivity 0.5× → 25 (w25): (3000 + 625) / 55 = 65.909… → 65.9
    const r = rate({ rd_spend: 20, revenue: 1000, own_brand: 'no', process_innovation: 'yes', labour_productivity_ratio: 0.5 });
    expect([r.productScore, r.processScore]).toEqual([70, 65.9]);
    expect(r.indicatorsUsed).toEqual({ product: 2, process: 2 });
    expect(said(r)).toEqual(
      expect.arrayContaining([
        'product capability: not given, their weight spread over the others: new-product share of sales, patents or other IP',
        'process capability: not given, their weight spread over the others: quality certification, automated or recent equipment',
        'product capability 70 from 2 of 4 indicators, ≥ threshold 50 → high',
      ]),
    );
  });

  it('counts an "unknown" answer as not given', () => {
    const r = rate({ own_brand: '不知道', new_product_share: 0.4, process_innovation: 'unknown', quality_certified: 'yes' });
    expect(r.indicatorsUsed).toEqual({ product: 1, process: 1 });
    expect([r.productScore, r.processScore]).toEqual([100, 100]);
  });

  it('leaves out patents without a headcount, with a warning, and rates on the rest', () => {
    const r = rate({ patents: 3, new_product_share: 0.1, process_capability: 'high' });
    expect(r.productScore).toBe(25);
    expect(r.indicatorsUsed.product).toBe(1);
    expect(r.warnings.map((w) => formatIssue(w))).toEqual([
      'patents given without employees (or employees 0): patents or other IP cannot be computed and is left out',
    ]);
  });

  it('warns when R&D spend exceeds revenue and caps the indicator at 100', () => {
    const r = rate({ rd_spend: 120, revenue: 100, product_capability: undefined, process_capability: 'low' });
    expect(r.productScore).toBe(100);
    expect(r.warnings.map((w) => formatIssue(w))).toEqual(['rd_spend 120 is more than revenue 100; check that both are in the same money unit']);
  });
});

describe('the R&D benchmark (paper Table 4)', () => {
  it('uses the sector’s row: medicine 1.1 % → an R&D intensity of 1.1 % scores 50', () => {
    const r = rate({ rd_spend: 11, revenue: 1000, sector: 'pharmaceuticals', process_capability: 'high' });
    expect(r.productScore).toBe(50);
  });

  it('uses the all-industry 1.0 % for a sector not in the table, and says so', () => {
    // 1.1 % ÷ 1.0 % = 1.1× → 100 × 1.1 / 2 = 55
    const r = rate({ rd_spend: 11, revenue: 1000, sector: 'retail', process_capability: 'high' });
    expect(r.productScore).toBe(55);
    expect(said(r)).toContain("sector 'retail' has no row in the paper’s Table 4; R&D benchmark 1 % for all industry");
    expect(said(rate({ rd_spend: 11, revenue: 1000, process_capability: 'high' }))).toContain('no sector given; R&D benchmark 1 % for all industry');
  });

  it('takes a benchmark given in the options', () => {
    // 1.1 % ÷ 2 % = 0.55× → 27.5
    const r = rate({ rd_spend: 11, revenue: 1000, sector: 'medicine', process_capability: 'high' }, { rdBenchmark: '2%' });
    expect(r.productScore).toBe(27.5);
    expect(said(r)).toContain('R&D benchmark 2 % as given');
  });
});

describe('high / low at the threshold', () => {
  // new-product share alone: 100 × share / 0.4, so 20 % → 50
  it.each([
    ['19%', 47.5, 'low'],
    ['20%', 50, 'high'],
    ['21%', 52.5, 'high'],
  ])('new-product share %s → product score %s → %s (threshold 50)', (share, score, level) => {
    const r = rate({ new_product_share: share, process_capability: 'low' });
    expect([r.productScore, r.product]).toEqual([score, level]);
  });

  it.each([
    [49.9, 'low'],
    [50, 'high'],
    [50.1, 'high'],
  ])('a process score of %s given directly → %s', (score, level) => {
    const r = rate({ product_capability: 'high', process_capability: score });
    expect([r.processScore, r.process, r.basis.process]).toEqual([score, level, 'score']);
  });

  it('takes an overridden threshold for both sides', () => {
    const r = rate({ new_product_share: '20%', automation_share: '70%' }, { threshold: 60 });
    expect([r.productScore, r.product, r.processScore, r.process]).toEqual([50, 'low', 70, 'high']);
    expect(said(r)).toContain('product capability 50 from 1 of 4 indicators, < threshold 60 → low');
  });

  it('takes overridden weights: R&D weighted 0 leaves own brand alone', () => {
    const r = rate({ rd_spend: 20, revenue: 1000, own_brand: 'no', process_capability: 'high' }, { weights: { rd_intensity: 0 } });
    expect([r.productScore, r.indicatorsUsed.product]).toEqual([0, 1]);
    expect(said(r)).toContain('product capability: given but weighted 0, not used: R&D intensity');
  });

  it('a word or score given directly wins over indicators, with a warning', () => {
    const r = rate({ product_capability: 'low', new_product_share: 0.4, process_capability: 'high' });
    expect([r.product, r.productScore, r.indicatorsUsed.product]).toEqual(['low', null, 0]);
    expect(r.warnings.map((w) => formatIssue(w))).toEqual(['product_capability given directly; these indicators do not enter its score: new-product share of sales']);
  });
});
