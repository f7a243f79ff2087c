import { describe, expect, it } from 'vitest';
import { matchHeaders } from '../fields/columns.js';
import { CAPABILITY_COLUMNS } from '../fields/capability-columns.js';
import { CLUSTER_COLUMNS } from '../fields/cluster-columns.js';
import { FINANCE_COLUMNS } from '../fields/finance-columns.js';
import { SIZE_COLUMNS } from '../fields/size-columns.js';
import { FIELD_IDS } from './en/fields.js';
import { catalogueOf, LANGUAGES } from './format.js';
import { GLOSSARY } from './glossary.js';
import { folder } from './test-sources.js';

const en = catalogueOf('en');
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const DIRS: Record<string, string> = { en: 'en', 'zh-CN': 'zh-cn' };
const ZH_FILES = folder('zh-cn');

describe('every language has exactly the keys of the English catalogue', () => {
  it('there is a language besides English', () => {
    expect(OTHERS).toEqual(['zh-CN']);
  });

  it.each(OTHERS)('%s: no key missing, no key extra', (lang) => {
    const other = catalogueOf(lang);
    const missing = Object.keys(en).filter((k) => !(k in other));
    const extra = Object.keys(other).filter((k) => !(k in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s: no label is blank', (lang) => {
    const blank = Object.entries(catalogueOf(lang)).filter(([k, v]) => typeof v === 'string' && v.trim() === '' && k !== 'list.cells');
    expect(blank).toEqual([]);
  });

  it.each(OTHERS)('%s: the catalogue is split into the same files as en/', (lang) => {
    expect(Object.keys(folder(DIRS[lang]!)).sort()).toEqual(Object.keys(folder('en')).sort());
  });
});

describe('field labels', () => {
  const ALL_COLUMNS = [...SIZE_COLUMNS, ...CAPABILITY_COLUMNS, ...FINANCE_COLUMNS, ...CLUSTER_COLUMNS];

  it('label every field a firm row can have', () => {
    for (const lang of LANGUAGES) expect(FIELD_IDS.filter((id) => typeof catalogueOf(lang)[`field.${id}`] !== 'string')).toEqual([]);
  });

  it('are the ids themselves in English, so English messages are unchanged', () => {
    expect(FIELD_IDS.filter((id) => en[`field.${id}`] !== id)).toEqual([]);
  });

  it('are, in Chinese, a column header the command line reads back as that field', () => {
    const zh = catalogueOf('zh-CN');
    const wrong = FIELD_IDS.filter((id) => {
      const label = zh[`field.${id}`] as string;
      return !/[\u4e00-\u9fff]/.test(label) || matchHeaders([label], ALL_COLUMNS).columns.get(id) !== 0;
    });
    expect(wrong).toEqual([]);
  });
});

describe('the glossary', () => {
  const terms = Object.entries(GLOSSARY) as [string, { en: string; zh: string; key?: string; avoid?: readonly string[] }][];

  it.each(terms.filter(([, t]) => t.key !== undefined))('%s labels its key in both languages', (_, term) => {
    expect(en[term.key!]).toBe(term.en);
    expect(catalogueOf('zh-CN')[term.key!]).toBe(term.zh);
  });

  it('gives every term a Chinese rendering in Chinese characters', () => {
    expect(terms.filter(([, t]) => !/[\u4e00-\u9fff]/.test(t.zh)).map(([id]) => id)).toEqual([]);
  });

  it('renderings to avoid appear nowhere in the Chinese catalogue', () => {
    const source = Object.values(ZH_FILES).join('\n');
    const found = terms.flatMap(([id, t]) => (t.avoid ?? []).filter((w) => source.includes(w)).map((w) => `${id}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe('Chinese text', () => {
  const zh = catalogueOf('zh-CN');

  it('uses full-width punctuation beside Chinese characters', () => {
    // An ASCII , ; : ( ) or ? touching a Chinese character, in the source of every entry (comments aside).
    const halfWidth = /[\u4e00-\u9fff][,;:()?]|[,;:()?][\u4e00-\u9fff]/;
    const lines = Object.entries(ZH_FILES).flatMap(([f, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ at: `${f}:${i + 1}`, line }))
        .filter(({ line }) => !/^\s*(\/\/|\/?\*)/.test(line) && halfWidth.test(line)),
    );
    expect(lines).toEqual([]);
  });

  it('has a Chinese character in every label that is not an id or a symbol', () => {
    const latinOnly = Object.entries(zh).filter(([k, v]) => typeof v === 'string' && !/[\u4e00-\u9fff]/.test(v) && k !== 'list.cells');
    expect(latinOnly).toEqual([]);
  });
});
