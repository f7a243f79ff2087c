/**
 * The result columns the pane writes: the command line's (size, size_reason, the capability and
 * financing cells, rules_version) and `rated_with`, the provenance of every write. Failed rows are
 * listed in the pane and left untouched, so the command line's `error` column is not written.
 */
import { CAPABILITY_CELL_IDS, FINANCING_CELL_IDS, RULES_VERSION } from '@sme-navigator/engine';
import type { Cell, SheetLayout } from '../gateway/types.js';

export const SIZE_RESULT_COLUMNS = ['size', 'size_reason'] as const;
export const PROVENANCE_COLUMNS = ['rules_version', 'rated_with'] as const;
export const RESULT_COLUMNS = [...SIZE_RESULT_COLUMNS, ...CAPABILITY_CELL_IDS, ...FINANCING_CELL_IDS, ...PROVENANCE_COLUMNS] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number];
export const SCORE_COLUMNS: readonly ResultColumn[] = ['product_score', 'process_score'];

export type ResultPart = 'size' | 'capability' | 'financing';
export const PART_COLUMNS: Readonly<Record<ResultPart, readonly ResultColumn[]>> = {
  size: SIZE_RESULT_COLUMNS,
  capability: CAPABILITY_CELL_IDS,
  financing: FINANCING_CELL_IDS,
};

export const RATED_SETTING = 'SMENavigator.ratedWith';

export interface RatedWith {
  readonly standard: string;
  readonly unit: string | null;
  readonly rulesVersion: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** "prc-2017; rules 1.0.0; 2026-05-01", with the unit after the standard when one was chosen. */
export function formatRatedWith(r: RatedWith): string {
  return `${r.standard}${r.unit ? ` (${r.unit})` : ''}; rules ${r.rulesVersion}; ${r.date}`;
}

export function parseRatedWith(text: unknown): RatedWith | null {
  if (typeof text !== 'string') return null;
  const m = /^\s*([^;()]+?)(?:\s*\(([^)]*)\))?\s*;\s*rules\s+([^;\s]+)\s*;\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
  if (!m) return null;
  return { standard: m[1]!, unit: m[2] ?? null, rulesVersion: m[3]!, date: m[4]! };
}

/** The stored provenance setting, if it is well formed. */
export function readRatedSetting(value: unknown): RatedWith | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.standard !== 'string' || typeof v.rulesVersion !== 'string' || typeof v.date !== 'string') return null;
  return { standard: v.standard, unit: typeof v.unit === 'string' ? v.unit : null, rulesVersion: v.rulesVersion, date: v.date };
}

export const rulesChanged = (r: RatedWith | null): boolean => r !== null && r.rulesVersion !== RULES_VERSION;

/** Today as YYYY-MM-DD, in the user's time zone. */
export function today(now: Date = new Date()): string {
  const p = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const same = (h: Cell | undefined, id: string) => typeof h === 'string' && h.trim().toLowerCase() === id;

/** Absolute column of each result column already in the header row. */
export function existingResultColumns(layout: SheetLayout): Map<ResultColumn, number> {
  const at = new Map<ResultColumn, number>();
  for (const id of RESULT_COLUMNS) {
    const i = layout.headers.findIndex((h) => same(h, id));
    if (i >= 0) at.set(id, layout.firstColumn + i);
  }
  return at;
}

export interface ResultPlacement {
  /** Absolute column of every result column to write. */
  readonly at: ReadonlyMap<ResultColumn, number>;
  /** Headers to create, right of the used range. */
  readonly newHeaders: readonly { readonly column: number; readonly text: string }[];
}

/**
 * Where each result column goes: its existing column, or a new one right of everything the sheet
 * uses (so no data cell, even one under a blank header, is written over).
 */
export function placeResults(layout: SheetLayout, columns: readonly ResultColumn[]): ResultPlacement {
  const existing = existingResultColumns(layout);
  const at = new Map<ResultColumn, number>();
  const newHeaders: { column: number; text: string }[] = [];
  let next = layout.lastColumn + 1;
  for (const id of RESULT_COLUMNS) {
    if (!columns.includes(id)) continue;
    const found = existing.get(id);
    if (found !== undefined) at.set(id, found);
    else {
      at.set(id, next);
      newHeaders.push({ column: next, text: id });
      next += 1;
    }
  }
  return { at, newHeaders };
}

/** Which result columns to write: every part assessed in some row, and every part already in the sheet. */
export function columnsFor(parts: ReadonlySet<ResultPart>, layout: SheetLayout): ResultColumn[] {
  const existing = existingResultColumns(layout);
  const out: ResultColumn[] = [];
  for (const part of ['size', 'capability', 'financing'] as const) {
    const cols = PART_COLUMNS[part];
    if (parts.has(part) || cols.some((c) => existing.has(c))) out.push(...cols);
  }
  out.push(...PROVENANCE_COLUMNS);
  return out;
}

/** True when the row already holds a result in any result column. */
export function hasResults(layout: SheetLayout, values: readonly Cell[], existing: ReadonlyMap<ResultColumn, number> = existingResultColumns(layout)): boolean {
  for (const col of existing.values()) {
    const v = values[col - layout.firstColumn];
    if (v !== null && v !== undefined && String(v).trim() !== '') return true;
  }
  return false;
}
