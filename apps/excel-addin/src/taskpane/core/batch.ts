/**
 * Rating through a gateway: many rows at once (read in as few requests as the limits allow,
 * computed here, written back in chunks), or one row from the guided assessment.
 */
import type { Cell, JobControl, ResultBlock, RowSpan, SheetLayout, SheetRow, WorkbookGateway } from '../gateway/types.js';
import type { Language } from '@sme-navigator/engine';
import { CancelledError, isBlank, throwIfCancelled } from '../gateway/types.js';
import { RULES_VERSION } from '@sme-navigator/engine';
import { firmKey, groupAssessments, type SavedAssessment } from './assessments.js';
import { mapHeaders, type FieldMapping, type MappingOverrides } from './mapping.js';
import { buildFirmRow, rateContext, rateFirm, type RateSettings, type RowRating } from './rate.js';
import {
  columnsFor,
  existingResultColumns,
  hasResults,
  placeResults,
  RATED_SETTING,
  SCORE_COLUMNS,
  today,
  type RatedWith,
  type ResultColumn,
  type ResultPart,
} from './results.js';

/** Office's own setting: open the task pane whenever the workbook is opened by someone with the add-in. */
export const AUTO_SHOW_SETTING = 'Office.AutoShowTaskpaneWithDocument';

export interface BatchOptions {
  readonly settings: RateSettings;
  readonly overrides: MappingOverrides;
  /** Asked when some rows already hold results; false keeps them and writes nothing. */
  readonly confirmReplace: (rows: number) => Promise<boolean>;
  readonly control?: JobControl;
  readonly now?: Date;
  /** The language of the engine's sentences in the written cells (reasons, constraint labels). */
  readonly lang?: Language;
}

export interface BatchFailure {
  /** 1-based, as Excel shows it. */
  readonly row: number;
  readonly message: string;
}

export interface BatchReport {
  readonly rated: number;
  readonly failures: readonly BatchFailure[];
  readonly blank: number;
  readonly written: number;
  readonly cancelled: boolean;
  /** The user kept earlier results: nothing was written. */
  readonly declined: boolean;
}

const YIELD_EVERY = 500;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Spans clipped to the rows below the header; null spans mean the whole table. */
export function tableSpans(layout: SheetLayout, spans: readonly RowSpan[] | null): RowSpan[] {
  const top = layout.headerRow + 1;
  if (layout.lastRow < top) return [];
  if (spans === null) return [{ first: top, last: layout.lastRow }];
  return spans
    .map((s) => ({ first: Math.max(s.first, top), last: Math.min(s.last, layout.lastRow) }))
    .filter((s) => s.first <= s.last);
}

/** True when every cell outside the result columns is blank. */
function isBlankRow(values: readonly Cell[], resultOffsets: ReadonlySet<number>): boolean {
  return values.every((v, i) => resultOffsets.has(i) || isBlank(v));
}

/** A rated row, kept small: 100,000 of them are held until the write (not their whole assessments). */
export interface RatedRow {
  readonly row: number;
  readonly cells: RowRating['cells'];
  /** The row already held results when it was read. */
  readonly hadResults: boolean;
}

/** The block that writes `rated` into `layout`'s sheet, creating missing result headers. */
export function resultBlock(layout: SheetLayout, rated: readonly RatedRow[], parts: ReadonlySet<ResultPart>): ResultBlock {
  const columns = columnsFor(parts, layout);
  const placement = placeResults(layout, columns);
  const cols = [...placement.at.values()];
  const firstColumn = Math.min(...cols);
  const width = Math.max(...cols) - firstColumn + 1;
  const order = [...placement.at.entries()] as [ResultColumn, number][];
  const rows = rated.map(({ row, cells: results }) => {
    const cells: Cell[] = new Array<Cell>(width).fill(null);
    for (const [id, col] of order) cells[col - firstColumn] = results[id];
    return { row, cells };
  });
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    newHeaders: placement.newHeaders,
    firstColumn,
    width,
    rows,
    scoreColumns: SCORE_COLUMNS.map((c) => placement.at.get(c)).filter((c): c is number => c !== undefined),
  };
}

