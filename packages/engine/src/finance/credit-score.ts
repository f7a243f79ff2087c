import { issue, type Issue } from '../issue.js';
import { nested } from './conditions.js';
import { SHORT_HISTORY_YEARS } from './derived-constraints.js';

/**
 * A points table in the spirit of DP55 A.3.1 (Japanese banks' credit scoring "based on its past credit
 * history and debt outstanding"). The bands are the engine's own, chosen to be read at a glance; they
 * are NOT fitted to default data and the points are NOT a probability of default. A.3.1 itself warns
 * that short loan terms and absent credit histories limit such models, so no score is given for a
 * history under SHORT_HISTORY_YEARS.
 */
export const CREDIT_SCORE_TABLE = {
  /** Years of credit history: points for at least `from` years, the highest band that applies. */
  history: [
    { from: SHORT_HISTORY_YEARS, points: 20 },
    { from: 5, points: 35 },
    { from: 10, points: 50 },
  ],
  /** Debt outstanding ÷ annual revenue: points for at most `upTo`, the lowest band that applies; above the last, 0. */
  debtToRevenue: [
    { upTo: 0.25, points: 50 },
    { upTo: 0.5, points: 35 },
    { upTo: 1, points: 20 },
  ],
  max: 100,
} as const;

export interface CreditScore {
  readonly points: number;
  readonly max: number;
  /** One line per table row used: the value and the points it earned. */
  readonly lines: readonly Issue[];
  /** What the points are not; always present. */
  readonly limits: readonly Issue[];
}

export interface CreditScoreInput {
  readonly credit_history_years?: number;
  readonly debt_outstanding?: number;
  readonly revenue?: number;
  /** True when the firm's accounts cannot be relied on (low accountability of credit binds). */
  readonly unreliableAccounts?: boolean;
}

export type CreditScoreResult = { readonly ok: true; readonly score: CreditScore } | { readonly ok: false; readonly reason: Issue };

export function creditScorePoints(input: CreditScoreInput): CreditScoreResult {
  const notOffered = (because: Issue): CreditScoreResult => ({ ok: false, reason: issue('finance.score.not-offered', { because: nested(because) }) });
  const years = input.credit_history_years;
  if (years === undefined) return notOffered(issue('finance.cond.fact-unknown', { fact: 'credit_history_years' }, 'credit_history_years'));
  if (years < SHORT_HISTORY_YEARS) return notOffered(issue('finance.derived.history-short', { years, min: SHORT_HISTORY_YEARS }, 'credit_history_years'));
  if (input.unreliableAccounts) return notOffered(issue('finance.cond.binds', { constraint: 'low_credit_accountability' }, 'low_credit_accountability'));
  if (input.debt_outstanding === undefined) return notOffered(issue('finance.cond.fact-unknown', { fact: 'debt_outstanding' }, 'debt_outstanding'));
  if (input.revenue === undefined || input.revenue === 0) return notOffered(issue('finance.score.needs-revenue', {}, 'revenue'));

  let historyPoints = 0;
  for (const band of CREDIT_SCORE_TABLE.history) if (years >= band.from) historyPoints = band.points;
  const ratio = input.debt_outstanding / input.revenue;
  const debtPoints = CREDIT_SCORE_TABLE.debtToRevenue.find((band) => ratio <= band.upTo)?.points ?? 0;
  return {
    ok: true,
    score: {
      points: historyPoints + debtPoints,
      max: CREDIT_SCORE_TABLE.max,
      lines: [
        issue('finance.score.history-line', { years, points: historyPoints }, 'credit_history_years'),
        issue('finance.score.debt-line', { debt: input.debt_outstanding, revenue: input.revenue, ratio, points: debtPoints }, 'debt_outstanding'),
      ],
      limits: [issue('finance.score.not-a-probability', {}), issue('finance.score.history-limit', { min: SHORT_HISTORY_YEARS })],
    },
  };
}
