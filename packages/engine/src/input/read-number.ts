import { issue, type Issue } from '../issue.js';
import { isPlainDecimal } from './plain-decimal.js';

export type NumberReading =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly issue: Issue };

const MISSING: NumberReading = { kind: 'missing' };

/** Thousands separators people paste from reports: "1,234", "1 234", "1_234" (not decimal commas). */
const GROUPED = /^[+-]?\d{1,3}([, _\u00a0]\d{3})+(\.\d+)?$/;

/**
 * The one coercion path for every non-negative quantity the engine reads (headcount, money, counts).
 * A blank is "missing" (the rules decide whether that matters); anything else that is not a finite
 * number ≥ 0 is an issue that quotes what was given.
 */
export function readNonNegative(raw: unknown, field: string): NumberReading {
  if (raw === null || raw === undefined) return MISSING;
  let value: number;
  let shown: string;
  if (typeof raw === 'number') {
    value = raw;
    shown = Number.isNaN(raw) ? 'NaN' : String(raw);
  } else if (typeof raw === 'string') {
    if (isPlainDecimal(raw)) return { kind: 'value', value: Number(raw) };
    const text = raw.trim();
    if (text === '') return MISSING;
    const plain = GROUPED.test(text) ? text.replace(/[, _\u00a0]/g, '') : text;
    value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plain) ? Number(plain) : /^[+-]?Infinity$/.test(plain) ? Number(plain) : Number.NaN;
    shown = Number.isNaN(value) ? `'${text}'` : text;
  } else {
    return { kind: 'invalid', issue: issue('value.not-a-number', { got: `'${String(raw)}'` }, field) };
  }
  if (Number.isNaN(value)) return { kind: 'invalid', issue: issue('value.not-a-number', { got: shown }, field) };
  if (!Number.isFinite(value)) return { kind: 'invalid', issue: issue('value.not-finite', { got: shown }, field) };
  if (value < 0) return { kind: 'invalid', issue: issue('value.not-a-number', { got: shown }, field) };
  return { kind: 'value', value };
}
