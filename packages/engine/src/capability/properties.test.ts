import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCapability } from './assess-capability.js';

/** A product side with any subset of its indicators, and a process side given directly so every row rates. */
const productRow = fc.record(
  {
    revenue: fc.integer({ min: 1, max: 1_000_000 }),
    rdShare: fc.option(fc.double({ min: 0, max: 0.2, noNaN: true }), { nil: undefined }),
    new_product_share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    patents: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    employees: fc.integer({ min: 1, max: 5000 }),
    own_brand: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['revenue', 'employees'] },
);

type Generated = { revenue: number; rdShare?: number; new_product_share?: number; patents?: number; employees: number; own_brand?: boolean };

const toRow = (g: Generated) => ({
  revenue: g.revenue,
  employees: g.employees,
  rd_spend: g.rdShare === undefined ? undefined : g.rdShare * g.revenue,
  new_product_share: g.new_product_share,
  patents: g.patents,
  own_brand: g.own_brand,
  process_capability: 'high',
});

const hasProduct = (g: Generated) => g.rdShare !== undefined || g.new_product_share !== undefined || g.patents !== undefined || g.own_brand !== undefined;

/** Raises one indicator that is present; the others stay as they were. */
function raise(g: Generated, which: number, by: number): Generated {
  const present = (['rdShare', 'new_product_share', 'patents', 'own_brand'] as const).filter((k) => g[k] !== undefined);
  const key = present[which % present.length]!;
  switch (key) {
    case 'rdShare':
      return { ...g, rdShare: g.rdShare! + by * 0.05 };
    case 'new_product_share':
      return { ...g, new_product_share: Math.min(1, g.new_product_share! + by) };
    case 'patents':
      return { ...g, patents: g.patents! + Math.ceil(by * 10) };
    case 'own_brand':
      return { ...g, own_brand: true };
  }
}

const productScore = (g: Generated): number => {
  const r = assessCapability(toRow(g));
  if (!r.ok || r.productScore === null) throw new Error('expected a product score');
  return r.productScore;
};

describe('properties of the capability model', () => {
  it('raising a product indicator never lowers the product score', () => {
    fc.assert(
      fc.property(productRow.filter(hasProduct), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (g, which, by) => {
        expect(productScore(raise(g, which, by))).toBeGreaterThanOrEqual(productScore(g));
      }),
    );
  });

  it('every score stays within 0–100 whatever is missing', () => {
    fc.assert(
      fc.property(productRow.filter(hasProduct), (g) => {
        const s = productScore(g);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('a higher score never moves a firm from high to low, at any threshold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (a, b, threshold) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const level = (score: number) => {
            const r = assessCapability({ product_capability: score, process_capability: 'low' }, { threshold });
            if (!r.ok) throw new Error('expected a rating');
            return r.product;
          };
          if (level(lo) === 'high') expect(level(hi)).toBe('high');
        },
      ),
    );
  });

  it('raising a product indicator never moves the product side from high to low', () => {
    fc.assert(
      fc.property(productRow.filter(hasProduct), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (g, which, by) => {
        const level = (x: Generated) => {
          const r = assessCapability(toRow(x));
          return r.ok ? r.product : 'error';
        };
        if (level(g) === 'high') expect(level(raise(g, which, by))).toBe('high');
      }),
    );
  });
});
