import type { Condition, Indicator, SectorRule, SizeClass } from '../standard.js';

/**
 * Shorthand for the PRC tables, which all read "a tier needs every listed indicator at or above its
 * lower bound" (国统字〔2003〕17号 note 3; 国统字〔2011〕75号 / 〔2017〕213号). It only spells out the
 * general data format; it adds no rule of its own.
 */
export function allAtLeast(indicators: readonly Indicator[], bounds: readonly number[]): Condition {
  if (indicators.length !== bounds.length) throw new Error('each indicator needs one bound');
  return { all: indicators.map((indicator, i) => ({ indicator, op: '>=' as const, value: bounds[i]! })) };
}

export function tiersAtLeast(
  indicators: readonly Indicator[],
  byClass: readonly (readonly [SizeClass, readonly number[]])[],
  otherwise: SizeClass,
): SectorRule {
  return { tiers: byClass.map(([cls, bounds]) => ({ class: cls, when: allAtLeast(indicators, bounds) })), otherwise };
}
