import type { FieldColumn, FirmRow, Issue } from '@sme-navigator/engine';

/** What one group of result columns says about one row. */
export interface GroupOutcome {
  readonly cells: Readonly<Record<string, string>>;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/**
 * A block of result columns the command adds (size; later capability, financing): the fields it
 * reads, the columns it writes, and a pure per-row rating. A group joins the output only when the
 * input has the columns it needs.
 */
export interface ResultGroup {
  readonly columns: readonly string[];
  readonly fields: readonly FieldColumn[];
  applies(found: ReadonlySet<string>): boolean;
  rate(row: FirmRow): GroupOutcome;
}
