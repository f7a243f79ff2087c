import { CAPABILITY_COLUMNS, capabilityCells, SIZE_COLUMNS, type Language } from '@sme-navigator/engine';
import type { ResultGroup } from './result-group.js';

const SIZE_FIELDS = new Set(SIZE_COLUMNS.map((c) => c.id));
/** The capability inputs proper: a register with only size columns gets no capability columns. */
const OWN_FIELDS = CAPABILITY_COLUMNS.filter((c) => !SIZE_FIELDS.has(c.id)).map((c) => c.id);
const COLUMNS = ['product_score', 'process_score', 'mode', 'strategy', 'export_orientation', 'tech_gap'] as const;
const EMPTY = Object.fromEntries(COLUMNS.map((c) => [c, '']));

/** Capability scores, learning mode, strategy, export orientation and technology gap (paper §2, §3.5). */
export function capabilityGroup(lang: Language = 'en'): ResultGroup {
  return {
    columns: COLUMNS,
    fields: CAPABILITY_COLUMNS,
    applies: (found) => OWN_FIELDS.some((f) => found.has(f)),
    cells: ({ capability }) => {
      if (capability === null) return { cells: EMPTY, errors: [], warnings: [] };
      if (!capability.ok) return { cells: EMPTY, errors: capability.errors, warnings: capability.warnings };
      return { cells: capabilityCells(capability, lang), errors: [], warnings: capability.warnings };
    },
  };
}
