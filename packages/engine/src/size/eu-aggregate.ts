import { issue, type Issue } from '../issue.js';
import type { IndicatorValues } from './evaluate-standard.js';
import { INDICATORS } from './standard.js';

export interface EnterpriseFigures {
  readonly employees?: unknown;
  readonly revenue?: unknown;
  readonly assets?: unknown;
}

export interface LinkedEnterprise extends EnterpriseFigures {
  readonly name?: string;
  /** The larger of the capital or voting-rights share held, as a fraction (0.3) or a percentage text ("30%"). */
  readonly share?: unknown;
  /** Art. 3(2) investors (public investment corporations, venture capital, business angels, universities, ...) may hold 25–50 % without making a partner. */
  readonly exemptInvestor?: boolean;
}

/**
 * Thresholds of Recommendation 2003/361/EC, Annex Art. 3: below 25 % an enterprise is autonomous
 * (not counted), 25 % to 50 % a partner (counted in proportion), above 50 % linked (counted in full).
 */
export const EU_LINK_THRESHOLDS = { partnerFrom: 0.25, linkedAbove: 0.5 } as const;

export function readShare(raw: unknown, field: string): number | Issue {
  let value: number = Number.NaN;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    const pct = /^(\d+(\.\d+)?)\s*%$/.exec(text);
    value = pct ? Number(pct[1]) / 100 : /^\d*\.?\d+$/.test(text) ? Number(text) : Number.NaN;
  }
  if (!Number.isFinite(value) || value < 0 || value > 1) return issue('share.invalid', { got: String(raw) }, field);
  return value;
}

type Counted = { link: LinkedEnterprise; figures: IndicatorValues };

export type Aggregation = { ok: true; values: IndicatorValues; reasons: Issue[] } | { ok: false; errors: Issue[] };

/** Adds partner and linked enterprises to the firm's own figures (Annex Art. 6). */
export function aggregateEnterprise(own: IndicatorValues, partners: readonly Counted[], linked: readonly Counted[], prefix: string): Aggregation {
  const errors: Issue[] = [];
  const reasons: Issue[] = [];
  const total: { [K in keyof IndicatorValues]: number | undefined } = { ...own };
  const add = (figures: IndicatorValues, weight: number) => {
    for (const i of INDICATORS) {
      const v = figures[i];
      total[i] = total[i] === undefined || v === undefined ? undefined : total[i]! + v * weight;
    }
  };
  const consider = (entry: Counted, index: number, listed: 'partners' | 'linked') => {
    const name = entry.link.name ?? `${listed}[${index}]`;
    if (listed === 'linked' && (entry.link.share === undefined || entry.link.share === null)) {
      add(entry.figures, 1);
      return reasons.push(issue('size.eu-linked', { name, share: null }));
    }
    const field = `${prefix}${listed}[${index}].share`;
    if (entry.link.share === undefined || entry.link.share === null || entry.link.share === '') return errors.push(issue('share.missing', {}, field));
    const share = readShare(entry.link.share, field);
    if (typeof share !== 'number') return errors.push(share);
    if (listed === 'linked' || share > EU_LINK_THRESHOLDS.linkedAbove) {
      add(entry.figures, 1);
      reasons.push(issue('size.eu-linked', { name, share }));
    } else if (share < EU_LINK_THRESHOLDS.partnerFrom) {
      reasons.push(issue('size.eu-autonomous', { name, share }));
    } else if (entry.link.exemptInvestor) {
      reasons.push(issue('size.eu-exempt-investor', { name, share }));
    } else {
      add(entry.figures, share);
      reasons.push(issue('size.eu-partner', { name, share }));
    }
  };
  partners.forEach((p, i) => consider(p, i, 'partners'));
  linked.forEach((p, i) => consider(p, i, 'linked'));
  if (errors.length > 0) return { ok: false, errors };
  const values: { -readonly [K in keyof IndicatorValues]: number } = {};
  for (const i of INDICATORS) if (total[i] !== undefined) values[i] = total[i];
  return { ok: true, values, reasons };
}
