/**
 * The financing constraints of ADBI DP55: the six internal and five external of §3.5, refined by the
 * twelve items of Appendix A.2, plus two the paper gives elsewhere: a short credit history (§3.5 on
 * younger firms, A.3.1 on the limits of scoring) and local-government interference (A.2 items 1–3,
 * listed as external by standards.md §6). Each constraint is one question a credit officer answers
 * yes / no / unknown, and one column of the firm row (its id).
 *
 * Weights are the engine's own judgement, stated here once (docs/financing.md gives the reasons):
 * 3 where the paper singles a constraint out (A.2 item 8 calls poor credit accountability possibly
 * "the biggest barrier"; A.1 names lack of collateral first), 2 for the other direct causes of
 * credit rationing, 1 for market-wide background conditions. The overall index pools both groups,
 * so the internal constraints (weights summing to 15 of 23) carry about two thirds of it: they are
 * the firm's own and tell firms apart, while external ones are shared by every firm in a market.
 */
export const CONSTRAINT_IDS = [
  'differential_treatment',
  'low_credit_accountability',
  'no_collateral',
  'low_transparency',
  'weak_governance',
  'market_risk',
  'short_credit_history',
  'no_bank_competition',
  'small_loans_uneconomic',
  'thin_capital_markets',
  'incomplete_commodity_markets',
  'second_tier_perception',
  'local_government_interference',
] as const;

export type ConstraintId = (typeof CONSTRAINT_IDS)[number];
export type ConstraintGroup = 'internal' | 'external';

export interface FinancingConstraint {
  readonly id: ConstraintId;
  readonly group: ConstraintGroup;
  /** Short English label; the catalogue's `finance.constraint.<id>` is made from it. */
  readonly label: string;
  /** The plain-language question (yes = the constraint binds); the catalogue's `finance.question.<id>`. */
  readonly question: string;
  /** Where in DP55 (or standards.md) the constraint comes from. */
  readonly source: string;
  /** Weight within its group. */
  readonly weight: number;
}

export const CONSTRAINTS: readonly FinancingConstraint[] = [
  {
    id: 'differential_treatment',
    group: 'internal',
    label: 'differential treatment by ownership, region, size or industry',
    question: 'Do lenders treat the firm worse because of its ownership (private, not state-owned), its region (interior, not coastal), its size or its industry?',
    source: '§3.5; A.2 items 4 and 5',
    weight: 2,
  },
  {
    id: 'low_credit_accountability',
    group: 'internal',
    label: 'low accountability of credit',
    question: 'Are the firm’s accounts and bookkeeping unreliable enough that a lender cannot trust them (no audit, false or incomplete books)?',
    source: '§3.5; A.2 item 8',
    weight: 3,
  },
  {
    id: 'no_collateral',
    group: 'internal',
    label: 'no credible collateral',
    question: 'Does the firm lack collateral a bank would accept for the loan it needs?',
    source: '§3.5; A.2 item 9; A.1',
    weight: 3,
  },
  {
    id: 'low_transparency',
    group: 'internal',
    label: 'lack of transparency',
    question: 'Does the firm withhold information on its business performance from lenders (as most owner-operated firms do)?',
    source: '§3.5; A.2 item 10',
    weight: 2,
  },
  {
    id: 'weak_governance',
    group: 'internal',
    label: 'weak corporate governance and management',
    question: 'Is the firm run on the family model, with no checks on the owner and thin management skills?',
    source: '§3.5; A.2 item 11',
    weight: 2,
  },
  {
    id: 'market_risk',
    group: 'internal',
    label: 'risk of the firm’s specific market',
    question: 'Is the firm exposed to the risks of its particular market: a narrow product range, low-quality or copied goods, small scale?',
    source: '§3.5; A.2 item 12',
    weight: 1,
  },
  {
    id: 'short_credit_history',
    group: 'internal',
    label: 'short credit history',
    question: 'Is the firm’s credit history with banks shorter than three years (a young firm or a new banking relationship)?',
    source: '§3.5 (Berger & Udell 1995); A.3.1',
    weight: 2,
  },
  {
    id: 'no_bank_competition',
    group: 'external',
    label: 'failure of bank competition',
    question: 'Is lending where the firm operates dominated by the big four state banks, with no other bank competing for SME loans?',
    source: '§3.5; A.2 item 5',
    weight: 2,
  },
  {
    id: 'small_loans_uneconomic',
    group: 'external',
    label: 'small loans not cost-effective for banks',
    question: 'Is the loan the firm needs too small for banks to find it worth the cost of appraisal and monitoring?',
    source: '§3.5; A.2 item 5',
    weight: 2,
  },
  {
    id: 'thin_capital_markets',
    group: 'external',
    label: 'underdeveloped capital markets',
    question: 'Are equity and bond markets closed to a firm like this one, so that it cannot raise funds outside banks?',
    source: '§3.5; A.2 item 6',
    weight: 1,
  },
  {
    id: 'incomplete_commodity_markets',
    group: 'external',
    label: 'incomplete commodity markets',
    question: 'Does the firm sell in a low-entry-threshold market crowded by repeated entry and excess supply?',
    source: '§3.5; A.2 item 7',
    weight: 1,
  },
  {
    id: 'second_tier_perception',
    group: 'external',
    label: 'SMEs seen as second-tier firms',
    question: 'Do lenders and officials see firms like this one as second-tier, behind state-owned enterprises?',
    source: '§3.5',
    weight: 1,
  },
  {
    id: 'local_government_interference',
    group: 'external',
    label: 'local-government interference in local finance',
    question: 'Does the local government, short of revenue, interfere in the lending of local financial institutions?',
    source: 'A.2 items 1–3; standards.md §6',
    weight: 1,
  },
];

/** More than this share of constraints unanswered and the assessment says it rests on few answers. */
export const MOSTLY_UNKNOWN_SHARE = 0.5;

export const CONSTRAINT_BY_ID: ReadonlyMap<ConstraintId, FinancingConstraint> = new Map(CONSTRAINTS.map((c) => [c.id, c]));

export function isConstraintId(id: string): id is ConstraintId {
  return CONSTRAINT_BY_ID.has(id as ConstraintId);
}
