import { issue, type Issue } from '../issue.js';
import { checkCondition, nested, type FinanceCondition, type FinanceProfile } from './conditions.js';
import { SHORT_HISTORY_YEARS } from './derived-constraints.js';

export const INSTRUMENT_IDS = [
  'leasing',
  'factoring',
  'venture-capital',
  'cluster-relationship-banking',
  'credit-scoring',
  'guarantee-scheme',
  'e-finance',
  'sme-policy-lender',
] as const;

export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export interface InstrumentSignal {
  readonly when: FinanceCondition;
  readonly points: number;
}

export interface FinancingInstrument {
  readonly id: InstrumentId;
  /** English label; the catalogue's `finance.instrument.<id>` is made from it. */
  readonly label: string;
  readonly source: string;
  /** Every one must be met (an unknown fact is not enough). */
  readonly requires: readonly FinanceCondition[];
  /** Any one met rules the instrument out. */
  readonly excludedBy: readonly FinanceCondition[];
  /** Points for each signal met; the fit is their sum, and an instrument with no point is not listed. */
  readonly signals: readonly InstrumentSignal[];
}

const binds = (constraint: Extract<FinanceCondition, { kind: 'binds' }>['constraint'], points: number): InstrumentSignal => ({ when: { kind: 'binds', constraint }, points });

/**
 * The remedies the paper names (§5.3: leasing, factoring, venture capital, e-finance; §5.3 and A.3:
 * relationship banking with a whole cluster; A.3.1: credit scoring, SME policy lenders), each tied to
 * the constraints it eases. Guarantee schemes are not in DP55; they are the engine's addition as the
 * usual remedy for missing collateral, and say so in their source. Points: 2 for the constraint or
 * fact the instrument exists for, 1 for one it also eases.
 */
export const INSTRUMENTS: readonly FinancingInstrument[] = [
  {
    id: 'leasing',
    label: 'leasing',
    source: '§5.3; A.1 (lack of collateral)',
    requires: [],
    excludedBy: [{ kind: 'fact', fact: 'equipment_need', is: 'no' }],
    // The leased asset is its own security, so leasing stands in for the collateral the firm lacks.
    signals: [{ when: { kind: 'fact', fact: 'equipment_need', is: 'yes' }, points: 2 }, binds('no_collateral', 2)],
  },
  {
    id: 'factoring',
    label: 'factoring',
    source: '§5.3',
    requires: [{ kind: 'has-receivables' }],
    excludedBy: [{ kind: 'fact', fact: 'buyers_creditworthy', is: 'no' }],
    // The factor relies on the buyers' credit, not the seller's, so the seller's short history matters less.
    signals: [
      { when: { kind: 'fact', fact: 'buyers_creditworthy', is: 'yes' }, points: 2 },
      { when: { kind: 'has-receivables' }, points: 1 },
      binds('short_credit_history', 1),
      binds('no_collateral', 1),
    ],
  },
  {
    id: 'venture-capital',
    label: 'venture capital',
    source: 'A.1; §3.5 note 12; Table A.1',
    requires: [{ kind: 'any', of: [{ kind: 'fact', fact: 'high_tech', is: 'yes' }, { kind: 'fact', fact: 'high_growth', is: 'yes' }] }],
    excludedBy: [{ kind: 'stage', in: ['mature'] }],
    signals: [
      { when: { kind: 'fact', fact: 'high_tech', is: 'yes' }, points: 2 },
      { when: { kind: 'fact', fact: 'high_growth', is: 'yes' }, points: 2 },
      { when: { kind: 'stage', in: ['early', 'growth', 'expansion'] }, points: 1 },
      binds('no_collateral', 1),
    ],
  },
  {
    id: 'cluster-relationship-banking',
    label: 'relationship banking with the cluster',
    source: '§5.3; A.3.1; A.3.2',
    requires: [{ kind: 'fact', fact: 'cluster_member', is: 'yes' }],
    excludedBy: [],
    // A bank that knows the whole cluster learns what one opaque firm will not disclose, and lends at a
    // scale that pays for small loans (§5.3: long-term relationships with the cluster, not one SME).
    signals: [
      { when: { kind: 'fact', fact: 'cluster_member', is: 'yes' }, points: 2 },
      binds('low_transparency', 1),
      binds('low_credit_accountability', 1),
      binds('short_credit_history', 1),
      binds('small_loans_uneconomic', 1),
    ],
  },
  {
    id: 'credit-scoring',
    label: 'credit scoring',
    source: 'A.3.1',
    // A.3.1: "short loan term lengths and the absence of past credit histories limit the applicability".
    requires: [{ kind: 'history-at-least', years: SHORT_HISTORY_YEARS }],
    // Scores built from statements a lender cannot trust would mislead.
    excludedBy: [{ kind: 'binds', constraint: 'low_credit_accountability' }],
    signals: [
      { when: { kind: 'history-at-least', years: SHORT_HISTORY_YEARS }, points: 1 },
      { when: { kind: 'debt-known' }, points: 1 },
      binds('no_collateral', 1),
      binds('small_loans_uneconomic', 1),
    ],
  },
  {
    id: 'guarantee-scheme',
    label: 'credit guarantee scheme',
    source: 'not in DP55: engine addition (usual remedy for missing collateral)',
    requires: [],
    excludedBy: [{ kind: 'sme', is: false }],
    signals: [binds('no_collateral', 2), binds('short_credit_history', 1), binds('second_tier_perception', 1)],
  },
  {
    id: 'e-finance',
    label: 'e-finance',
    source: '§5.3',
    requires: [],
    excludedBy: [],
    // Online origination cuts the cost per loan and reaches firms the big banks do not compete for.
    signals: [binds('small_loans_uneconomic', 2), binds('no_bank_competition', 1)],
  },
  {
    id: 'sme-policy-lender',
    label: 'SME policy lender',
    source: 'A.3.1 (Japan’s policy-lending institutions for SMEs)',
    requires: [],
    excludedBy: [{ kind: 'sme', is: false }],
    signals: [binds('differential_treatment', 2), binds('second_tier_perception', 1), binds('no_bank_competition', 1), binds('local_government_interference', 1)],
  },
];

