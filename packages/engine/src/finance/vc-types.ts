import { issue, type Issue } from '../issue.js';
import { checkCondition, type FinanceCondition, type FinanceProfile } from './conditions.js';

export const VC_TYPE_IDS = ['government', 'corporate', 'university', 'foreign'] as const;
export type VcTypeId = (typeof VC_TYPE_IDS)[number];

export interface VcCriterion {
  readonly when: FinanceCondition;
  /** The Table A.1 row the criterion reads. */
  readonly row: 'investment focus' | 'preferred stage' | 'geography' | 'primary objective';
  /** Unmet (not merely unknown) puts the type out of reach: score 0. */
  readonly required: boolean;
}

export interface VcType {
  readonly id: VcTypeId;
  /** English label; the catalogue's `finance.vc.<id>` is made from it. */
  readonly label: string;
  /** Table A.1 as printed (after White, Gao & Zhang 2005). */
  readonly table: {
    readonly ownership: string;
    readonly primaryInvestor: string;
    readonly objective: string;
    readonly focus: string;
    readonly stage: string;
    readonly geography: string;
  };
  /** One point each when met. */
  readonly criteria: readonly VcCriterion[];
}

const TECH: VcCriterion = { when: { kind: 'fact', fact: 'high_tech', is: 'yes' }, row: 'investment focus', required: true };

/**
 * The four kinds of venture-capital firm in the PRC (DP55 Table A.1, standards.md §6). Focus is
 * required: a high-tech investor does not back a firm known not to be technology-intensive, nor a
 * high-growth investor a firm known not to grow fast. University VC exists to commercialise its own
 * university's S&T (its objective), so it also requires a university link.
 */
export const VC_TYPES: readonly VcType[] = [
  {
    id: 'government',
    label: 'government VC',
    table: {
      ownership: 'SOE / limited corporation',
      primaryInvestor: 'local government',
      objective: 'promote local high-tech industry and commercialisation',
      focus: 'high-tech',
      stage: 'early',
      geography: 'local',
    },
    criteria: [TECH, { when: { kind: 'stage', in: ['early'] }, row: 'preferred stage', required: false }, { when: { kind: 'location', in: ['local', 'regional'] }, row: 'geography', required: false }],
  },
  {
    id: 'corporate',
    label: 'corporate VC',
    table: {
      ownership: 'limited corporation',
      primaryInvestor: 'listed companies',
      objective: 'higher ROI than alternative investments',
      focus: 'high-tech',
      stage: 'late / expansion',
      geography: 'local / regional',
    },
    criteria: [TECH, { when: { kind: 'stage', in: ['expansion'] }, row: 'preferred stage', required: false }, { when: { kind: 'location', in: ['local', 'regional'] }, row: 'geography', required: false }],
  },
  {
    id: 'university',
    label: 'university VC',
    table: {
      ownership: 'limited corporation',
      primaryInvestor: 'university / firms',
      objective: 'commercialise the university’s S&T',
      focus: 'high-tech',
      stage: 'early',
      geography: 'universities / regional',
    },
    criteria: [
      TECH,
      { when: { kind: 'stage', in: ['early'] }, row: 'preferred stage', required: false },
      { when: { kind: 'location', in: ['regional'] }, row: 'geography', required: false },
      { when: { kind: 'fact', fact: 'university_link', is: 'yes' }, row: 'primary objective', required: true },
    ],
  },
  {
    id: 'foreign',
    label: 'foreign VC',
    table: {
      ownership: 'limited partnership',
      primaryInvestor: 'investment funds / corporations',
      objective: 'high ROI',
      focus: 'high growth / potential',
      stage: 'growth',
      geography: 'major metropolitan areas',
    },
    criteria: [
      { when: { kind: 'fact', fact: 'high_growth', is: 'yes' }, row: 'investment focus', required: true },
      { when: { kind: 'stage', in: ['growth'] }, row: 'preferred stage', required: false },
      { when: { kind: 'location', in: ['metropolitan'] }, row: 'geography', required: false },
    ],
  },
];

export interface VcFit {
  readonly id: VcTypeId;
  /** Criteria met (0 when a required one is unmet). */
  readonly score: number;
  readonly max: number;
  /** Criteria met. */
  readonly reasons: readonly Issue[];
  /** Criteria unmet or not known. */
  readonly gaps: readonly Issue[];
}

/** The four VC types, best fit first (ties in Table A.1 order). */
export function fitVcTypes(p: FinanceProfile): VcFit[] {
  const fits = VC_TYPES.map((t): VcFit => {
    const checks = t.criteria.map((c) => ({ c, check: checkCondition(c.when, p) }));
    const blocked = checks.filter((x) => x.c.required && x.check.state === 'unmet');
    const met = checks.filter((x) => x.check.state === 'met');
    const gaps = checks.filter((x) => x.check.state !== 'met').map((x) => x.check.issue);
    return {
      id: t.id,
      score: blocked.length > 0 ? 0 : met.length,
      max: t.criteria.length,
      reasons: blocked.length > 0 ? [] : met.map((x) => x.check.issue),
      gaps: blocked.length > 0 ? [issue('finance.vc-out-of-reach', { type: t.id }), ...gaps] : gaps,
    };
  });
  const order = (id: VcTypeId) => VC_TYPE_IDS.indexOf(id);
  return fits.sort((a, b) => b.score - a.score || order(a.id) - order(b.id));
}
