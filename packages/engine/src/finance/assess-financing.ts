import type { FirmRow } from '../fields/firm-row.js';
import { issue, NO_ISSUES, type Issue, type Failure } from '../issue.js';
import { constraintIndices, type ConstraintAssessment } from './constraint-index.js';
import { CONSTRAINTS } from './constraints.js';
import { creditScorePoints, type CreditScore } from './credit-score.js';
import { creditConstraintStatus } from './credit-status.js';
import type { CreditStatus } from './credit-survey-items.js';
import { fitInstruments, type InstrumentFit, type InstrumentNotFitting } from './instruments.js';
import { readFinanceRow, type FinancingOptions } from './read-finance-row.js';
import { fitVcTypes, type VcFit } from './vc-types.js';

export interface FinancingAssessment {
  readonly ok: true;
  readonly constraints: ConstraintAssessment;
  /** Null when the survey facts are absent or do not decide; the reason is then in `reasons` (when explained). */
  readonly creditStatus: { readonly status: CreditStatus; readonly path: readonly Issue[] } | null;
  /** Instruments that fit, best first, each with the constraints and facts behind it. */
  readonly instruments: readonly InstrumentFit[];
  /** Instruments ruled out (a fact against them) or not assessable (a required fact unknown). */
  readonly instrumentsNotFitting: readonly InstrumentNotFitting[];
  /** The four Table A.1 VC types, best fit first; empty when no VC input is known. */
  readonly vcFit: readonly VcFit[];
  /** A.3.1-style points, only where the history is long enough and the data are there. */
  readonly creditScore?: CreditScore;
  /** What was found and why some parts could not be assessed; empty when asked for without them (`explain: false`). */
  readonly reasons: readonly Issue[];
  readonly warnings: readonly Issue[];
}

export type FinancingFailure = Failure;

export type FinancingResult = FinancingAssessment | FinancingFailure;

export type { FinancingOptions };

/**
 * Which financing constraints bind, how constrained the firm is in fact, and which instruments and
 * VC types fit, for one firm row. An analyst's aid, not a credit decision (docs/financing.md).
 * With `explain` false the assessment's `reasons` are left out (an empty array); everything else,
 * warnings, errors and the paths and facts behind each status and instrument included, is the same.
 */
export function assessFinancing(row: FirmRow, options: FinancingOptions = {}, explain = true): FinancingResult {
  const credit = creditConstraintStatus(row);
  const read = readFinanceRow(row, options);
  const errors = [...(credit.ok ? [] : credit.errors), ...read.errors];
  if (errors.length > 0) return { ok: false, errors, warnings: read.warnings };

  const warnings = [...read.warnings];
  // Null when not explaining: `reasons?.push(issue(...))` then does not build the issue at all.
  const reasons: Issue[] | null = explain ? [] : null;
  const profile = read.profile;
  const total = CONSTRAINTS.length;

  const constraints = constraintIndices(profile.constraints);
  if (constraints.answered === 0) warnings.push(issue('finance.no-constraint-answered', { total }));
  else {
    if (constraints.mostlyUnknown) warnings.push(issue('finance.mostly-unknown', { unanswered: constraints.unanswered, total }));
    reasons?.push(
      issue('finance.indices', {
        overall: constraints.overallIndex,
        internal: constraints.internalIndex,
        external: constraints.externalIndex,
        answered: constraints.answered,
        total,
      }),
    );
  }

  let creditStatus: FinancingAssessment['creditStatus'] = null;
  if (credit.ok && credit.status !== null) creditStatus = { status: credit.status, path: credit.path };
  else if (credit.ok) reasons?.push(credit.reason);

  const { fits, notFitting } = fitInstruments(profile);
  if (fits.length === 0) reasons?.push(issue('finance.no-instrument', {}));

  const vcInputs = [profile.stage, profile.location, profile.facts.high_tech, profile.facts.high_growth, profile.facts.university_link];
  const vcKnown = vcInputs.some((v) => v !== undefined && v !== 'unknown');
  const vcFit = vcKnown ? fitVcTypes(profile) : [];
  if (!vcKnown) reasons?.push(issue('finance.vc-no-inputs', {}));

  const score = creditScorePoints({
    ...(profile.credit_history_years === undefined ? {} : { credit_history_years: profile.credit_history_years }),
    ...(profile.debt_outstanding === undefined ? {} : { debt_outstanding: profile.debt_outstanding }),
    ...(read.revenue === undefined ? {} : { revenue: read.revenue }),
    unreliableAccounts: profile.constraints.low_credit_accountability?.value === 'yes',
  });
  // Said only when the firm gave something to score; a row without these fields needs no explanation.
  if (!score.ok && (profile.credit_history_years !== undefined || profile.debt_outstanding !== undefined)) reasons?.push(score.reason);

  return {
    ok: true,
    constraints,
    creditStatus,
    instruments: fits,
    instrumentsNotFitting: notFitting,
    vcFit,
    ...(score.ok ? { creditScore: score.score } : {}),
    reasons: reasons ?? NO_ISSUES,
    warnings,
  };
}
