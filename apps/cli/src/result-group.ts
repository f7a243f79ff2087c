import type { FieldColumn, FirmAssessment, Issue } from '@sme-navigator/engine';

/** What one group of result columns says about one row. */
export interface GroupOutcome {
  readonly cells: Readonly<Record<string, string>>;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/**
 * A block of result columns the command adds (size; capability; financing): the fields it reads,
 * the columns it writes, and how it reads them off the row's one assessment. A group joins the
 * output only when the input has the columns it needs.
 */
export interface ResultGroup {
  readonly columns: readonly string[];
  readonly fields: readonly FieldColumn[];
  applies(found: ReadonlySet<string>): boolean;
  cells(assessment: FirmAssessment): GroupOutcome;
}
