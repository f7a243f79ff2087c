/**
 * Header row → fields, as the command line matches them (`matchHeaders` over the engine's column
 * lists), corrected by the user. Corrections are kept by header text, so they survive columns being
 * moved, and stored in the workbook's settings per sheet.
 */
import { matchHeaders, normaliseWord } from '@sme-navigator/engine';
import type { Cell } from '../gateway/types.js';
import { MATCH_FIELDS } from './fields.js';

/** Field id → the header text of its column, or null for "not in this sheet". */
export type MappingOverrides = Readonly<Record<string, string | null>>;

export interface FieldMapping {
  /** Field id → index into the header row (0 = layout.firstColumn). */
  readonly columns: ReadonlyMap<string, number>;
  /** Fields the user set. */
  readonly corrected: ReadonlySet<string>;
  /** Fields named by more than one column: the first is used. */
  readonly duplicates: readonly { readonly field: string; readonly columns: readonly number[] }[];
}

export const MAPPING_SETTING = 'SMENavigator.mapping';

const headerText = (h: Cell | undefined): string => (h === null || h === undefined ? '' : String(h).trim());

/** Where `text` is in the header row: exactly first, then as matchHeaders compares words. */
function findHeader(headers: readonly Cell[], text: string): number {
  const exact = headers.findIndex((h) => headerText(h) === text);
  if (exact >= 0) return exact;
  const word = normaliseWord(text);
  return headers.findIndex((h) => headerText(h) !== '' && normaliseWord(headerText(h)) === word);
}

export function mapHeaders(headers: readonly Cell[], overrides: MappingOverrides = {}): FieldMapping {
  const auto = matchHeaders(headers, MATCH_FIELDS);
  const columns = new Map(auto.columns);
  const corrected = new Set<string>();
  const taken = new Map<number, string>();
  for (const [field, text] of Object.entries(overrides)) {
    if (text === null) {
      columns.delete(field);
      corrected.add(field);
      continue;
    }
    const at = findHeader(headers, text);
    if (at < 0) continue; // the column is gone: the automatic match stands
    columns.set(field, at);
    corrected.add(field);
    taken.set(at, field);
  }
  // A column the user gave to one field no longer means another.
  for (const [field, at] of [...columns]) if (taken.has(at) && taken.get(at) !== field) columns.delete(field);
  return { columns, corrected, duplicates: auto.duplicates };
}

/** The overrides after the user sets `field` to the column `column` (null: not in this sheet). */
export function correctMapping(overrides: MappingOverrides, headers: readonly Cell[], field: string, column: number | null): MappingOverrides {
  return { ...overrides, [field]: column === null ? null : headerText(headers[column]) };
}

/** Per-sheet overrides as stored in the workbook settings. */
export type StoredMappings = Readonly<Record<string, MappingOverrides>>;

export function overridesFor(stored: unknown, sheet: string): MappingOverrides {
  if (stored === null || typeof stored !== 'object') return {};
  const entry = (stored as Record<string, unknown>)[sheet];
  if (entry === null || typeof entry !== 'object') return {};
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(entry as Record<string, unknown>)) if (typeof v === 'string' || v === null) out[k] = v;
  return out;
}
