import type { IndicatorId, IndicatorRule } from './indicators.js';
import { normalise } from './indicators.js';
import type { IndicatorValues } from './read-indicators.js';

export interface ScoredPart {
  readonly id: IndicatorId;
  readonly value: number;
  readonly score: number;
  readonly weight: number;
}

export interface WeightedScore {
  /** Unrounded; null when no indicator with a weight above 0 was given. */
  readonly score: number | null;
  readonly parts: readonly ScoredPart[];
  /** Indicators not given (their weight is spread over the rest). */
  readonly missing: readonly IndicatorId[];
  /** Given, but weighted 0 by the caller. */
  readonly unweighted: readonly IndicatorId[];
}

/**
 * Weighted mean of the indicators given: Σ wᵢ·sᵢ ÷ Σ wᵢ over those present, so a missing indicator's
 * weight is shared out in proportion to the others' and the score stays on 0–100.
 */
export function weightedScore(rules: readonly IndicatorRule[], values: IndicatorValues, weights: Readonly<Record<IndicatorId, number>>): WeightedScore {
  const parts: ScoredPart[] = [];
  const missing: IndicatorId[] = [];
  const unweighted: IndicatorId[] = [];
  for (const rule of rules) {
    const id = rule.id as IndicatorId;
    const value = values[id];
    if (value === undefined) missing.push(id);
    else if (weights[id] === 0) unweighted.push(id);
    else parts.push({ id, value, score: normalise(rule.normalisation, value), weight: weights[id] });
  }
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const score = total === 0 ? null : parts.reduce((sum, p) => sum + p.weight * p.score, 0) / total;
  return { score, parts, missing, unweighted };
}

/**
 * The score of `weightedScore` alone, summed in the same order (so to the same bits), without
 * listing the parts: for the technology gap, which shows only the number.
 */
export function weightedMean(rules: readonly IndicatorRule[], values: IndicatorValues, weights: Readonly<Record<IndicatorId, number>>): number | null {
  let total = 0;
  let sum = 0;
  for (const rule of rules) {
    const id = rule.id as IndicatorId;
    const value = values[id];
    const weight = weights[id];
    if (value === undefined || weight === 0) continue;
    total += weight;
    sum += weight * normalise(rule.normalisation, value);
  }
  return total === 0 ? null : sum / total;
}
