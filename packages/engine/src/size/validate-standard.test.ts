import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { classifySize } from './classify-size.js';
import { validateStandard } from './validate-standard.js';

/** A bank's own segments, as a credit officer might write them: persons and loan-book revenue in yuan. */
const bankSegments = {
  id: 'bank-segments-2026',
  name: 'Example Bank SME segments',
  sources: [{ document: 'Credit policy 7.2', issuer: 'Example Bank', date: '2026-01-01' }],
  thresholdUnit: 'yuan',
  defaultUnit: 'yuan',
  units: ['yuan', '10k-yuan'],
  sectors: {
    '*': {
      tiers: [
        { class: 'large', when: { any: [{ indicator: 'employees', op: '>=', value: 500 }, { indicator: 'revenue', op: '>=', value: 200_000_000 }] } },
        { class: 'medium', when: { any: [{ indicator: 'employees', op: '>=', value: 100 }, { indicator: 'revenue', op: '>=', value: 20_000_000 }] } },
        { class: 'small', when: { indicator: 'revenue', op: '>', value: 1_000_000 } },
      ],
      otherwise: 'micro',
    },
  },
};

describe('a standard written by a user', () => {
  it('is validated and evaluated like a built-in one', () => {
    expect(validateStandard(bankSegments).ok).toBe(true);
    const r = classifySize({ employees: 40, revenue: 3000 }, { standard: bankSegments as never, unit: '10k-yuan' });
    expect(r.ok && r.class).toBe('medium');
    expect(r.ok && r.standard).toBe('bank-segments-2026');
    const strict = classifySize({ employees: 3, revenue: 1_000_000 }, { standard: bankSegments as never });
    expect(strict.ok && strict.class).toBe('micro');
  });

  it('reports every problem with its path', () => {
    const broken = {
      ...bankSegments,
      id: 'Bank Segments',
      units: ['yuan', 'usd'],
      sectors: {
        'space-mining': { tiers: [], otherwise: 'micro' },
        '*': {
          tiers: [
            { class: 'medium', when: { indicator: 'profit', op: '=>', value: -1 } },
            { class: 'large', when: { atLeast: 3, of: [{ indicator: 'employees', op: '>=', value: 1 }] } },
          ],
          otherwise: 'tiny',
        },
      },
    };
    const r = validateStandard(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => formatIssue(e))).toEqual([
      "standard Bank Segments: id must be lowercase letters, digits, '.' and '-', got 'Bank Segments'",
      "standard Bank Segments: units[1] 'usd' is not in CNY, the currency of its thresholds",
      "standard Bank Segments: sectors.space-mining is 'space-mining'; use one of: agriculture, industry, construction, wholesale, retail, transportation, warehousing, post, accommodation, catering, hotels-restaurants, information-transmission, software-it, real-estate-development, property-management, leasing-business-services, other, *",
      'standard Bank Segments: sectors.space-mining.tiers must list at least one entry',
      "standard Bank Segments: sectors.*.otherwise is 'tiny'; use one of: micro, small, medium, large",
      "standard Bank Segments: sectors.*.tiers[0].when.indicator is 'profit'; use one of: employees, revenue, assets",
      "standard Bank Segments: sectors.*.tiers[0].when.op is '=>'; use one of: >=, >, <, <=",
      'standard Bank Segments: sectors.*.tiers[0].when.value must be a finite number ≥ 0, got -1',
      'standard Bank Segments: sectors.*.tiers[1].when.atLeast must be a whole number from 1 to 1, got 3',
    ]);
  });

  it('rejects tiers that run both ways, which would let a bigger firm rate smaller', () => {
    const r = validateStandard({
      ...bankSegments,
      sectors: {
        '*': {
          tiers: [
            { class: 'medium', when: { indicator: 'employees', op: '>=', value: 100 } },
            { class: 'large', when: { indicator: 'employees', op: '>=', value: 500 } },
          ],
          otherwise: 'small',
        },
      },
    });
    expect(r.ok ? 'valid' : r.errors.map((e) => formatIssue(e))).toEqual([
      'standard bank-segments-2026: sectors.*.tiers must run from largest to smallest class or smallest to largest, with \'otherwise\' last; got medium, large, small',
    ]);
  });

  it('classifySize returns the validation errors instead of rating', () => {
    const r = classifySize({ employees: 1 }, { standard: { ...bankSegments, thresholdUnit: 'furlongs' } as never });
    expect(r.ok ? r.class : formatIssue(r.errors[0]!)).toBe("standard bank-segments-2026: thresholdUnit is 'furlongs'; use one of: yuan, 10k-yuan, million-yuan, eur, million-eur, usd, million-usd");
  });
});
