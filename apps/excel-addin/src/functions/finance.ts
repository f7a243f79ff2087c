import {
  CONSTRAINT_IDS,
  DERIVATIONS,
  FINANCE_COLUMNS,
  assessFinancing,
  creditConstraintStatus,
  financingCells,
  issue,
  type Answer,
  type FieldColumn,
  type FinancingOptions,
  type FirmRow,
} from '@sme-navigator/engine';
import { defineFunction, issueWith, outcome, undecided } from './sheet/define.js';
import { param, Refusal } from './sheet/params.js';

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
const columnsFor = (ids: readonly string[]): FieldColumn[] => FINANCE_COLUMNS.filter((c) => ids.includes(c.id));

/** What SME.CONSTRAINTS reads: the 13 answers, and the six facts the engine derives four of them from. */
const CONSTRAINT_FIELDS = unique([...CONSTRAINT_IDS, ...DERIVATIONS.flatMap((d) => d.reads)]);

/**
 * What SME.INSTRUMENTS reads: the constraints and the instruments' own facts (docs/financing.md §5).
 * Only these are passed on, so a survey answer or a location the instruments never read cannot fail the row.
 */
const INSTRUMENT_FIELDS = unique([
  ...CONSTRAINT_FIELDS,
  'equipment_need',
  'receivables_share',
  'buyers_creditworthy',
  'cluster_member',
  'high_tech',
  'high_growth',
  'stage',
  'debt_outstanding',
]);

/**
 * The firm row the engine reads: each cell under the field its header names (other columns, such as
 * the firm's name, are left out), or without a header row the cells in `order`.
 */
function firmRow(fn: string, cells: readonly unknown[], named: readonly (string | undefined)[] | undefined, fields: readonly string[], order?: readonly string[]): FirmRow | Refusal {
  if (named === undefined) {
    if (order === undefined) return new Refusal([issue('sheet.no-known-column', { fn, known: [...fields] }, 'header_row')]);
    if (cells.length !== order.length) {
      return new Refusal([issue('sheet.in-order', { cells: cells.length, expected: order.length, what: 'constraints', order: [...order], headers: 'header_row' }, 'firm_row')]);
    }
    return Object.fromEntries(order.map((id, i) => [id, cells[i]]));
  }
  if (named.length !== cells.length) return new Refusal([issue('sheet.row-width', { cells: cells.length, headers: 'header_row', named: named.length }, 'firm_row')]);
  if (named.every((id) => id === undefined)) return new Refusal([issue('sheet.no-known-column', { fn, known: [...fields] }, 'header_row')]);
  const row: Record<string, unknown> = {};
  named.forEach((id, i) => {
    if (id !== undefined) row[id] = cells[i];
  });
  return row;
}

/** The financing options from the firm's SME status and product-capability score (it stands in for a blank high_tech). */
const financingOptions = (isSme: Answer | undefined, productScore: number | undefined): FinancingOptions => ({
  ...(isSme === 'yes' || isSme === 'no' ? { isSme: isSme === 'yes' } : {}),
  ...(productScore === undefined ? {} : { productScore }),
});

const SHOW_CONSTRAINTS = {
  binding: 'binding',
  'binding constraints': 'binding',
  制约因素: 'binding',
  index: 'index',
  'constraint index': 'index',
  约束指数: 'index',
  internal: 'internal',
  'internal index': 'internal',
  内部: 'internal',
  external: 'external',
  'external index': 'external',
  外部: 'external',
} as const;

export const CONSTRAINTS = defineFunction(
  'CONSTRAINTS',
  [param.row('firm_row'), param.headers('header_row', columnsFor(CONSTRAINT_FIELDS)), param.choice('show', SHOW_CONSTRAINTS, 'binding')] as const,
  (cells, named, show) => {
    const row = firmRow('SME.CONSTRAINTS', cells, named, CONSTRAINT_FIELDS, CONSTRAINT_IDS);
    if (row instanceof Refusal) return row;
    const result = assessFinancing(row);
    if (!result.ok) return new Refusal(result.errors);
    const c = result.constraints;
    if (c.answered === 0) return undecided(issueWith(result.warnings, 'finance.no-constraint-answered'));
    // A group without an answer has no index; the engine's sentence on the indices says which.
    const index = (value: number | null) => value ?? undecided(issueWith(result.reasons, 'finance.indices'));
    switch (show) {
      case 'binding':
        return financingCells(result).binding_constraints;
      case 'index':
        return index(c.overallIndex);
      case 'internal':
        return index(c.internalIndex);
      case 'external':
        return index(c.externalIndex);
    }
  },
);

export const CREDITSTATUS = defineFunction(
  'CREDITSTATUS',
  [param.value('loan_applied'), param.text('loan_outcome'), param.text('no_apply_reason'), param.value('external_finance_share')] as const,
  (loan_applied, loan_outcome, no_apply_reason, external_finance_share) => {
    const r = creditConstraintStatus({ loan_applied, loan_outcome, no_apply_reason, external_finance_share });
    if (!r.ok) return new Refusal(r.errors);
    return r.status === null ? undecided(r.reason) : r.status;
  },
);

export const INSTRUMENTS = defineFunction(
  'INSTRUMENTS',
  [param.row('firm_row'), param.headers('header_row', columnsFor(INSTRUMENT_FIELDS)), param.answer('is_sme'), param.score('product_score')] as const,
  (cells, named, isSme, productScore) => {
    const row = firmRow('SME.INSTRUMENTS', cells, named, INSTRUMENT_FIELDS);
    if (row instanceof Refusal) return row;
    return outcome(assessFinancing(row, financingOptions(isSme, productScore)), (r) => financingCells(r).instruments);
  },
);

export const VCFIT = defineFunction(
  'VCFIT',
  [param.text('stage'), param.text('location'), param.value('high_tech'), param.value('high_growth'), param.value('university_link'), param.score('product_score')] as const,
  (stage, location, high_tech, high_growth, university_link, productScore) => {
    const r = assessFinancing({ stage, location, high_tech, high_growth, university_link }, financingOptions(undefined, productScore));
    if (r.ok && r.vcFit.length === 0) return undecided(issueWith(r.reasons, 'finance.vc-no-inputs'));
    return outcome(r, (ok) => financingCells(ok).vc_fit);
  },
);
