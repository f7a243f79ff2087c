import type { IssueParams } from '../../issue.js';
import { SECTORS } from '../../size/sectors.js';
import type { Catalogue, Render } from '../catalogue.js';

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤' };
const NEGATED: Record<string, string> = { '>=': '<', '>': '≤', '<': '≥', '<=': '>' };

/**
 * "350 persons ≥ 300", "350 < 1,000 persons", "revenue 2,500 ≥ 2,000 (10k yuan)": headcounts read
 * as a count of persons, money as a named figure with its unit.
 */
function boundPhrase(c: IssueParams, met: boolean, r: Render): string {
  const op = (met ? SYMBOL : NEGATED)[String(c.op)];
  const who = r.label(`indicator.${c.label}`);
  if (c.unit === null) return met ? `${r.num(c.value)} ${who} ${op} ${r.num(c.bound)}` : `${r.num(c.value)} ${op} ${r.num(c.bound)} ${who}`;
  return `${who} ${r.num(c.value)} ${op} ${r.num(c.bound)} (${r.label(`unit.${c.unit}`)})`;
}

const phrases = (p: IssueParams, met: boolean, r: Render) =>
  (p.checks as IssueParams[]).map((c) => boundPhrase(c, met, r)).join(` ${r.label('list.and')} `);

const pct = (share: unknown) => `${Math.round(Number(share) * 1000) / 10} %`;

export const size: Catalogue = {
  // A sector by its name in the standards (English messages quote sector ids as typed instead).
  ...Object.fromEntries(SECTORS.map((s) => [`sector-name.${s.id}`, s.en])),

  'indicator.persons': 'persons',
  'indicator.awu': 'AWU',
  'indicator.revenue': 'revenue',
  'indicator.sales': 'sales',
  'indicator.turnover': 'turnover',
  'indicator.assets': 'total assets',
  'indicator.balance-sheet-total': 'balance-sheet total',

  'size.tier-met': (p, r) => `${r.label(`class.${p.class}`)}: ${phrases(p, true, r)}`,
  // Followed by the tier it missed: "micro: not small: 12 < 20 persons".
  'size.no-tier-met': (p, r) => `${r.label(`class.${p.class}`)}:`,
  'size.tier-missed': (p, r) => `not ${r.label(`class.${p.class}`)}: ${phrases(p, false, r)}`,
  'size.not-needed': (p, r) => `${r.list((p.indicators as string[]).map((i) => r.label(`indicator.${i}`)))} not given, not needed to decide`,
  'size.undecided': (p, r) =>
    `${r.list((p.missing as string[]).map((m) => r.field(m)))} ${(p.missing as string[]).length > 1 ? 'are' : 'is'} needed: under ${p.standard}${p.sector ? ` (${p.sector})` : ''} the firm could be ${r.alternatives(
      (p.possible as string[]).map((c) => r.label(`class.${c}`)),
    )}`,
  'size.eu-partner': (p) => `partner ${p.name} (${pct(p.share)}) added in proportion`,
  'size.eu-linked': (p) => `linked ${p.name}${p.share === null ? '' : ` (${pct(p.share)})`} added in full`,
  'size.eu-autonomous': (p) => `${p.name} (${pct(p.share)}, under 25 %) not counted`,
  'size.eu-exempt-investor': (p) => `${p.name} (${pct(p.share)}) is an exempt investor, not counted`,
  'size.eu-two-periods-kept': (p, r) =>
    `keeps ${r.label(`class.${p.previous}`)} status: ${r.label(`class.${p.current}`)} in one period only (a ceiling must be crossed in two consecutive periods)`,
  'size.eu-two-periods-same': (p, r) => `${r.label(`class.${p.class}`)} in both periods`,

  'sector.unknown-suggest': (p) => `sector '${p.typed}' is not in ${p.standard}; did you mean '${p.word}' → ${p.id}?`,
  'sector.not-in-standard': (p, r) => `sector '${p.typed}' is not in ${p.standard}, which lists: ${r.list(p.listed)}`,
  'sector.missing': (p, r) => `sector is blank; ${p.standard} needs one of: ${r.list(p.listed)}`,
  'sector.ignored': (p) => `sector '${p.typed}' is not recognised; ignored, as ${p.standard} does not depend on sector`,
  'unit.unknown': (p, r) => `unknown unit '${p.typed}' for ${p.standard}; use one of: ${r.list(p.allowed)}`,
  'standard.unknown': (p, r) => `unknown standard '${p.typed}'; use one of: ${r.list(p.known)}`,

  'standard.not-an-object': (p) => `standard ${p.standard}: ${p.path || 'the standard'} must be an object`,
  'standard.bad-id': (p) => `standard ${p.standard}: id must be lowercase letters, digits, '.' and '-', got '${p.got}'`,
  'standard.needs-text': (p) => `standard ${p.standard}: ${p.path} must be non-empty text`,
  'standard.needs-list': (p) => `standard ${p.standard}: ${p.path} must list at least one entry`,
  'standard.not-allowed': (p, r) => `standard ${p.standard}: ${p.path} is '${p.got}'; use one of: ${r.list(p.allowed)}`,
  'standard.currency-mismatch': (p) => `standard ${p.standard}: ${p.path} '${p.got}' is not in ${p.currency}, the currency of its thresholds`,
  'standard.tier-order': (p, r) =>
    `standard ${p.standard}: ${p.path} must run from largest to smallest class or smallest to largest, with 'otherwise' last; got ${r.list(p.got)}`,
  'standard.bad-bound': (p) => `standard ${p.standard}: ${p.path} must be a finite number ≥ 0, got ${p.got}`,
  'standard.bad-condition': (p) => `standard ${p.standard}: ${p.path} must be a bound {indicator, op, value} or a non-empty all / any / atLeast-of list`,
  'standard.bad-at-least': (p) => `standard ${p.standard}: ${p.path} must be a whole number from 1 to ${p.max}, got ${p.got}`,
};
