import { FINANCE_COLUMNS, FINANCING_CELL_IDS, financingCells, SIZE_COLUMNS, type Language } from '@sme-navigator/engine';
import type { ResultGroup } from './result-group.js';

const SIZE_FIELDS = new Set(SIZE_COLUMNS.map((c) => c.id));
const OWN_FIELDS = FINANCE_COLUMNS.filter((c) => !SIZE_FIELDS.has(c.id)).map((c) => c.id);
const EMPTY = Object.fromEntries(FINANCING_CELL_IDS.map((c) => [c, '']));

/** Constraint indices, binding constraints, credit status, instruments and VC fit (paper §3.5, §5.3, A.1–A.3). */
export function financingGroup(lang: Language = 'en'): ResultGroup {
  return {
    columns: FINANCING_CELL_IDS,
    fields: FINANCE_COLUMNS,
    applies: (found) => OWN_FIELDS.some((f) => found.has(f)),
    cells: ({ financing }) => {
      if (financing === null) return { cells: EMPTY, errors: [], warnings: [] };
      if (!financing.ok) return { cells: EMPTY, errors: financing.errors, warnings: financing.warnings };
      return { cells: financingCells(financing, lang), errors: [], warnings: financing.warnings };
    },
  };
}
