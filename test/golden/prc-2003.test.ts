/**
 * PRC 2003 (国经贸中小企〔2003〕143号; 国统字〔2003〕17号), transcribed from standards.md §1: large
 * needs every upper bound, medium every medium lower bound, else small. No micro tier. Values in
 * 10,000 yuan; the paper's Table 1 errata each have a case below.
 */
import { describe, expect, it } from 'vitest';
import { classifySize } from '@sme-navigator/engine';
import { probeEveryBound, type Ind } from './tier-probes.js';
const TABLE: [sector: string, indicators: Ind[], large: number[], medium: number[]][] = [
  ['industry', ['employees', 'revenue', 'assets'], [2000, 30000, 40000], [300, 3000, 4000]],
  ['construction', ['employees', 'revenue', 'assets'], [3000, 30000, 40000], [600, 3000, 4000]],
  ['wholesale', ['employees', 'revenue'], [200, 30000], [100, 3000]],
  ['retail', ['employees', 'revenue'], [500, 15000], [100, 1000]],
  ['transportation', ['employees', 'revenue'], [3000, 30000], [500, 3000]],
  ['post', ['employees', 'revenue'], [1000, 30000], [400, 3000]],
  ['hotels-restaurants', ['employees', 'revenue'], [800, 15000], [400, 3000]],
];
const BELOW = { large: 'medium', medium: 'small' } as const;

describe('prc-2003', () => {
  for (const [sector, indicators, large, medium] of TABLE) {
    probeEveryBound('prc-2003', sector, indicators, [['large', large], ['medium', medium]], BELOW);
  }

  it('has no micro tier', () => {
    const r = classifySize({ sector: 'industry', employees: 3, revenue: 10, assets: 10 }, { standard: 'prc-2003' });
    expect(r.ok && r.class).toBe('small');
  });
});

describe('errata in the paper’s Table 1', () => {
  it('wholesale is persons 100–200 and sales 3,000–30,000 (not "annual revenue 100–500")', () => {
    const medium = classifySize({ sector: 'wholesale', employees: 150, revenue: 5000 }, { standard: 'prc-2003' });
    expect(medium.ok && medium.class).toBe('medium');
    // Under the garbled row, revenue 5,000 would be above "100–500" and read as large.
    const small = classifySize({ sector: 'wholesale', employees: 150, revenue: 400 }, { standard: 'prc-2003' });
    expect(small.ok && small.class).toBe('small');
  });

  it('retail is persons 100–500 and sales 1,000–15,000 (not "payroll 3,000–30,000")', () => {
    const medium = classifySize({ sector: 'retail', employees: 300, revenue: 1200 }, { standard: 'prc-2003' });
    expect(medium.ok && medium.class).toBe('medium');
    const large = classifySize({ sector: 'retail', employees: 600, revenue: 16000 }, { standard: 'prc-2003' });
    expect(large.ok && large.class).toBe('large');
  });

  it('"less than 200 employees" holds for wholesale only: a 300-person retailer can be medium', () => {
    const r = classifySize({ sector: 'retail', employees: 300, revenue: 2000 }, { standard: 'prc-2003' });
    expect(r.ok && r.class).toBe('medium');
  });

  it('the unit is 10,000 yuan, not million yuan: 300 million yuan of sales is the large bound', () => {
    const inMillions = classifySize({ sector: 'industry', employees: 2000, revenue: 300, assets: 400 }, { standard: 'prc-2003', unit: 'million-yuan' });
    expect(inMillions.ok && inMillions.class).toBe('large');
    // Read as "million yuan", 30,000 would be 30 billion yuan: a hundred times the real bound.
    const misread = classifySize({ sector: 'industry', employees: 2000, revenue: 299, assets: 400 }, { standard: 'prc-2003', unit: 'million-yuan' });
    expect(misread.ok && misread.class).toBe('medium');
  });
});
