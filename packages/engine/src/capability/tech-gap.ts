import { issue, type Issue } from '../issue.js';
import { indicatorRule, roundScore, type IndicatorId, type IndicatorRule } from './indicators.js';
import type { IndicatorValues } from './read-indicators.js';
import { MARKET_POSITION_SCORES, type MarketPosition } from './read-level.js';
import { weightedMean } from './score-side.js';

/**
 * The technology gap of a late-industrialising economy (paper §3.5), per firm: three lags, each
 * 0–100 where 100 is the widest gap, i.e. 100 minus the weighted mean of the scores of the
 * indicators that measure that aspect (missing ones reweighted, as for the capability scores).
 *
 * - innovation lag: R&D capability and a late start in the patent race → R&D intensity, new-product
 *   share and patents, with their product-capability weights;
 * - process lag: the infrastructure to replicate products → the process-capability indicators with
 *   their weights (so it is 100 minus the process score when that comes from indicators);
 * - customer lag: late entry, brand and switching costs → export share (scored 100 × share), own
 *   brand, and market position (leader 100, follower 50, latecomer 0), weighted 40 / 30 / 30.
 */
export const LAGS = ['innovation', 'process', 'customer'] as const;
export type Lag = (typeof LAGS)[number];

export const INNOVATION_LAG_INDICATORS: readonly IndicatorId[] = ['rd_intensity', 'new_product_share', 'patents_per_100_employees'];
export const PROCESS_LAG_INDICATORS: readonly IndicatorId[] = ['process_innovation', 'quality_certified', 'automation_share', 'labour_productivity_ratio'];

export const CUSTOMER_LAG_WEIGHTS = { export_share: 40, own_brand: 30, market_position: 30 } as const;

export const TECH_GAP_SOURCE = 'ADBI DP 55 §3.5: innovation lag, process lag, customer lag';

export interface TechGap {
  readonly innovation: number | null;
  readonly process: number | null;
  readonly customer: number | null;
  /** The widest lag; ties go to the first in the order innovation, process, customer. */
  readonly largest: Lag | null;
}

export interface CustomerFacts {
  readonly exportShare: number | null;
  readonly marketPosition: MarketPosition | null;
}

// Rated for every row, so the rules are looked up once.
const INNOVATION_LAG_RULES = INNOVATION_LAG_INDICATORS.map(indicatorRule);
const PROCESS_LAG_RULES = PROCESS_LAG_INDICATORS.map(indicatorRule);

/** The three lags; each step is explained in `reasons`, unless that is null (reasons not wanted). */
export function techGap(
  values: IndicatorValues,
  weights: Readonly<Record<IndicatorId, number>>,
  customer: CustomerFacts,
  reasons: Issue[] | null,
): TechGap {
  const lagFrom = (lag: Lag, rules: readonly IndicatorRule[]): number | null => {
    const mean = weightedMean(rules, values, weights);
    if (mean === null) reasons?.push(issue('tech-gap.unavailable', { lag, needs: rules.map((r) => r.id) }));
    return mean === null ? null : roundScore(100 - mean);
  };

  const innovation = lagFrom('innovation', INNOVATION_LAG_RULES);
  const process = lagFrom('process', PROCESS_LAG_RULES);

  // Summed in the order export share, own brand, market position.
  let total = 0;
  let weighted = 0;
  if (customer.exportShare !== null) {
    total += CUSTOMER_LAG_WEIGHTS.export_share;
    weighted += CUSTOMER_LAG_WEIGHTS.export_share * (100 * customer.exportShare);
  }
  if (values.own_brand !== undefined) {
    total += CUSTOMER_LAG_WEIGHTS.own_brand;
    weighted += CUSTOMER_LAG_WEIGHTS.own_brand * (values.own_brand > 0 ? 100 : 0);
  }
  if (customer.marketPosition !== null) {
    total += CUSTOMER_LAG_WEIGHTS.market_position;
    weighted += CUSTOMER_LAG_WEIGHTS.market_position * MARKET_POSITION_SCORES[customer.marketPosition];
  }
  const customerLag = total === 0 ? null : roundScore(100 - weighted / total);
  if (customerLag === null) reasons?.push(issue('tech-gap.unavailable', { lag: 'customer', needs: Object.keys(CUSTOMER_LAG_WEIGHTS) }));

  const byLag: Record<Lag, number | null> = { innovation, process, customer: customerLag };
  let largest: Lag | null = null;
  for (const lag of LAGS) {
    const v = byLag[lag];
    if (v !== null && (largest === null || v > byLag[largest]!)) largest = lag;
  }
  if (largest !== null) reasons?.push(issue('tech-gap.largest', { lag: largest, value: byLag[largest]! }));
  return { innovation, process, customer: customerLag, largest };
}