async function recordProvenance(gateway: WorkbookGateway, settings: RateSettings, date: string): Promise<void> {
  const rated: RatedWith = { standard: settings.standard, unit: settings.unit, rulesVersion: RULES_VERSION, date };
  await gateway.setSettings({ [RATED_SETTING]: rated, [AUTO_SHOW_SETTING]: true });
}

/** Rates the rows of `spans` (null: the whole table) and writes the results. */
export async function rateRows(gateway: WorkbookGateway, sheet: string, spans: readonly RowSpan[] | null, options: BatchOptions): Promise<BatchReport> {
  const { control } = options;
  const none: BatchReport = { rated: 0, failures: [], blank: 0, written: 0, cancelled: false, declined: false };
  const layout = await gateway.readLayout(sheet);
  if (layout === null) return none;
  const toRead = tableSpans(layout, spans);
  if (toRead.length === 0) return none;
  try {
    const rows = await gateway.readRows(layout, toRead, control);
    throwIfCancelled(control);
    const saved = groupAssessments(await gateway.readAssessments());
    const mapping = mapHeaders(layout.headers, options.overrides);
    const date = today(options.now);
    const ctx = rateContext(options.settings, date, options.lang);
    const resultOffsets = new Set([...existingResultColumns(layout).values()].map((c) => c - layout.firstColumn));

    const existing = existingResultColumns(layout);
    const rated: RatedRow[] = [];
    const failures: BatchFailure[] = [];
    const parts = new Set<ResultPart>();
    let blank = 0;
    for (let i = 0; i < rows.length; i++) {
      if (i % YIELD_EVERY === 0) {
        control?.onProgress?.({ phase: 'rate', done: i, total: rows.length });
        await tick();
        throwIfCancelled(control);
      }
      const { row, values } = rows[i]!;
      if (isBlankRow(values, resultOffsets)) {
        blank += 1;
        continue;
      }
      const rating = rateRow(layout, mapping, saved, row, values, ctx);
      if (!rating.ok) {
        failures.push({ row: row + 1, message: rating.errors.map((e) => e.message).join('; ') });
        continue;
      }
      for (const p of rating.parts) parts.add(p);
      rated.push({ row, cells: rating.cells, hadResults: hasResults(layout, values, existing) });
    }
    control?.onProgress?.({ phase: 'rate', done: rows.length, total: rows.length });
    if (rated.length === 0) return { ...none, failures, blank };

    const replacing = rated.filter((r) => r.hadResults).length;
    if (replacing > 0 && !(await options.confirmReplace(replacing))) return { ...none, rated: rated.length, failures, blank, declined: true };

    const outcome = await gateway.writeResults(resultBlock(layout, rated, parts), control);
    if (outcome.rowsWritten > 0) await recordProvenance(gateway, options.settings, date);
    return { rated: rated.length, failures, blank, written: outcome.rowsWritten, cancelled: outcome.cancelled, declined: false };
  } catch (e) {
    if (e instanceof CancelledError) return { ...none, cancelled: true };
    throw e;
  }
}

function rateRow(
  layout: SheetLayout,
  mapping: FieldMapping,
  saved: ReadonlyMap<string, SavedAssessment>,
  row: number,
  values: readonly Cell[],
  ctx: ReturnType<typeof rateContext>,
): RowRating {
  const firmAt = mapping.columns.get('firm');
  const key = firmKey(layout.sheet, row, firmAt === undefined ? undefined : values[firmAt]);
  return rateFirm(buildFirmRow(values, mapping.columns, saved.get(key)?.answers), ctx);
}

/** Writes one guided assessment's results into its row (asking first when the row has results). */
export async function writeOneRow(
  gateway: WorkbookGateway,
  layout: SheetLayout,
  row: SheetRow,
  rating: RowRating,
  settings: RateSettings,
  confirmReplace: () => Promise<boolean>,
  now?: Date,
): Promise<boolean> {
  if (hasResults(layout, row.values) && !(await confirmReplace())) return false;
  await gateway.writeResults(resultBlock(layout, [{ row: row.row, cells: rating.cells, hadResults: true }], rating.parts));
  await recordProvenance(gateway, settings, today(now));
  return true;
}
