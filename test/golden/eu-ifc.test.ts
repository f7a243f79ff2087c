/**
 * EU Recommendation 2003/361/EC (standards.md §3): headcount < ceiling AND (turnover ≤ ceiling OR
 * balance sheet ≤ ceiling). IFC (standards.md §4): two of three criteria, tried from micro upward.
 * Every row is written out by hand from those tables.
 */
import { describe, expect, it } from 'vitest';
import { classifySize } from '@sme-navigator/engine';

const M = 1_000_000;

describe('eu-2003', () => {
  it.each([
    // headcount ceilings (both financial figures within the tier)
    [9, 1 * M, 1 * M, 'micro'],
    [10, 1 * M, 1 * M, 'small'],
    [11, 1 * M, 1 * M, 'small'],
    [49, 5 * M, 5 * M, 'small'],
    [50, 5 * M, 5 * M, 'medium'],
    [51, 5 * M, 5 * M, 'medium'],
    [249, 20 * M, 20 * M, 'medium'],
    [250, 20 * M, 20 * M, 'large'],
    [251, 20 * M, 20 * M, 'large'],
    // turnover ceilings (balance sheet over the ceiling, so turnover decides)
    [5, 2 * M - 1, 3 * M, 'micro'],
    [5, 2 * M, 3 * M, 'micro'],
    [5, 2 * M + 1, 3 * M, 'small'],
    [30, 10 * M - 1, 11 * M, 'small'],
    [30, 10 * M, 11 * M, 'small'],
    [30, 10 * M + 1, 11 * M, 'medium'],
    [200, 50 * M - 1, 44 * M, 'medium'],
    [200, 50 * M, 44 * M, 'medium'],
    [200, 50 * M + 1, 44 * M, 'large'],
    // balance-sheet ceilings (turnover over the ceiling, so the balance sheet decides)
    [5, 3 * M, 2 * M - 1, 'micro'],
    [5, 3 * M, 2 * M, 'micro'],
    [5, 3 * M, 2 * M + 1, 'small'],
    [30, 11 * M, 10 * M, 'small'],
    [30, 11 * M, 10 * M + 1, 'medium'],
    [200, 51 * M, 43 * M - 1, 'medium'],
    [200, 51 * M, 43 * M, 'medium'],
    [200, 51 * M, 43 * M + 1, 'large'],
  ])('%d AWU, turnover %d, balance sheet %d → %s', (employees, revenue, assets, expected) => {
    const r = classifySize({ employees, revenue, assets }, { standard: 'eu-2003' });
    expect(r.ok && r.class).toBe(expected);
  });

  it('accepts million euros', () => {
    const r = classifySize({ employees: 30, revenue: 9.5, assets: 12 }, { standard: 'eu-2003', unit: 'million-eur' });
    expect(r.ok && r.class).toBe('small');
  });
});

describe('ifc', () => {
  const K = 1000;
  it.each([
    [9, 99 * K, 5 * M, 'micro'],
    [10, 99 * K, 99 * K, 'micro'],
    [10, 100 * K, 99 * K, 'small'],
    [9, 100 * K, 100 * K, 'small'],
    [49, 3 * M - 1, 5 * M, 'small'],
    [50, 3 * M - 1, 3 * M - 1, 'small'],
    [50, 3 * M, 3 * M - 1, 'medium'],
    [300, 15 * M, 20 * M, 'medium'],
    [301, 15 * M, 15 * M, 'medium'],
    [301, 15 * M + 1, 15 * M, 'large'],
    [300, 15 * M + 1, 15 * M + 1, 'large'],
    [1000, 100 * M, 100 * M, 'large'],
  ])('%d employees, assets %d, sales %d → %s', (employees, assets, revenue, expected) => {
    const r = classifySize({ employees, assets, revenue }, { standard: 'ifc' });
    expect(r.ok && r.class).toBe(expected);
  });

  it('settles with two criteria when the third is missing, if they agree', () => {
    const r = classifySize({ employees: 5, assets: 50 * K }, { standard: 'ifc' });
    expect(r.ok && r.class).toBe('micro');
  });
});
