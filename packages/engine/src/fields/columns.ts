import { normaliseWord } from '../size/resolve-sector.js';

/** A field the engine reads from a firm row, and the column headers that mean it (English and Chinese). */
export interface FieldColumn {
  readonly id: string;
  readonly headers: readonly string[];
}

export interface HeaderMatch {
  /** Field id → 0-based column index. */
  readonly columns: ReadonlyMap<string, number>;
  /** Fields named by more than one column: the first is used. */
  readonly duplicates: readonly { field: string; columns: readonly number[] }[];
}

/**
 * Matches a header row to fields: case, spacing, hyphens and underscores do not matter, so
 * "Employees", "employees " and "EMPLOYEES" all mean employees.
 */
export function matchHeaders(headers: readonly unknown[], fields: readonly FieldColumn[]): HeaderMatch {
  const byWord = new Map<string, string>();
  for (const f of fields) for (const h of [f.id, ...f.headers]) byWord.set(normaliseWord(h), f.id);
  const found = new Map<string, number[]>();
  headers.forEach((h, i) => {
    if (h === null || h === undefined) return;
    const id = byWord.get(normaliseWord(String(h)));
    if (id === undefined) return;
    found.set(id, [...(found.get(id) ?? []), i]);
  });
  const columns = new Map<string, number>();
  const duplicates: { field: string; columns: number[] }[] = [];
  for (const [field, cols] of found) {
    columns.set(field, cols[0]!);
    if (cols.length > 1) duplicates.push({ field, columns: cols });
  }
  return { columns, duplicates };
}
