/**
 * PRC 2011 (工信部联企业〔2011〕300号) and its 2017 statistical revision (国统字〔2017〕213号),
 * transcribed here from the published table (standards.md §2) independently of the engine's data.
 * Each tier needs every listed lower bound; a firm that misses one drops one tier.
 * For every bound of every tier: at the bound and one above, the firm is in that tier; one below,
 * it is one tier lower (the other indicators sit exactly at the tier's bounds).
 */
import { describe, expect, it } from 'vitest';
import { classifySize } from '@sme-navigator/engine';
import { probeEveryBound, type Ind } from './tier-probes.js';
const X: Ind = 'employees';
const Y: Ind = 'revenue';
const Z: Ind = 'assets';

const TABLE: [sector: string, indicators: Ind[], large: number[], medium: number[], small: number[]][] = [
  ['agriculture', [Y], [20000], [500], [50]],
  ['industry', [X, Y], [1000, 40000], [300, 2000], [20, 300]],
  ['construction', [Y, Z], [80000, 80000], [6000, 5000], [300, 300]],
  ['wholesale', [X, Y], [200, 40000], [20, 5000], [5, 1000]],
  ['retail', [X, Y], [300, 20000], [50, 500], [10, 100]],
  ['transportation', [X, Y], [1000, 30000], [300, 3000], [20, 200]],
  ['warehousing', [X, Y], [200, 30000], [100, 1000], [20, 100]],
  ['post', [X, Y], [1000, 30000], [300, 2000], [20, 100]],
  ['accommodation', [X, Y], [300, 10000], [100, 2000], [10, 100]],
  ['catering', [X, Y], [300, 10000], [100, 2000], [10, 100]],
  ['information-transmission', [X, Y], [2000, 100000], [100, 1000], [10, 100]],
  ['software-it', [X, Y], [300, 10000], [100, 1000], [10, 50]],
  ['real-estate-development', [Y, Z], [200000, 10000], [1000, 5000], [100, 2000]],
  ['property-management', [X, Y], [1000, 5000], [300, 1000], [100, 500]],
  ['leasing-business-services', [X, Z], [300, 120000], [100, 8000], [10, 100]],
  ['other', [X], [300], [100], [10]],
];

const BELOW = { large: 'medium', medium: 'small', small: 'micro' } as const;

for (const standard of ['prc-2011', 'prc-2017']) {
  describe(standard, () => {
    for (const [sector, indicators, large, medium, small] of TABLE) {
      probeEveryBound(standard, sector, indicators, [['large', large], ['medium', medium], ['small', small]], BELOW);
      it(`${sector}: zero in every indicator is micro`, () => {
        const r = classifySize({ sector, ...Object.fromEntries(indicators.map((i) => [i, 0])) }, { standard });
        expect(r.ok && r.class).toBe('micro');
      });
    }
  });
}

describe('written-out cases', () => {
  it.each([
    [{ sector: 'industry', employees: 350, revenue: 2500 }, 'medium'],
    [{ sector: 'industry', employees: 1500, revenue: 30000 }, 'medium'],
    [{ sector: 'industry', employees: 1500, revenue: 1000 }, 'small'],
    [{ sector: 'industry', employees: 15, revenue: 50000 }, 'micro'],
    [{ sector: 'retail', employees: 60, revenue: 400 }, 'small'],
    [{ sector: 'wholesale', employees: 4, revenue: 900 }, 'micro'],
    [{ sector: 'construction', revenue: 7000, assets: 4000 }, 'small'],
    [{ sector: 'real-estate-development', revenue: 250000, assets: 9000 }, 'medium'],
    [{ sector: 'leasing-business-services', employees: 400, assets: 130000 }, 'large'],
    [{ sector: 'agriculture', revenue: 49 }, 'micro'],
  ] as const)('%j is %s', (firm, expected) => {
    const r = classifySize(firm, { standard: 'prc-2017' });
    expect(r.ok && r.class).toBe(expected);
  });
});
