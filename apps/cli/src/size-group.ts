import { ANY_SECTOR, formatIssues, SIZE_COLUMNS, type Language, type SizeStandard } from '@sme-navigator/engine';
import type { ResultGroup } from './result-group.js';
import { stringsFor } from './strings/index.js';
import { UsageError } from './usage-error.js';

/** `size` (the class id) and `size_reason` (a sentence in `lang`) for every row. */
export function sizeGroup(standard: SizeStandard, inputName: string, lang: Language = 'en'): ResultGroup {
  const say = stringsFor(lang);
  return {
    columns: ['size', 'size_reason'],
    fields: SIZE_COLUMNS,
    applies: (found) => {
      if (standard.sectors[ANY_SECTOR] === undefined && !found.has('sector'))
        throw new UsageError((s) => s.noSectorColumn({ path: inputName, standard: standard.id }));
      if (!['employees', 'revenue', 'assets'].some((f) => found.has(f)))
        throw new UsageError((s) => s.noSizeColumns({ path: inputName, standard: standard.id }));
      return true;
    },
    cells: ({ size }) => {
      if (!size.ok) return { cells: { size: '', size_reason: '' }, errors: size.errors, warnings: size.warnings };
      const warning = size.warnings.length > 0 ? say.sizeWarning({ warnings: formatIssues(size.warnings, lang) }) : '';
      return { cells: { size: size.class, size_reason: formatIssues(size.reasons, lang) + warning }, errors: [], warnings: size.warnings };
    },
  };
}