export interface InstrumentFit {
  readonly id: InstrumentId;
  /** Sum of the points of the signals met. */
  readonly score: number;
  /** The signals met, strongest first. */
  readonly reasons: readonly Issue[];
}

export interface InstrumentNotFitting {
  readonly id: InstrumentId;
  readonly reason: Issue;
}

/**
 * Instruments that fit, best first (ties in INSTRUMENTS order), and those ruled out or not assessable
 * for a stated reason. An instrument whose signals are all unmet or unknown is simply not listed.
 */
export function fitInstruments(p: FinanceProfile): { fits: InstrumentFit[]; notFitting: InstrumentNotFitting[] } {
  const fits: InstrumentFit[] = [];
  const notFitting: InstrumentNotFitting[] = [];
  INSTRUMENTS.forEach((inst) => {
    // A definite reason (a requirement failed, an exclusion met) is given before a missing fact.
    const required = inst.requires.map((c) => checkCondition(c, p));
    const failed = required.find((c) => c.state === 'unmet') ?? inst.excludedBy.map((c) => checkCondition(c, p)).find((c) => c.state === 'met');
    if (failed) {
      notFitting.push({ id: inst.id, reason: issue('finance.instrument-excluded', { instrument: inst.id, because: nested(failed.issue) }) });
      return;
    }
    const unknown = required.find((c) => c.state === 'unknown');
    if (unknown) {
      notFitting.push({ id: inst.id, reason: issue('finance.instrument-not-assessed', { instrument: inst.id, because: nested(unknown.issue) }) });
      return;
    }
    const met = inst.signals.map((s) => ({ s, check: checkCondition(s.when, p) })).filter((x) => x.check.state === 'met');
    const score = met.reduce((sum, x) => sum + x.s.points, 0);
    if (score === 0) return;
    met.sort((a, b) => b.s.points - a.s.points);
    fits.push({ id: inst.id, score, reasons: met.map((x) => x.check.issue) });
  });
  const order = (id: InstrumentId) => INSTRUMENT_IDS.indexOf(id);
  fits.sort((a, b) => b.score - a.score || order(a.id) - order(b.id));
  return { fits, notFitting };
}
