/**
 * One firm row through the engine, into the result cells the command line writes (plus rated_with).
 */
import {
  assessFirm,
  capabilityCells,
  financingCells,
  formatIssue,
  formatIssues,
  resolveStandard,
  RULES_VERSION,
  type FirmAssessment,
  type FirmRow,
  type Issue,
  type Language,
  type SizeStandard,
} from '@sme-navigator/engine';
import { isBlank, type Cell } from '../gateway/types.js';
import { formatRatedWith, RESULT_COLUMNS, type ResultColumn, type ResultPart } from './results.js';

export interface RateContext {
  readonly standard: SizeStandard;
  /** The money unit chosen, or undefined for the standard's own. */
  readonly unit?: string | undefined;
  /** YYYY-MM-DD, for rated_with. */
  readonly date: string;
  /** The language of the engine's sentences (reasons, constraint labels); English when not given. */
  readonly lang?: Language;
}

export interface RateSettings {
  readonly standard: string;
  readonly unit: string | null;
}

export const DEFAULT_SETTINGS: RateSettings = { standard: 'prc-2017', unit: null };
export const RATE_SETTING = 'SMENavigator.standard';

export function readRateSettings(value: unknown): RateSettings {
  if (value === null || typeof value !== 'object') return DEFAULT_SETTINGS;
  const v = value as Record<string, unknown>;
  const standard = typeof v.standard === 'string' && resolveStandard(v.standard).ok ? v.standard : DEFAULT_SETTINGS.standard;
  const unit = typeof v.unit === 'string' && v.unit !== '' ? v.unit : null;
  return { standard, unit };
}

export function rateContext(settings: RateSettings, date: string, lang: Language = 'en'): RateContext {
  const resolved = resolveStandard(settings.standard);
  if (!resolved.ok) throw new Error(formatIssues(resolved.errors, lang));
  return { standard: resolved.value, unit: settings.unit ?? undefined, date, lang };
}

export interface RowRating {
  /** No part of the assessment failed. */
  readonly ok: boolean;
  readonly assessment: FirmAssessment;
  readonly parts: ReadonlySet<ResultPart>;
  readonly cells: Readonly<Record<ResultColumn, string | number>>;
  /** Sentences, with the field each is about. */
  readonly errors: readonly { readonly message: string; readonly field: string | undefined }[];
  readonly warnings: readonly string[];
}

const EMPTY_CELLS = Object.fromEntries(RESULT_COLUMNS.map((c) => [c, ''])) as Record<ResultColumn, string | number>;

/** A score cell: the number (shown "86.8" with the format 0.0), or the word the side was given as. */
function scoreCell(text: string): string | number {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export function rateFirm(row: FirmRow, ctx: RateContext): RowRating {
  const assessment = assessFirm(row, { standard: ctx.standard, ...(ctx.unit ? { unit: ctx.unit } : {}) });
  const lang = ctx.lang ?? 'en';
  const cells = { ...EMPTY_CELLS };
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const parts = new Set<ResultPart>(['size']);

  const { size, capability, financing } = assessment;
  if (size.ok) {
    cells.size = size.class;
    cells.size_reason = formatIssues(size.reasons, lang) + (size.warnings.length > 0 ? `${lang === 'zh-CN' ? '；警告：' : '; warning: '}${formatIssues(size.warnings, lang)}` : '');
  } else errors.push(...size.errors);
  warnings.push(...size.warnings);

  if (capability !== null) {
    parts.add('capability');
    if (capability.ok) {
      const c = capabilityCells(capability, lang);
      Object.assign(cells, c, { product_score: scoreCell(c.product_score), process_score: scoreCell(c.process_score) });
    } else errors.push(...capability.errors);
    warnings.push(...capability.warnings);
  }
  if (financing !== null) {
    parts.add('financing');
    if (financing.ok) Object.assign(cells, financingCells(financing, lang));
    else errors.push(...financing.errors);
    warnings.push(...financing.warnings);
  }
  cells.rules_version = RULES_VERSION;
  cells.rated_with = formatRatedWith({ standard: ctx.standard.id, unit: ctx.unit ?? null, rulesVersion: RULES_VERSION, date: ctx.date });
  return {
    ok: errors.length === 0,
    assessment,
    parts,
    cells,
    errors: errors.map((e) => ({ message: formatIssue(e, lang), field: e.field?.replace(/\[.*$/, '').split('.')[0] })),
    warnings: warnings.map((w) => formatIssue(w, lang)),
  };
}

/**
 * The firm row the engine reads: each mapped field's cell, then each answer for a field the row
 * leaves blank. "unknown" answers are left out, as a blank is.
 */
export function buildFirmRow(values: readonly Cell[], columns: ReadonlyMap<string, number>, answers: Readonly<Record<string, string>> = {}): FirmRow {
  const row: Record<string, unknown> = {};
  for (const [field, at] of columns) {
    const v = values[at];
    if (!isBlank(v)) row[field] = v;
  }
  for (const [field, answer] of Object.entries(answers)) {
    if (field.startsWith('_') || row[field] !== undefined) continue;
    if (answer.trim() === '' || answer === UNKNOWN) continue;
    row[field] = answer;
  }
  return row;
}

export const UNKNOWN = 'unknown';
