import { assessFirm, formatIssue, resolveStandard, RULES_VERSION, type AssessOptions, type FirmRow, type Issue } from '@sme-navigator/engine';
import { ERROR_COLUMN, resultGroups, RULES_VERSION_COLUMN, type RatePlan } from './rate-plan.js';
import { stringsFor } from './strings/index.js';
import { cellValue } from './table/cell-text.js';
import type { RecordDelimiter } from './table/csv-chunks.js';
import { CsvPieceReader } from './table/parse-csv-piece.js';
import { csvRecord, excelSafe } from './table/write-csv.js';

const QUOTE_OR_BREAK = /["\r\n]/;

/** Rows read from the input, with the row numbers a spreadsheet shows for them. */
export interface SourceBatch {
  readonly numbers: readonly number[];
  readonly cells: readonly (readonly unknown[])[];
}

export interface RowFailure {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export interface RowWarning {
  readonly row: number;
  readonly message: string;
}

/**
 * A batch rated: the output rows (as CSV text, or as cells for a workbook) and what the summary
 * needs. Only the first few failures and warnings are kept; the error column has them all.
 */
export interface RatedBatch {
  readonly rows: number;
  readonly rated: number;
  readonly failed: number;
  readonly blank: number;
  readonly warned: number;
  readonly failures: RowFailure[];
  readonly warnings: RowWarning[];
  readonly text: string;
  readonly cells: unknown[][];
}

export const KEEP_FAILURES = 5;
export const KEEP_WARNINGS = 3;

/** `csv`: the batch comes back as CSV text; `cells`: as rows of cells, types kept (for .xlsx). */
export type BatchOutput = 'csv' | 'cells';

/**
 * Rates batches of rows by a plan. Pure apart from the engine: the main thread runs it for
 * `--jobs 1`, each worker thread runs it for its share otherwise, and the output is the same.
 * `reuseLines` false encodes every CSV line afresh (the tests compare the two ways).
 */
export function batchRater(plan: RatePlan, output: BatchOutput, reuseLines = true): BatchRater {
  const resolved = resolveStandard(plan.standard);
  if (!resolved.ok) throw new Error(`the plan's standard ${plan.standard} does not resolve`);
  const say = stringsFor(plan.lang);
  const all = resultGroups(resolved.value, '', plan.lang);
  const resultAt = new Map(plan.resultAt);
  const groups = plan.groups.map((id) => {
    const group = all[id];
    return { group, columns: group.columns, positions: group.columns.map((c) => resultAt.get(c)!) };
  });
  const resultPositions = plan.resultAt.map(([, at]) => at);
  const rulesAt = resultAt.get(RULES_VERSION_COLUMN);
  const errorAt = resultAt.get(ERROR_COLUMN)!;
  const fields = plan.fieldAt.map(([field]) => field);
  const fieldColumns = plan.fieldAt.map(([, at]) => at);
  const fieldAt = new Map(plan.fieldAt);
  const inputWidth = plan.headers.length;
  const width = plan.outHeaders.length;
  // The output's capability and financing cells are ids and numbers: their reasons are not built.
  const assessOptions: AssessOptions = { standard: resolved.value, explain: false, ...(plan.unit === undefined ? {} : { unit: plan.unit }) };

  // A CSV line read with no quote or line break in it and no cell Excel would take for a formula is
  // written as it was read, results appended: the same bytes as encoding its cells again, cheaper.
  const appendOnly = plan.resultAt.every(([, at]) => at >= inputWidth);
  const asRead = (line: string | undefined, cells: readonly unknown[]): boolean => {
    if (line === undefined || !appendOnly || cells.length !== inputWidth || QUOTE_OR_BREAK.test(line)) return false;
    for (let i = 0; i < cells.length; i++) if (excelSafe(cells[i] as string) !== cells[i]) return false;
    return true;
  };

  const rateInto = (result: Tally, lines: string[], batch: SourceBatch, read?: readonly string[]) => {
    for (let r = 0; r < batch.cells.length; r++) {
      const cells = batch.cells[r]!;
      const number = batch.numbers[r]!;
      result.rows += 1;
      const out: unknown[] = new Array(width);
      for (let i = 0; i < inputWidth && i < cells.length; i++) out[i] = cells[i];
      // A row longer than the header keeps its extra cells, after the result columns.
      for (let i = inputWidth; i < cells.length; i++) out.push(cells[i]);

      let blank = true;
      for (let i = 0; i < cells.length && blank; i++) {
        const v = cellValue(cells[i]);
        blank = v === undefined || String(v).trim() === '';
      }
      if (blank) {
        result.blank += 1;
        for (const at of resultPositions) out[at] = '';
      } else {
        const row: Record<string, unknown> = {};
        for (let f = 0; f < fields.length; f++) row[fields[f]!] = cellValue(cells[fieldColumns[f]!]);
        const assessment = assessFirm(row as FirmRow, assessOptions);
        if (rulesAt !== undefined) out[rulesAt] = RULES_VERSION;
        let errors: Issue[] | undefined;
        let warnings: Issue[] | undefined;
        for (const { group, columns, positions } of groups) {
          const outcome = group.cells(assessment);
          for (let c = 0; c < columns.length; c++) out[positions[c]!] = outcome.cells[columns[c]!] ?? '';
          if (outcome.errors.length > 0) (errors ??= []).push(...outcome.errors);
          if (outcome.warnings.length > 0) (warnings ??= []).push(...outcome.warnings);
        }
        if (errors === undefined) {
          out[errorAt] = '';
          result.rated += 1;
        } else {
          const messages = errors.map((e) => formatIssue(e, plan.lang));
          out[errorAt] = messages.join(say.errorSeparator);
          result.failed += 1;
          if (result.failures.length < KEEP_FAILURES) {
            const field = errors[0]!.field?.replace(/\[.*$/, '').split('.')[0];
            const at = field === undefined ? undefined : fieldAt.get(field);
            result.failures.push({ row: number, column: at === undefined ? (field ?? '') : plan.headers[at]!, message: messages[0]! });
          }
        }
        if (warnings !== undefined) {
          result.warned += 1;
          if (result.warnings.length < KEEP_WARNINGS) result.warnings.push({ row: number, message: formatIssue(warnings[0]!, plan.lang) });
        }
      }
      if (output === 'cells') result.cells.push(out);
      else if (asRead(read?.[r], cells)) lines.push(`${read![r]},${csvRecord(out, inputWidth)}`);
      else lines.push(csvRecord(out));
    }
  };
  const tally = (): Tally => ({ rows: 0, rated: 0, failed: 0, blank: 0, warned: 0, failures: [], warnings: [], text: '', cells: [] });

  return {
    rows(batch) {
      const result = tally();
      const lines: string[] = [];
      rateInto(result, lines, batch);
      result.text = lines.join('');
      return result;
    },
    piece(text, delimiter) {
      const result = tally();
      const reader = new CsvPieceReader(text, delimiter);
      const chunks: string[] = [];
      for (;;) {
        const read: string[] | undefined = output === 'csv' && reuseLines ? [] : undefined;
        const cells = reader.next(ROWS_AT_A_TIME, read);
        if (cells.length === 0) break;
        const lines: string[] = [];
        const numbers = cells.map((_, i) => result.rows + i + 1);
        rateInto(result, lines, { numbers, cells }, read);
        // Flat text per hundred rows: the rows and their lines die young; a few strings live on.
        if (lines.length > 0) chunks.push(lines.join(''));
      }
      result.text = chunks.join('');
      return result;
    },
  };
}

/**
 * Rows are read (off a piece, or from a workbook) and rated this many at a time: a hundred rows rate
 * a third faster than a thousand (measured), whose cells outlive the young generation and are copied
 * by the collector.
 */
export const ROWS_AT_A_TIME = 100;

type Tally = { -readonly [K in keyof RatedBatch]: RatedBatch[K] };

export interface BatchRater {
  /** Rows already read (an .xlsx input, or a CSV file read in the main thread). */
  rows(batch: SourceBatch): RatedBatch;
  /**
   * A piece of CSV text holding whole records, read and rated a hundred rows at a time; its row
   * numbers count from 1 at the piece's first record. Throws `QuoteNotClosed` if it is not CSV.
   */
  piece(text: string, delimiter: RecordDelimiter): RatedBatch;
}
