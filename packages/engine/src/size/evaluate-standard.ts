import { isBound, type Bound, type Condition, type Indicator, type SectorRule, type SizeClass } from './standard.js';

/** Indicator values in the standard's threshold unit; an absent key is an indicator not given. */
export type IndicatorValues = Partial<Record<Indicator, number>>;

/** Three-valued: `undefined` when a needed indicator was not given. */
export type Truth = boolean | undefined;

export interface BoundCheck {
  readonly bound: Bound;
  readonly value: number | undefined;
  readonly met: Truth;
}

export interface TierCheck {
  readonly class: SizeClass;
  readonly met: Truth;
  readonly checks: readonly BoundCheck[];
}

export interface RuleOutcome {
  /** The class, when the values given settle it. */
  readonly class: SizeClass | undefined;
  /** Every class still possible given the missing indicators (one element when settled). */
  readonly possible: readonly SizeClass[];
  /** The tiers tried, in order, up to the one that decided. */
  readonly tiers: readonly TierCheck[];
  /** Indicators whose absence left a tier undecided. */
  readonly undecidedBy: readonly Indicator[];
}

function compare(value: number, op: Bound['op'], limit: number): boolean {
  switch (op) {
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
  }
}

function check(condition: Condition, values: IndicatorValues, out: BoundCheck[]): Truth {
  if (isBound(condition)) {
    const value = values[condition.indicator];
    const met = value === undefined ? undefined : compare(value, condition.op, condition.value);
    out.push({ bound: condition, value, met });
    return met;
  }
  // Every member is evaluated (no short-circuit) so that the trace shows each bound.
  const parts = ('all' in condition ? condition.all : 'any' in condition ? condition.any : condition.of).map((c) => check(c, values, out));
  const trues = parts.filter((p) => p === true).length;
  const unknowns = parts.filter((p) => p === undefined).length;
  const need = 'all' in condition ? parts.length : 'any' in condition ? 1 : condition.atLeast;
  if (trues >= need) return true;
  if (trues + unknowns < need) return false;
  return undefined;
}

/** Runs one sector's tiers: the first tier met decides; a tier left undecided keeps its class possible. */
export function evaluateRule(rule: SectorRule, values: IndicatorValues): RuleOutcome {
  const tiers: TierCheck[] = [];
  const possible: SizeClass[] = [];
  const undecidedBy = new Set<Indicator>();
  let decided = false;
  for (const tier of rule.tiers) {
    const checks: BoundCheck[] = [];
    const met = check(tier.when, values, checks);
    tiers.push({ class: tier.class, met, checks });
    if (met === false) continue;
    if (!possible.includes(tier.class)) possible.push(tier.class);
    if (met === true) {
      decided = true;
      break;
    }
    for (const c of checks) if (c.met === undefined) undecidedBy.add(c.bound.indicator);
  }
  if (!decided && !possible.includes(rule.otherwise)) possible.push(rule.otherwise);
  return {
    class: possible.length === 1 ? possible[0] : undefined,
    possible,
    tiers,
    undecidedBy: [...undecidedBy],
  };
}
