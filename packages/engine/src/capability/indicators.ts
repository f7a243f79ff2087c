/**
 * The capability model as data: every indicator, the side it measures, how a raw value becomes a
 * 0–100 score, its default weight and where it comes from. A weight or an anchor appears here once;
 * `score-side.ts` only evaluates it.
 *
 * The two sides are the paper's two dimensions of technological capability (§2.1): product
 * capability ("create, design and commercialise new products", upstream) and process capability
 * ("make multiple copies of a given product", downstream). The indicators follow the OECD Oslo
 * Manual 2018 split between product innovation and business-process innovation. The anchors (what
 * counts as full marks) are this engine's calibration, not the paper's; they are chosen so that the
 * default threshold of 50 sits at a plain-language borderline, given for each indicator below.
 */

export const SIDES = ['product', 'process'] as const;
export type Side = (typeof SIDES)[number];

export type Level = 'high' | 'low';

/**
 * How a raw value becomes a score. `linear`: 100 × min(1, value ÷ full), so half of `full` scores 50.
 * `yes-no`: yes 100, no 0 (an "unknown" answer counts as not given).
 */
export type Normalisation = { readonly kind: 'linear'; readonly full: number } | { readonly kind: 'yes-no' };

/** What the value is, so a reason can show it in its own terms. */
export type ValueKind = 'benchmark-multiple' | 'share' | 'per-100-employees' | 'yes-no' | 'ratio-to-median';

export interface IndicatorRule {
  readonly id: string;
  readonly side: Side;
  /** Row fields it is computed from. */
  readonly fields: readonly string[];
  readonly value: ValueKind;
  readonly normalisation: Normalisation;
  /** Default weight; weights are relative (each side's weights are divided by the sum of those given). */
  readonly weight: number;
  /** Where the threshold of 50 falls, in words. */
  readonly borderline: string;
  readonly source: string;
}

const OSLO_PRODUCT = 'OECD/Eurostat, Oslo Manual 2018, ch. 3 (product innovation)';
const OSLO_PROCESS = 'OECD/Eurostat, Oslo Manual 2018, ch. 3 (business-process innovation: production, logistics)';

export const CAPABILITY_INDICATORS = [
  {
    id: 'rd_intensity',
    side: 'product',
    fields: ['rd_spend', 'revenue', 'sector'],
    value: 'benchmark-multiple',
    normalisation: { kind: 'linear', full: 2 },
    weight: 35,
    borderline: 'R&D spend ÷ sales equal to the sector benchmark of the paper’s Table 4 (twice the benchmark scores 100)',
    source: 'Paper §3.4 Table 4 (R&D input intensity, 2002) and §3.5 (innovation lag: R&D capability); Oslo Manual 2018 ch. 4 (R&D)',
  },
  {
    id: 'new_product_share',
    side: 'product',
    fields: ['new_product_share'],
    value: 'share',
    normalisation: { kind: 'linear', full: 0.4 },
    weight: 30,
    borderline: 'a fifth (20 %) of sales from products new or improved in the last three years (40 % scores 100)',
    source: `${OSLO_PRODUCT}; paper §2.1 (commercialising new products)`,
  },
  {
    id: 'patents_per_100_employees',
    side: 'product',
    fields: ['patents', 'employees'],
    value: 'per-100-employees',
    normalisation: { kind: 'linear', full: 4 },
    weight: 20,
    borderline: '2 patents or other IP titles per 100 employees, i.e. one for a 50-person firm (4 scores 100)',
    source: 'Paper §3.5 (a later start in the patent race) and §5.5 (IP); Oslo Manual 2018 ch. 5 (IP as a knowledge capability)',
  },
  {
    id: 'own_brand',
    side: 'product',
    fields: ['own_brand'],
    value: 'yes-no',
    normalisation: { kind: 'yes-no' },
    weight: 15,
    borderline: 'yes: the firm sells under its own design or brand',
    source: `${OSLO_PRODUCT} (design capability); paper §2.2 (marketing and branding capabilities)`,
  },
  {
    id: 'process_innovation',
    side: 'process',
    fields: ['process_innovation'],
    value: 'yes-no',
    normalisation: { kind: 'yes-no' },
    weight: 30,
    borderline: 'yes: a new or improved production or logistics process in the last three years',
    source: `${OSLO_PROCESS}; paper §2.2 (constant investment in process innovation)`,
  },
  {
    id: 'quality_certified',
    side: 'process',
    fields: ['quality_certified'],
    value: 'yes-no',
    normalisation: { kind: 'yes-no' },
    weight: 20,
    borderline: 'yes: a quality-management certification such as ISO 9001',
    source: `${OSLO_PROCESS}; paper §2.2 (low-cost, high-quality replication) and §5.5 (quality management)`,
  },
  {
    id: 'automation_share',
    side: 'process',
    fields: ['automation_share'],
    value: 'share',
    normalisation: { kind: 'linear', full: 1 },
    weight: 25,
    borderline: 'half of the production equipment automated or recent (all of it scores 100)',
    source: `${OSLO_PROCESS} (acquisition of equipment and software); paper §3.5 (process lag: infrastructure)`,
  },
  {
    id: 'labour_productivity_ratio',
    side: 'process',
    fields: ['labour_productivity_ratio'],
    value: 'ratio-to-median',
    normalisation: { kind: 'linear', full: 2 },
    weight: 25,
    borderline: 'labour productivity equal to the sector median the user gives (twice the median scores 100)',
    source: 'Paper §2.2 (high productivity against rising input costs) and §2.3 (Melitz 2003: productivity decides who exports)',
  },
] as const satisfies readonly IndicatorRule[];

export type IndicatorId = (typeof CAPABILITY_INDICATORS)[number]['id'];

export const INDICATOR_IDS: readonly IndicatorId[] = CAPABILITY_INDICATORS.map((i) => i.id);

export const DEFAULT_WEIGHTS: Readonly<Record<IndicatorId, number>> = Object.fromEntries(CAPABILITY_INDICATORS.map((i) => [i.id, i.weight])) as Record<IndicatorId, number>;

/** A score at or above the threshold is high (so exactly 50 is high). Scores are kept to one decimal. */
export const DEFAULT_CAPABILITY_THRESHOLD = 50;

// Looked up for every row rated, so built once.
const BY_SIDE: Readonly<Record<Side, readonly IndicatorRule[]>> = {
  product: CAPABILITY_INDICATORS.filter((i) => i.side === 'product'),
  process: CAPABILITY_INDICATORS.filter((i) => i.side === 'process'),
};
const BY_ID: ReadonlyMap<string, IndicatorRule> = new Map(CAPABILITY_INDICATORS.map((i) => [i.id, i]));

export function indicatorsOf(side: Side): readonly IndicatorRule[] {
  return BY_SIDE[side];
}

export function indicatorRule(id: IndicatorId): IndicatorRule {
  return BY_ID.get(id)!;
}

/** One decimal, half away from zero: what is shown is what is compared with the threshold. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}

export function normalise(rule: Normalisation, value: number): number {
  return rule.kind === 'yes-no' ? (value > 0 ? 100 : 0) : 100 * Math.min(1, value / rule.full);
}
