import { formatIssue, type Language } from '../messages/format.js';
import type { FinancingResult } from './assess-financing.js';

export const FINANCING_CELL_IDS = ['constraint_index', 'internal_index', 'external_index', 'binding_constraints', 'credit_status', 'instruments', 'vc_fit'] as const;
export type FinancingCellId = (typeof FINANCING_CELL_IDS)[number];

/**
 * The CLI's output cells for one firm, in `lang`; lists are joined with "; " (Chinese "；"). Ids stay
 * ids in every language (`credit_status`). A failed assessment gives empty
 * cells: its errors are reported beside the row, not inside these cells.
 */
export function financingCells(result: FinancingResult, lang: Language = 'en'): Record<FinancingCellId, string> {
  if (!result.ok) return Object.fromEntries(FINANCING_CELL_IDS.map((id) => [id, ''])) as Record<FinancingCellId, string>;
  const label = (key: string) => formatIssue({ code: key, params: {} }, lang);
  const c = result.constraints;
  const index = (v: number | null) => (v === null ? label('finance.cell.not-rated') : String(v));
  const overall =
    c.overallIndex !== null && c.mostlyUnknown
      ? formatIssue({ code: 'finance.cell.index-partial', params: { index: c.overallIndex, answered: c.answered, total: c.answered + c.unanswered } }, lang)
      : index(c.overallIndex);
  const list = (items: readonly string[], empty: string) => (items.length === 0 ? label(empty) : items.join(label('list.cells')));
  return {
    constraint_index: overall,
    internal_index: index(c.internalIndex),
    external_index: index(c.externalIndex),
    binding_constraints: list(
      c.binding.map((b) => label(`finance.constraint.${b.id}`)),
      c.answered === 0 ? 'finance.cell.not-known' : 'finance.cell.none',
    ),
    // The status is an id (fully-constrained, ...), like mode and strategy, so a sheet can filter on it.
    credit_status: result.creditStatus === null ? label('finance.cell.not-determined') : result.creditStatus.status,
    instruments: list(
      result.instruments.map((i) => label(`finance.instrument.${i.id}`)),
      'finance.cell.none',
    ),
    vc_fit: list(
      result.vcFit.filter((v) => v.score > 0).map((v) => label(`finance.vc.${v.id}`)),
      result.vcFit.length === 0 ? 'finance.cell.not-known' : 'finance.cell.none',
    ),
  };
}
