/**
 * What a warehouse calls, one row at a time, with JSON-serialisable arguments (NULL arrives as null
 * in BigQuery, undefined in Snowflake) and JSON-serialisable results.
 */
import { classifySize, formatIssues, RULES_VERSION } from '@sme-navigator/engine';

export interface UdfSize {
  size: string | null;
  is_sme: boolean | null;
  reason: string | null;
  warnings: string | null;
  error: string | null;
  rules_version: string;
}

/** A text argument, or undefined when NULL or blank. */
export const word = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export const given = (v: unknown) => (v === null || v === undefined ? undefined : v);

/** SME_SIZE(sector, employees, revenue, assets, standard, unit). */
export function size(sector: unknown, employees: unknown, revenue: unknown, assets: unknown, standard?: unknown, unit?: unknown): UdfSize {
  const r = classifySize(
    { sector: given(sector), employees: given(employees), revenue: given(revenue), assets: given(assets) },
    { standard: word(standard), unit: word(unit) },
  );
  if (!r.ok) return { size: null, is_sme: null, reason: null, warnings: r.warnings.length ? formatIssues(r.warnings) : null, error: formatIssues(r.errors), rules_version: RULES_VERSION };
  return {
    size: r.class,
    is_sme: r.isSme,
    reason: formatIssues(r.reasons),
    warnings: r.warnings.length ? formatIssues(r.warnings) : null,
    error: null,
    rules_version: RULES_VERSION,
  };
}
