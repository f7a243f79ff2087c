/**
 * The answers behind guided assessments, kept in the workbook as rows of the sheet
 * "SME Assessments" (firm key, question, answer, when, field), so people can read them and the pane
 * can reopen any firm's assessment from the file.
 */
import { isBlank, type AssessmentRecord, type Cell } from '../gateway/types.js';
import type { RateSettings } from './rate.js';

/** The firm's name when the row has one, else Sheet!row (1-based, as Excel shows it). */
export function firmKey(sheet: string, row: number, firm: Cell | undefined): string {
  return isBlank(firm) ? `${sheet}!${row + 1}` : String(firm).trim();
}

export const STANDARD_FIELD = '_standard';
export const UNIT_FIELD = '_unit';

export interface SavedAssessment {
  readonly answers: Readonly<Record<string, string>>;
  readonly settings: RateSettings | null;
  /** The latest `when`. */
  readonly when: string;
  readonly count: number;
}

/** Every firm's saved answers, by firm key (a later record for the same field wins). */
export function groupAssessments(records: readonly AssessmentRecord[]): Map<string, SavedAssessment> {
  const byKey = new Map<string, AssessmentRecord[]>();
  for (const r of records) {
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  const out = new Map<string, SavedAssessment>();
  for (const [key, list] of byKey) {
    const answers: Record<string, string> = {};
    let standard: string | null = null;
    let unit: string | null = null;
    let when = '';
    let count = 0;
    for (const r of list) {
      if (r.when > when) when = r.when;
      if (r.field === STANDARD_FIELD) standard = r.answer;
      else if (r.field === UNIT_FIELD) unit = r.answer === '' ? null : r.answer;
      else if (r.field !== '') {
        answers[r.field] = r.answer;
        count += 1;
      }
    }
    out.set(key, { answers, settings: standard === null ? null : { standard, unit }, when, count });
  }
  return out;
}

/** The records of one assessment: the size standard and unit used, then each answer given. */
/** A time as people read it in the sheet: 2026-05-01T09:30:00Z (UTC, to the second). */
export function whenText(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function recordsOf(
  key: string,
  answers: Readonly<Record<string, string>>,
  settings: RateSettings,
  when: string,
  question: (field: string) => string,
  standardQuestion: string,
  unitQuestion: string,
  /** The standard's own unit, written when none was chosen so that people reading the sheet see it. */
  defaultUnit: string,
): AssessmentRecord[] {
  const out: AssessmentRecord[] = [
    { key, question: standardQuestion, answer: settings.standard, when, field: STANDARD_FIELD },
    { key, question: unitQuestion, answer: settings.unit ?? defaultUnit, when, field: UNIT_FIELD },
  ];
  for (const [field, answer] of Object.entries(answers)) out.push({ key, question: question(field), answer, when, field });
  return out;
}

/** Records from the rows of the sheet (header row first); rows without a key or field are skipped. */
export function recordsFromRows(rows: readonly (readonly Cell[])[]): AssessmentRecord[] {
  const out: AssessmentRecord[] = [];
  for (const r of rows) {
    const text = (i: number) => (isBlank(r[i]) ? '' : String(r[i]).trim());
    const key = text(0);
    const field = text(4);
    if (key === '' || field === '') continue;
    out.push({ key, question: text(1), answer: text(2), when: text(3), field });
  }
  return out;
}

export function rowsFromRecords(records: readonly AssessmentRecord[]): Cell[][] {
  return records.map((r) => [r.key, r.question, r.answer === '' ? null : r.answer, r.when, r.field]);
}
