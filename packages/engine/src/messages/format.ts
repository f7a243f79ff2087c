import type { Issue, IssueParams, ParamValue } from '../issue.js';
import type { Catalogue, Render } from './catalogue.js';
import { en } from './en/index.js';
import { zhCN } from './zh-cn/index.js';

/** The languages the catalogue speaks: English and Simplified Chinese. */
export type Language = 'en' | 'zh-CN';

export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

const CATALOGUES: Record<Language, Catalogue> = { en, 'zh-CN': zhCN };

/**
 * "2,500", "0.33", "3,000,000,000,000": at most two decimals, commas between thousands. Written out
 * rather than through Intl, which some runtimes the engine runs in (warehouse UDFs) may lack. Chinese
 * text groups digits the same way (2,500万元), as PRC statistical tables do.
 */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  // Most figures in a register are whole numbers: no toFixed, no split, no regex on that path (a
  // reason is formatted for every row rated).
  if (Number.isInteger(abs)) return sign + groupThousands(String(abs));
  const [whole, fraction] = abs.toFixed(2).split('.') as [string, string];
  const decimals = fraction.endsWith('0') ? fraction.slice(0, 1) : fraction;
  return `${sign}${groupThousands(whole)}${decimals === '0' ? '' : `.${decimals}`}`;
}

function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return out;
}

/** How a language joins things: list items, the last of several alternatives, and issues in a row. */
interface Style {
  /** "a, b, c" / "a、b、c" */
  readonly listSeparator: string;
  /** Puts the catalogue's `list.or` between the last two alternatives. */
  joinLast(head: string, or: string, last: string): string;
  /** Between two issues in one sentence: "; " / "；". */
  readonly issueSeparator: string;
  /** An entry ending in this runs on into the next ("micro:" + " not small: ..."), after `runOnGap`. */
  readonly runOn: string;
  readonly runOnGap: string;
}

const LATIN_EDGE = /[A-Za-z0-9'")\]]$/;
const LATIN_START = /^[A-Za-z0-9'"(\[]/;

const STYLES: Record<Language, Style> = {
  en: { listSeparator: ', ', joinLast: (head, or, last) => `${head} ${or} ${last}`, issueSeparator: '; ', runOn: ':', runOnGap: ' ' },
  // "小型企业或中型企业", but "approved、rejected 或 pending": a space only where the word meets Latin text.
  'zh-CN': {
    listSeparator: '、',
    joinLast: (head, or, last) => `${head}${LATIN_EDGE.test(head) ? ' ' : ''}${or}${LATIN_START.test(last) ? ' ' : ''}${last}`,
    issueSeparator: '；',
    runOn: '：',
    runOnGap: '',
  },
};

/**
 * A field path as a user knows it: `field.<id>` labels the id in each language (English labels are
 * the ids themselves), and in a path like `partners[0].employees` only the last part is a field id.
 */
function fieldName(catalogue: Catalogue, path: string | undefined): string {
  if (path === undefined) return '';
  const whole = catalogue[`field.${path}`];
  if (typeof whole === 'string') return whole;
  const at = path.lastIndexOf('.');
  if (at < 0) return path;
  const last = catalogue[`field.${path.slice(at + 1)}`];
  return typeof last === 'string' ? `${path.slice(0, at + 1)}${last}` : path;
}

function renderer(catalogue: Catalogue, style: Style): Render {
  const r: Render = {
    num: (v) => (typeof v === 'number' ? groupDigits(v) : String(v)),
    list: (v) => (Array.isArray(v) ? v.map(String).join(style.listSeparator) : String(v)),
    alternatives: (v) => {
      const items = Array.isArray(v) ? v.map(String) : [String(v)];
      return items.length <= 1 ? (items[0] ?? '') : style.joinLast(items.slice(0, -1).join(style.listSeparator), r.label('list.or'), items[items.length - 1]!);
    },
    label: (key) => {
      const entry = catalogue[key];
      return typeof entry === 'string' ? entry : key;
    },
    field: (path) => fieldName(catalogue, path),
    message: (code, params, field) => formatWith(catalogue, r, { code, params, ...(field === undefined ? {} : { field }) }),
  };
  return r;
}

const RENDERERS: Record<Language, Render> = { en: renderer(en, STYLES.en), 'zh-CN': renderer(zhCN, STYLES['zh-CN']) };

function formatWith(catalogue: Catalogue, r: Render, found: Issue): string {
  const entry = catalogue[found.code];
  if (entry === undefined) return `${found.code} ${JSON.stringify(found.params)}`;
  return typeof entry === 'string' ? entry : entry(found.params, r, found.field);
}

/** One issue (reason, warning or error) as a sentence. */
export function formatIssue(found: Issue, lang: Language = 'en'): string {
  return formatWith(CATALOGUES[lang], RENDERERS[lang], found);
}

/**
 * Several issues as one sentence, in order: "; "-separated in English, "；" in Chinese (an entry
 * ending in ":" / "：" runs on into the next).
 */
export function formatIssues(found: readonly Issue[], lang: Language = 'en'): string {
  const style = STYLES[lang];
  let out = '';
  for (const text of found.map((i) => formatIssue(i, lang))) {
    if (out === '') out = text;
    else out += out.endsWith(style.runOn) ? `${style.runOnGap}${text}` : `${style.issueSeparator}${text}`;
  }
  return out;
}

export function catalogueOf(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

export type { ParamValue, IssueParams };
