import { classifySize } from '@sme-navigator/engine';
import { expect, it } from 'vitest';

export type Ind = 'employees' | 'revenue' | 'assets';

/**
 * For every bound of every tier of a published table: at the bound and one above, the firm is in
 * that tier; one below, it is in the tier `below` names (the other indicators sit exactly at the
 * tier's bounds). The expected classes come from the table and the standard's own tier logic.
 */
export function probeEveryBound(
  standard: string,
  sector: string,
  indicators: readonly Ind[],
  tiers: readonly (readonly [tier: string, bounds: readonly number[]])[],
  below: Readonly<Record<string, string>>,
): void {
  for (const [tier, bounds] of tiers) {
    indicators.forEach((indicator, i) => {
      const at = Object.fromEntries(indicators.map((ind, j) => [ind, bounds[j]]));
      const bound = bounds[i]!;
      it.each([
        ['at', bound, tier],
        ['one above', bound + 1, tier],
        ['one below', bound - 1, below[tier]],
      ])(`${sector} ${tier} ${indicator} %s ${bound}`, (_, value, expected) => {
        const r = classifySize({ sector, ...at, [indicator]: value }, { standard });
        expect(r.ok && r.class).toBe(expected);
      });
    });
  }
}
