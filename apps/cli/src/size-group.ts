import { ANY_SECTOR, formatIssues, SIZE_COLUMNS, type SizeStandard } from '@sme-navigator/engine';
import type { ResultGroup } from './result-group.js';
import { UsageError } from './usage-error.js';

/** `size` and `size_reason` for every row. */
export function sizeGroup(standard: SizeStandard, inputName: string): ResultGroup {
  return {
    columns: ['size', 'size_reason'],
    fields: SIZE_COLUMNS,
    applies: (found) => {
      if (standard.sectors[ANY_SECTOR] === undefined && !found.has('sector'))
        throw new UsageError(`no 'sector' column (or 行业) in ${inputName}; ${standard.id} needs it`);
      if (!['employees', 'revenue', 'assets'].some((f) => found.has(f)))
        throw new UsageError(`${inputName} has none of the columns employees (从业人员), revenue (营业收入), assets (资产总额); ${standard.id} needs them`);
      return true;
    },
    cells: ({ size }) => {
      if (!size.ok) return { cells: { size: '', size_reason: '' }, errors: size.errors, warnings: size.warnings };
      const warning = size.warnings.length > 0 ? `; warning: ${formatIssues(size.warnings)}` : '';
      return { cells: { size: size.class, size_reason: formatIssues(size.reasons) + warning }, errors: [], warnings: size.warnings };
    },
  };
}
