/** Simplified Chinese function metadata: every function and parameter translated, same ids. */
import { describe, expect, it } from 'vitest';
import { generateMetadata, localizeMetadata, readTranslationTable, type Metadata, type TranslationTable } from '../tools/metadata.mjs';
import { readDist } from './support/built.js';

const english = JSON.parse(await generateMetadata()) as Metadata;
const table = readTranslationTable();
const CJK = /\p{Script=Han}/u;

describe('functions-zh-cn.json', () => {
  it('translates every function and every parameter (add missing ones to src/functions/i18n/zh-cn.json)', () => {
    expect(localizeMetadata(JSON.stringify(english), table).problems).toEqual([]);
  });

  it('keeps the ids, their order and the parameters; changes only names and descriptions', () => {
    const zh = JSON.parse(localizeMetadata(JSON.stringify(english), table).json) as Metadata;
    expect(zh.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const en = english.functions[i]!;
      expect(f.name, f.id).toMatch(CJK);
      expect(f.description, f.id).toMatch(CJK);
      expect(f.result).toEqual(en.result);
      expect(f.parameters.map(({ name, description, ...rest }) => rest)).toEqual(en.parameters.map(({ name, description, ...rest }) => rest));
      for (const p of f.parameters) {
        expect(p.name, `${f.id}.${p.name}`).toMatch(CJK);
        expect(p.description, `${f.id}.${p.name}`).toMatch(CJK);
      }
    });
  });

  it('is what the build emits', () => {
    expect(readDist('functions-zh-cn.json')).toBe(localizeMetadata(readDist('functions.json'), table).json);
  });
});

describe('the translation check', () => {
  const metadata = JSON.stringify({
    functions: [
      { id: 'SIZE', name: 'SIZE', parameters: [{ name: 'sector' }, { name: 'sales' }] },
      { id: 'NEWFUNC', name: 'NEWFUNC', parameters: [] },
    ],
  });
  const small: TranslationTable = {
    parameters: { sector: { name: '行业', description: '所属行业' } },
    functions: {
      SIZE: { name: '企业规模', description: '规模' },
      GONE: { name: '已删除', description: '旧函数' },
    },
  };

  it('reports a function, a parameter without a translation, and a stale entry', () => {
    expect(localizeMetadata(metadata, small).problems).toEqual([
      'SIZE.sales: no translation (add it under parameters or functions.SIZE.parameters in src/functions/i18n/zh-cn.json)',
      'NEWFUNC: no translation (add functions.NEWFUNC with name and description to src/functions/i18n/zh-cn.json)',
      'GONE: translated in src/functions/i18n/zh-cn.json but there is no such function',
    ]);
  });

  it('refuses a name Excel would not accept (at least three characters, starting with a letter)', () => {
    const t: TranslationTable = { functions: { NEWFUNC: { name: '规模', description: '两个字' }, SIZE: { name: '1规模', description: '数字开头' } }, parameters: small.parameters };
    expect(localizeMetadata(metadata, t).problems.filter((p) => p.includes('valid function name'))).toEqual([
      "SIZE: '1规模' is not a valid function name (a letter, then letters, digits, '.' or '_'; at least 3 characters)",
      "NEWFUNC: '规模' is not a valid function name (a letter, then letters, digits, '.' or '_'; at least 3 characters)",
    ]);
  });

  it('lets a function override a shared parameter translation', () => {
    const t: TranslationTable = {
      parameters: { sector: { name: '行业', description: '所属行业' }, sales: { name: '销售额', description: '全年销售额' } },
      functions: {
        SIZE: { name: '企业规模', description: '规模', parameters: { sales: { name: '营业收入', description: '全年营业收入' } } },
        NEWFUNC: { name: '新函数', description: '新' },
      },
    };
    const zh = JSON.parse(localizeMetadata(metadata, t).json) as Metadata;
    expect(zh.functions[0]!.parameters.map((p) => p.name)).toEqual(['行业', '营业收入']);
  });
});
