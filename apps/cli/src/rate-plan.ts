import { matchHeaders, type Language, type SizeStandard } from '@sme-navigator/engine';
import { capabilityGroup } from './capability-group.js';
import { financingGroup } from './financing-group.js';
import type { ResultGroup } from './result-group.js';
import { sizeGroup } from './size-group.js';
import { cellValue } from './table/cell-text.js';
import { UsageError } from './usage-error.js';

export const ERROR_COLUMN = 'error';
export const RULES_VERSION_COLUMN = 'rules_version';

export type GroupId = 'size' | 'capability' | 'financing';
const GROUP_ORDER: readonly GroupId[] = ['size', 'capability', 'financing'];

/** The blocks of result columns `rate` can add, in the order they appear in the output. */
export function resultGroups(standard: SizeStandard, inputName: string, lang: Language): Readonly<Record<GroupId, ResultGroup>> {
  return { size: sizeGroup(standard, inputName, lang), capability: capabilityGroup(lang), financing: financingGroup(lang) };
}

/**
 * How the rows of one input are rated and laid out, settled once from its header. Plain data, so
 * that worker threads rating parts of the file are handed exactly the plan the main thread made.
 */
export interface RatePlan {
  readonly standard: string;
  readonly unit?: string;
  readonly lang: Language;
  /** The input's header texts, trimmed: failures name the column as the user wrote it. */
  readonly headers: readonly string[];
  readonly groups: readonly GroupId[];
  /** Input column of each field the engine reads. */
  readonly fieldAt: readonly (readonly [string, number])[];
  /** Output column of each result column (an input column of that name when --replace). */
  readonly resultAt: readonly (readonly [string, number])[];
  /** The output header row: every input header unchanged, then the new result columns. */
  readonly outHeaders: readonly unknown[];
}

export interface PlanOptions {
  readonly input: string;
  readonly standard: SizeStandard;
  readonly standardTyped: string;
  readonly unit?: string;
  readonly lang: Language;
  readonly replace?: boolean;
}

export function planRating(headerCells: readonly unknown[], options: PlanOptions): RatePlan {
  const headers = headerCells.map((c) => String(cellValue(c) ?? '').trim());
  const candidates = resultGroups(options.standard, options.input, options.lang);
  const allFields = GROUP_ORDER.flatMap((id) => candidates[id].fields);
  const fieldAt = [...matchHeaders(headers, allFields).columns];
  const found = new Set(fieldAt.map(([field]) => field));
  const groups = GROUP_ORDER.filter((id) => candidates[id].applies(found));
  // Beyond size, results depend on weights and mappings too: say which rules made them.
  const provenance = groups.length > 1 ? [RULES_VERSION_COLUMN] : [];
  const resultColumns = [...groups.flatMap((id) => candidates[id].columns), ...provenance, ERROR_COLUMN];
  const present = resultColumns.filter((c) => headers.some((h) => h.toLowerCase() === c));
  if (present.length > 0 && !options.replace) throw new UsageError((s) => s.hasResultColumns({ path: options.input, columns: present }));
  const outHeaders: unknown[] = headerCells.map((c) => cellValue(c) ?? '');
  const resultAt: [string, number][] = [];
  for (const c of resultColumns) {
    const at = headers.findIndex((h) => h.toLowerCase() === c);
    if (at >= 0) resultAt.push([c, at]);
    else {
      resultAt.push([c, outHeaders.length]);
      outHeaders.push(c);
    }
  }
  return {
    standard: options.standardTyped,
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    lang: options.lang,
    headers,
    groups,
    fieldAt,
    resultAt,
    outHeaders,
  };
}
