import { assessFirm, capabilityCells, financingCells, formatIssues, RULES_VERSION, type FirmRow } from '@sme-navigator/engine';
import { word } from './size.js';

/**
 * SME_ASSESS(row, standard, unit): a whole firm row as a JSON object keyed by the column ids the
 * command line reads (sector, employees, rd_spend, loan_applied, ...); returns the same cells the
 * command line writes, as one object.
 */
export function assess(row: unknown, standard?: unknown, unit?: unknown): Record<string, string | null> {
  const parsed = typeof row === 'string' ? (JSON.parse(row) as FirmRow) : ((row ?? {}) as FirmRow);
  const a = assessFirm(parsed, { standard: word(standard), unit: word(unit) });
  const errors = [
    ...(a.size.ok ? [] : a.size.errors),
    ...(a.capability && !a.capability.ok ? a.capability.errors : []),
    ...(a.financing && !a.financing.ok ? a.financing.errors : []),
  ];
  return {
    size: a.size.ok ? a.size.class : null,
    size_reason: a.size.ok ? formatIssues(a.size.reasons) : null,
    ...(a.capability ? capabilityCells(a.capability) : {}),
    ...(a.financing ? financingCells(a.financing) : {}),
    rules_version: RULES_VERSION,
    error: errors.length ? formatIssues(errors) : null,
  };
}
