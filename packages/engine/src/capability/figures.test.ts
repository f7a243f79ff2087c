import { describe, expect, it } from 'vitest';
import { catalogueOf, formatIssue } from '../messages/format.js';
import { assessCapability, type CapabilityRating } from './assess-capability.js';

const rate = (row: Record<string, unknown>): CapabilityRating => {
  const r = assessCapability(row);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r;
};

// Figure 1: rows are process capability, columns product capability.
describe('Figure 1: mode and strategy from product × process capability', () => {
  it.each([
    ['high', 'high', 'fast-follower', 'cluster'],
    ['low', 'high', 'process-pioneer', 'niche'],
    ['high', 'low', 'product-pioneer', 'niche'],
    ['low', 'low', 'applications-specialist', 'free-riding'],
  ])('product %s, process %s → %s with %s strategy', (product, process, mode, strategy) => {
    const r = rate({ product_capability: product, process_capability: process });
    expect([r.product, r.process, r.mode, r.strategy]).toEqual([product, process, mode, strategy]);
  });

  it('takes 高 / 低 as high / low', () => {
    const r = rate({ product_capability: '低', process_capability: '高' });
    expect(r.mode).toBe('process-pioneer');
    expect(r.productScore).toBeNull();
    expect(r.basis).toEqual({ product: 'word', process: 'word' });
  });

  it('places a firm rated from indicators (product 75, process 55 → fast follower)', () => {
    const r = rate({
      rd_spend: 34, revenue: 1000, sector: 'electronics', new_product_share: '20%', patents: 1, employees: 50, own_brand: 'yes',
      process_innovation: 'yes', quality_certified: 'no', automation_share: 0.5, labour_productivity_ratio: 1,
    });
    expect(r.mode).toBe('fast-follower');
    expect(formatIssue(r.reasons.find((x) => x.code === 'capability.mode')!)).toBe(
      'product capability high, process capability high → fast-follower innovation mode, cluster strategy (Figure 1)',
    );
  });
});

describe('Figure 2: mode × export orientation', () => {
  it.each([
    ['high', 'high', 0.6, 'globalized-fast-follower'],
    ['high', 'high', 0.2, 'domestic-fast-follower'],
    ['low', 'high', 0.5, 'exporting-process-pioneer'],
    ['low', 'high', 0.49, 'domestic-process-pioneer'],
    ['high', 'low', '80%', 'exporting-product-pioneer'],
    ['high', 'low', '0%', 'domestic-product-pioneer'],
    ['low', 'low', 1, 'exporting-applications-specialist'],
    ['low', 'low', 10, 'domestic-applications-specialist'],
  ])('product %s, process %s, export share %s → %s', (product, process, exportShare, combined) => {
    const r = rate({ product_capability: product, process_capability: process, export_share: exportShare });
    expect(r.combinedMode).toBe(combined);
    const meaning = catalogueOf('en')[`combined-mode.${combined}.meaning`];
    expect(typeof meaning === 'string' && meaning.length > 20).toBe(true);
  });

  it('reads export orientation at the default 50 % threshold: exactly 50 % is high', () => {
    expect(rate({ product_capability: 'high', process_capability: 'high', export_share: '50%' }).exportOrientation).toBe('high');
    expect(rate({ product_capability: 'high', process_capability: 'high', export_share: '49.9%' }).exportOrientation).toBe('low');
  });

  it('takes an overridden export threshold', () => {
    const r = assessCapability({ product_capability: 'high', process_capability: 'high', export_share: 0.3 }, { exportThreshold: '25%' });
    expect(r.ok && r.exportOrientation).toBe('high');
    expect(r.ok && formatIssue(r.reasons.find((x) => x.code === 'capability.export')!)).toBe('export share 30 % ≥ 25 % → high export orientation');
  });

  it('leaves export orientation and the Figure 2 mode null, with a reason, when export share is not given', () => {
    const r = rate({ product_capability: 'low', process_capability: 'high' });
    expect([r.exportShare, r.exportOrientation, r.combinedMode]).toEqual([null, null, null]);
    expect(r.reasons.map((x) => formatIssue(x))).toContain('export_share not given: export orientation and the Figure 2 mode are left open');
  });
});

describe('the way up toward the globalized fast-follower mode', () => {
  const steps = (product: string, process: string, exportShare?: number) =>
    rate({ product_capability: product, process_capability: process, export_share: exportShare }).wayUp.map((s) => [s.code, s.params.section]);

  it('process pioneer: product capability through licensing and imitative learning, then a cluster, then international transfer', () => {
    expect(steps('low', 'high')).toEqual([
      ['way-up.product-via-licensing', '§2.2'],
      ['way-up.cluster-to-fast-follower', '§2.3'],
      ['way-up.international-transfer', '§5.5'],
    ]);
  });

  it('applications specialist: beware stagnation, build process capability in a cluster, then product capability', () => {
    expect(steps('low', 'low')).toEqual([
      ['way-up.beware-stagnation', '§2.2–2.3'],
      ['way-up.process-in-cluster', '§2.4'],
      ['way-up.then-product-via-licensing', '§2.2'],
    ]);
  });

  it('product pioneer: build process capability, share production in a cluster', () => {
    expect(steps('high', 'low')).toEqual([
      ['way-up.build-process-capability', '§2.2'],
      ['way-up.cluster-shared-production', '§2.4'],
    ]);
  });

  it('low export orientation adds: lower the fixed costs of exporting, reach buyers through the cluster', () => {
    expect(steps('high', 'high', 0.1)).toEqual([
      ['way-up.keep-both-in-cluster', '§2.3'],
      ['way-up.lower-export-costs', '§2.3'],
      ['way-up.cluster-export-access', '§2.4'],
    ]);
  });

  it('the globalized fast follower is at the target', () => {
    expect(steps('high', 'high', 0.9)).toEqual([['way-up.at-target', '§2.4, §5']]);
    expect(formatIssue(rate({ product_capability: 'high', process_capability: 'high', export_share: 0.9 }).wayUp[0]!)).toBe(
      'already in the globalized fast-follower mode: grow from small/medium to medium/large in a network cluster with an international outlook (§2.4, §5)',
    );
  });
});
