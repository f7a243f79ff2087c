/**
 * One catalogue for every string the pane shows (src/taskpane/strings/en.ts), ready for a
 * translation: every language has every key, and the components hold no text of their own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSTRAINTS } from '@sme-navigator/engine';
import { PACKAGE_ROOT } from '../tools/addin-config.mjs';
import { QUESTIONS } from '../src/taskpane/core/questions.js';
import { en, enChoices, enQuestions } from '../src/taskpane/strings/en.js';
import { LANGUAGES, stringsFor } from '../src/taskpane/strings/index.js';
import { questionLabel } from '../src/taskpane/components/QuestionInput.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('the string catalogue', () => {
  it('has a non-empty English text for every key', () => {
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      else expect(typeof value, key).toBe('function');
    }
  });

  it('gives every language the same keys, questions and choices as English', () => {
    for (const [lang, strings] of Object.entries(LANGUAGES)) {
      expect(Object.keys(strings.t).sort(), lang).toEqual(Object.keys(en).sort());
      expect(Object.keys(strings.questions).sort(), lang).toEqual(Object.keys(enQuestions).sort());
      for (const [field, options] of Object.entries(enChoices))
        expect(Object.keys(strings.choices[field as keyof typeof enChoices]).sort(), `${lang} ${field}`).toEqual(Object.keys(options).sort());
    }
  });

  it('has a label and one line of help for every question the assessment asks', () => {
    for (const q of QUESTIONS) {
      if (q.constraint) continue; // the engine's own question, with the paper's section as help
      const text = enQuestions[q.field as keyof typeof enQuestions];
      expect(text, q.field).toBeDefined();
      expect(text.help.split('\n'), q.field).toHaveLength(1);
    }
    expect(QUESTIONS.filter((q) => q.constraint).map((q) => q.field)).toEqual(CONSTRAINTS.map((c) => c.id));
  });

  it('follows Office’s display language: Simplified Chinese for zh-CN and zh, English otherwise', () => {
    expect(stringsFor('zh-CN').t.startAssessment).toBe('开始评估');
    expect(stringsFor('zh').t.startAssessment).toBe('开始评估');
    expect(stringsFor('zh-TW').t.startAssessment).toBe('Start assessment');
    expect(stringsFor('fr-FR').t.startAssessment).toBe('Start assessment');
    expect(stringsFor(undefined).t.appTitle).toBe('SME Navigator');
  });

  it('has Chinese for every English key, question and choice, and no English left in it', () => {
    const zh = stringsFor('zh-CN');
    expect(Object.keys(zh.t).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh.t).sort());
    expect(Object.keys(zh.questions).sort()).toEqual(Object.keys(enQuestions).sort());
    const sample = { row: 3, sheet: 'Firms', count: 2, when: '2026-05-01', ratedWith: 'x', done: 1, total: 2, rated: 1, failed: 1, blank: 1, written: 1, message: 'm', found: 1, asked: 1, step: 1, title: 't', unit: 'u', cells: 1, recorded: 'a', current: 'b', source: 's', mode: 'm', strategy: 's', orientation: 'o', combined: 'c', gap: 'g', overall: '1', internal: '1', external: '1', product: '1', process: '1', name: 'n', shown: 1, firms: 1, counts: 'c', firm: 'f', standard: 'prc-2017', tables: 1, charts: 0 };
    for (const [key, value] of Object.entries(zh.t)) {
      const text = typeof value === 'string' ? value : (value as (p: unknown) => string)(sample);
      expect(text.trim(), key).not.toBe('');
      if (key !== 'language') expect(/[\u4e00-\u9fff]/.test(text), `${key}: ${text}`).toBe(true);
    }
  });

  it('asks the financing constraints in the engine’s own words, in the pane’s language', () => {
    const q = QUESTIONS.find((x) => x.field === 'low_transparency')!;
    const zh = stringsFor('zh-CN');
    expect(questionLabel(q, zh.questions, 'zh-CN')).toBe('企业是否不向贷款方提供经营业绩信息（多数业主自营的企业都是如此）？');
    expect(questionLabel(q, zh.questions, 'en')).toMatch(/^Does the firm/);
  });

  it('uses the engine glossary’s terms for the paper’s ideas', () => {
    const zh = stringsFor('zh-CN');
    expect(zh.t.productScore).toBe('产品技术能力');
    expect(zh.t.processScore).toBe('工艺技术能力');
    const all = JSON.stringify(zh.questions) + Object.values(zh.t).filter((v) => typeof v === 'string').join('');
    for (const avoided of ['快速追随', '快速跟进', '缝隙战略', '小众战略', '免费搭车', '中间缺失', '夹心层', '创业投资']) expect(all, avoided).not.toContain(avoided);
    expect(all).toContain('关系型融资');
    expect(all).toContain('风险投资');
  });

  it('leaves no user-facing text in the components', () => {
    const sources = [...files(path.join(PACKAGE_ROOT, 'src/taskpane')), ...files(path.join(PACKAGE_ROOT, 'src/playground'))].filter(
      (f) => f.endsWith('.tsx') && !f.includes(`${path.sep}strings${path.sep}`),
    );
    expect(sources.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const file of sources) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      // Text between JSX tags, and literal text in the attributes people read.
      for (const m of code.matchAll(/>\s*([^<>{}]*[A-Za-z\u4e00-\u9fff][^<>{}]*?)\s*<\//g)) found.push(`${path.basename(file)}: >${m[1]!.trim()}</`);
      for (const m of code.matchAll(/\b(aria-label|label|title|placeholder|alt|hint)="([^"]*[A-Za-z][^"]*)"/g)) found.push(`${path.basename(file)}: ${m[1]}="${m[2]}"`);
    }
    expect(found).toEqual([]);
  });
});
