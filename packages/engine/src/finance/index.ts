// The financing assessment (issue 4): constraints, credit-constraint status, instruments, VC fit.
export { assessFinancing, type FinancingResult, type FinancingAssessment, type FinancingFailure, type FinancingOptions } from './assess-financing.js';
export { financingCells, FINANCING_CELL_IDS, type FinancingCellId } from './cells.js';
export { creditConstraintStatus, type CreditFacts, type CreditStatusResult } from './credit-status.js';
export {
  CREDIT_STATUSES,
  LOAN_OUTCOMES,
  NO_APPLY_REASONS,
  NO_NEED_REASON,
  type CreditStatus,
  type LoanOutcome,
  type NoApplyReason,
} from './credit-survey-items.js';
export {
  CONSTRAINTS,
  CONSTRAINT_IDS,
  MOSTLY_UNKNOWN_SHARE,
  type ConstraintId,
  type ConstraintGroup,
  type FinancingConstraint,
} from './constraints.js';
export { constraintIndices, type ConstraintAnswer, type ConstraintAnswers, type ConstraintAssessment, type BindingConstraint } from './constraint-index.js';
export { DERIVATIONS, SHORT_HISTORY_YEARS, type ConstraintDerivation, type DerivationFacts } from './derived-constraints.js';
export { INSTRUMENTS, INSTRUMENT_IDS, type InstrumentId, type FinancingInstrument, type InstrumentFit, type InstrumentNotFitting, type InstrumentSignal } from './instruments.js';
export { VC_TYPES, VC_TYPE_IDS, type VcTypeId, type VcType, type VcCriterion, type VcFit } from './vc-types.js';
export { CREDIT_SCORE_TABLE, creditScorePoints, type CreditScore, type CreditScoreInput, type CreditScoreResult } from './credit-score.js';
export { FINANCE_STAGES, FINANCE_LOCATIONS, type FinanceStage, type FinanceLocation } from './firm-settings.js';
export { HIGH_PRODUCT_SCORE } from './read-finance-row.js';
export type { FinanceCondition, FinanceProfile, YesNoFact } from './conditions.js';
export { FINANCE_COLUMNS } from '../fields/finance-columns.js';
