import {
  ANY_SECTOR,
  classifySize,
  formatIssues,
  SIZE_COLUMNS,
  type SizeStandard,
} from '@sme-navigator/engine';
import type { ResultGroup } from './result-group.js';
import { UsageError } from './usage-error.js';

export const SIZE_RESULT_COLUMNS = ['size', 'size_reason'] as const;

/** `size` and `size_reason` for every row, under one standard and money unit. */
export function sizeGroup(standard: SizeStandard, unit: string | undefined, inputName: string): ResultGroup {
  return {
    columns: SIZE_RESULT_COLUMNS,
    fields: SIZE_COLUMNS,
    applies: (found) => {
      const needsSector = standard.sectors[ANY_SECTOR] === undefined;
      if (needsSector && !found.has('sector'))
        throw new UsageError(`no 'sector' column (or 行业) in ${inputName}; ${standard.id} needs it`);
      if (!['employees', 'revenue', 'assets'].some((f) => found.has(f)))
        throw new UsageError(`${inputName} has none of the columns employees (从业人员), revenue (营业收入), assets (资产总额); ${standard.id} needs them`);
      return true;
    },
    rate: (row) => {
      const r = classifySize(row, { standard, ...(unit === undefined ? {} : { unit }) });
      if (!r.ok) return { cells: { size: '', size_reason: '' }, errors: r.errors, warnings: r.warnings };
      const warning = r.warnings.length > 0 ? `; warning: ${formatIssues(r.warnings)}` : '';
      return { cells: { size: r.class, size_reason: formatIssues(r.reasons) + warning }, errors: [], warnings: r.warnings };
    },
  };
}
