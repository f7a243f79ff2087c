import { issue, type Issue } from '../issue.js';
import { isPlainDecimal } from './plain-decimal.js';

export type ShareReading =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly issue: Issue };

/**
 * A share of something (new-product sales, exports, external finance) as a fraction 0–1.
 * Accepted: a fraction (0.3, as Excel stores a percentage cell), a percentage text ("30%", "30 %"),
 * or a number above 1 and at most 100, read as a percentage (30 → 30 %). 1 is read as 100 %.
 */
export function readShare(raw: unknown, field: string): ShareReading {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  let value = Number.NaN;
  let percentText = false;
  let shown = String(raw);
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return { kind: 'missing' };
    shown = text;
    // "24%" and "0.73", the usual forms, without the regular expressions below.
    const bare = text.endsWith('%') ? text.slice(0, -1) : '';
    if (isPlainDecimal(bare)) {
      value = Number(bare) / 100;
      percentText = true;
    } else if (isPlainDecimal(text)) value = Number(text);
    else {
      const pct = /^([+-]?\d+(\.\d+)?)\s*[%％]$/.exec(text);
      if (pct) {
        value = Number(pct[1]) / 100;
        percentText = true;
      } else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) value = Number(text);
    }
  }
  if (!Number.isFinite(value)) return { kind: 'invalid', issue: issue('share.not-a-share', { got: `'${shown}'` }, field) };
  if (!percentText && value > 1) value = value / 100;
  if (value < 0) return { kind: 'invalid', issue: issue('share.out-of-range', { got: shown }, field) };
  if (value > 1) return { kind: 'invalid', issue: issue('share.out-of-range', { got: shown }, field) };
  return { kind: 'value', value };
}
