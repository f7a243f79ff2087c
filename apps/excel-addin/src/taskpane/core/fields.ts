/**
 * The fields the pane reads from a row, from the engine's column lists (English and Chinese
 * headers), in the order the command line matches them: size, capability, financing, cluster links.
 */
import { CAPABILITY_COLUMNS, CLUSTER_COLUMNS, FINANCE_COLUMNS, SIZE_COLUMNS, type FieldColumn } from '@sme-navigator/engine';

export type FieldGroup = 'size' | 'capability' | 'finance' | 'cluster';

const GROUPS: readonly [FieldGroup, readonly FieldColumn[]][] = [
  ['size', SIZE_COLUMNS],
  ['capability', CAPABILITY_COLUMNS],
  ['finance', FINANCE_COLUMNS],
  ['cluster', CLUSTER_COLUMNS],
];

/** Every column list concatenated, as the command line passes them to matchHeaders. */
export const MATCH_FIELDS: readonly FieldColumn[] = GROUPS.flatMap(([, columns]) => columns);

/** Each field once, in the group where it first appears. */
export const FIELDS: readonly { readonly id: string; readonly group: FieldGroup }[] = (() => {
  const seen = new Set<string>();
  const out: { id: string; group: FieldGroup }[] = [];
  for (const [group, columns] of GROUPS)
    for (const c of columns) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ id: c.id, group });
    }
  return out;
})();

export const FIELD_IDS: ReadonlySet<string> = new Set(FIELDS.map((f) => f.id));

const SIZE_IDS = new Set(SIZE_COLUMNS.map((c) => c.id));
/** Inputs of the capability rating proper (not the size columns it also reads). */
export const CAPABILITY_INPUTS: readonly string[] = CAPABILITY_COLUMNS.map((c) => c.id).filter((id) => !SIZE_IDS.has(id));
/** Inputs of the financing assessment proper. */
export const FINANCE_INPUTS: readonly string[] = FINANCE_COLUMNS.map((c) => c.id).filter((id) => !SIZE_IDS.has(id));
