import { issue, type Issue } from '../issue.js';
import type { SizeClass } from '../size/standard.js';

/**
 * The "missing middle" (paper fn. 1, §5): "some large enterprises at the top and many small
 * enterprises at the bottom that are unable to graduate into the medium-sized category".
 * The engine reads it as a trough in the size distribution, with micro counted as small:
 *
 *   missing middle ⇔ large ≥ 1  and  small + micro > medium  and  medium ≤ large
 *
 * i.e. there is a top, the bottom outnumbers the middle, and the middle is no bigger than the
 * top (a healthy pyramid has more medium firms than large ones). Every count and share is kept.
 */
export const MISSING_MIDDLE_RULE = {
  minLarge: 1,
  source: 'ADBI DP 55, footnote 1 and §5 (the network cluster as a remedy for the missing middle)',
} as const;

export type SizeCounts = Readonly<Record<SizeClass, number>>;

export interface MissingMiddle {
  /** Null when no firm could be sized. */
  readonly missing: boolean | null;
  readonly rated: number;
  readonly smallOrMicro: number;
  readonly medium: number;
  readonly large: number;
  /** Shares of the firms sized (0 when none). */
  readonly shares: { readonly smallOrMicro: number; readonly medium: number; readonly large: number };
  readonly checks: { readonly hasLarge: boolean; readonly smallOutnumbersMedium: boolean; readonly mediumNotAboveLarge: boolean };
  readonly reasons: readonly Issue[];
}

export function missingMiddle(counts: SizeCounts): MissingMiddle {
  const smallOrMicro = counts.micro + counts.small;
  const { medium, large } = counts;
  const rated = smallOrMicro + medium + large;
  const share = (n: number) => (rated === 0 ? 0 : n / rated);
  const checks = {
    hasLarge: large >= MISSING_MIDDLE_RULE.minLarge,
    smallOutnumbersMedium: smallOrMicro > medium,
    mediumNotAboveLarge: medium <= large,
  };
  const missing = rated === 0 ? null : checks.hasLarge && checks.smallOutnumbersMedium && checks.mediumNotAboveLarge;
  const params = { smallOrMicro, medium, large, rated, ...checks };
  const reasons = [issue(missing === null ? 'cluster.middle-unknown' : missing ? 'cluster.middle-missing' : 'cluster.middle-present', params)];
  return {
    missing,
    rated,
    smallOrMicro,
    medium,
    large,
    shares: { smallOrMicro: share(smallOrMicro), medium: share(medium), large: share(large) },
    checks,
    reasons,
  };
}
