import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySize } from './classify-size.js';
import { SIZE_CLASSES } from './standard.js';
import { BUILT_IN_STANDARDS } from './standards/index.js';

const rank = (c: string) => SIZE_CLASSES.indexOf(c as never);

const standardAndSector = fc.constantFrom(
  ...BUILT_IN_STANDARDS.flatMap((s) => Object.keys(s.sectors).map((sector) => ({ standard: s.id, sector: sector === '*' ? undefined : sector }))),
);
const amount = fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
const indicator = fc.constantFrom('employees' as const, 'revenue' as const, 'assets' as const);

describe('classifySize properties', () => {
  it('raising any indicator never lowers the class', () => {
    fc.assert(
      fc.property(standardAndSector, amount, amount, amount, indicator, fc.double({ min: 0, max: 1e8, noNaN: true }), (where, employees, revenue, assets, raised, by) => {
        const firm = { sector: where.sector, employees, revenue, assets };
        const before = classifySize(firm, { standard: where.standard });
        const after = classifySize({ ...firm, [raised]: firm[raised] + by }, { standard: where.standard });
        expect(before.ok && after.ok).toBe(true);
        if (before.ok && after.ok) expect(rank(after.class)).toBeGreaterThanOrEqual(rank(before.class));
      }),
      { numRuns: 2000 },
    );
  });

  it('every finite non-negative input gets a class or a named error, never a throw', () => {
    const maybe = fc.option(fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }), { nil: undefined });
    fc.assert(
      fc.property(standardAndSector, maybe, maybe, maybe, (where, employees, revenue, assets) => {
        const r = classifySize({ sector: where.sector, employees, revenue, assets }, { standard: where.standard });
        if (r.ok) expect(SIZE_CLASSES).toContain(r.class);
        else expect(r.errors.map((e) => e.code)).toEqual(['size.undecided']);
      }),
      { numRuns: 2000 },
    );
  });

  it('the same input always gives the same result', () => {
    fc.assert(
      fc.property(standardAndSector, amount, amount, amount, (where, employees, revenue, assets) => {
        const firm = { sector: where.sector, employees, revenue, assets };
        expect(classifySize(firm, { standard: where.standard })).toEqual(classifySize({ ...firm }, { standard: where.standard }));
      }),
      { numRuns: 500 },
    );
  });
});
