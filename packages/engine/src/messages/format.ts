import type { Issue, IssueParams, ParamValue } from '../issue.js';
import type { Catalogue, Render } from './catalogue.js';
import { en } from './en/index.js';

export type Language = 'en';

const CATALOGUES: Record<Language, Catalogue> = { en };

/**
 * "2,500", "0.33", "3,000,000,000,000": at most two decimals, commas between thousands. Written out
 * rather than through Intl, which some runtimes the engine runs in (warehouse UDFs) may lack.
 */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

function renderer(catalogue: Catalogue): Render {
  const r: Render = {
    num: (v) => (typeof v === 'number' ? groupDigits(v) : String(v)),
    list: (v) => (Array.isArray(v) ? v.map(String).join(', ') : String(v)),
    alternatives: (v) => {
      const items = Array.isArray(v) ? v.map(String) : [String(v)];
      return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${r.label('list.or')} ${items[items.length - 1]}`;
    },
    label: (key) => {
      const entry = catalogue[key];
      return typeof entry === 'string' ? entry : key;
    },
    field: (path) => path ?? '',
    message: (code, params, field) => formatWith(catalogue, r, { code, params, ...(field === undefined ? {} : { field }) }),
  };
  return r;
}

const RENDERERS: Record<Language, Render> = { en: renderer(en) };

function formatWith(catalogue: Catalogue, r: Render, found: Issue): string {
  const entry = catalogue[found.code];
  if (entry === undefined) return `${found.code} ${JSON.stringify(found.params)}`;
  return typeof entry === 'string' ? entry : entry(found.params, r, found.field);
}

/** One issue (reason, warning or error) as a sentence. */
export function formatIssue(found: Issue, lang: Language = 'en'): string {
  return formatWith(CATALOGUES[lang], RENDERERS[lang], found);
}

/** Several issues as one sentence, "; "-separated, in order (an entry ending in ":" runs on into the next). */
export function formatIssues(found: readonly Issue[], lang: Language = 'en'): string {
  let out = '';
  for (const text of found.map((i) => formatIssue(i, lang))) out += out === '' || out.endsWith(':') ? (out === '' ? text : ` ${text}`) : `; ${text}`;
  return out;
}

export function catalogueOf(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

export type { ParamValue, IssueParams };
