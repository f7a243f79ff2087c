import type { Answer } from '../input/read-answer.js';
import { issue, type Issue } from '../issue.js';
import { CONSTRAINTS, MOSTLY_UNKNOWN_SHARE, type ConstraintGroup, type ConstraintId } from './constraints.js';

/** How one constraint was settled: by the analyst's answer or derived from firm data, and why. */
export interface ConstraintAnswer {
  readonly value: Answer;
  readonly source: 'answer' | 'data';
  readonly reason: Issue;
}

export type ConstraintAnswers = Readonly<Partial<Record<ConstraintId, Answer | ConstraintAnswer>>>;

export interface BindingConstraint {
  readonly id: ConstraintId;
  readonly group: ConstraintGroup;
  readonly weight: number;
  readonly source: 'answer' | 'data';
  /** The paper section the constraint comes from. */
  readonly section: string;
  readonly reason: Issue;
}

export interface ConstraintAssessment {
  /** 0–100, the weighted share of answered internal constraints that bind; null when none is answered. */
  readonly internalIndex: number | null;
  readonly externalIndex: number | null;
  /** The same share over all answered constraints, both groups pooled: each constraint pulls by its weight. */
  readonly overallIndex: number | null;
  /** Binding constraints, heaviest first (then internal before external, then in CONSTRAINTS order). */
  readonly binding: readonly BindingConstraint[];
  readonly answered: number;
  readonly unanswered: number;
  readonly unansweredIds: readonly ConstraintId[];
  /** True when more than MOSTLY_UNKNOWN_SHARE of the constraints are unanswered. */
  readonly mostlyUnknown: boolean;
}

/**
 * The indices count only answered constraints: an unanswered one is neither binding nor absent, so
 * it leaves both the numerator and the denominator. Hence one more binding constraint (no → yes, or
 * unknown → yes) can never lower an index: b/a ≤ (b+w)/a and b/a ≤ (b+w)/(a+w) whenever b ≤ a.
 */
export function constraintIndices(answers: ConstraintAnswers): ConstraintAssessment {
  const sums: Record<ConstraintGroup, { yes: number; answered: number }> = { internal: { yes: 0, answered: 0 }, external: { yes: 0, answered: 0 } };
  const binding: BindingConstraint[] = [];
  const unansweredIds: ConstraintId[] = [];
  for (const c of CONSTRAINTS) {
    const given = answers[c.id];
    const settled = typeof given === 'string' ? { value: given, source: 'answer' as const, reason: issue('finance.answered', { constraint: c.id, answer: given }, c.id) } : given;
    if (settled === undefined || settled.value === 'unknown') {
      unansweredIds.push(c.id);
      continue;
    }
    sums[c.group].answered += c.weight;
    if (settled.value === 'yes') {
      sums[c.group].yes += c.weight;
      binding.push({ id: c.id, group: c.group, weight: c.weight, source: settled.source, section: c.source, reason: settled.reason });
    }
  }
  const internal = share(sums.internal);
  const external = share(sums.external);
  const pooled = share({ yes: sums.internal.yes + sums.external.yes, answered: sums.internal.answered + sums.external.answered });
  const order = (b: BindingConstraint) => CONSTRAINTS.findIndex((c) => c.id === b.id);
  binding.sort((a, b) => b.weight - a.weight || order(a) - order(b));
  const answered = CONSTRAINTS.length - unansweredIds.length;
  return {
    internalIndex: round(internal),
    externalIndex: round(external),
    overallIndex: round(pooled),
    binding,
    answered,
    unanswered: unansweredIds.length,
    unansweredIds,
    mostlyUnknown: unansweredIds.length > CONSTRAINTS.length * MOSTLY_UNKNOWN_SHARE,
  };
}

function share(s: { yes: number; answered: number }): number | null {
  return s.answered === 0 ? null : (100 * s.yes) / s.answered;
}

const round = (v: number | null) => (v === null ? null : Math.round(v));
