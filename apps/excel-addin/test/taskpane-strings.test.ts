/**
 * One catalogue for every string the pane shows (src/taskpane/strings/en.ts), ready for a
 * translation: every language has every key, and the components hold no text of their own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSTRAINTS } from '@sme-navigator/engine';
import { PACKAGE_ROOT } from '../build/addin-config.mjs';
import { QUESTIONS } from '../src/taskpane/core/questions.js';
import { en, enChoices, enQuestions } from '../src/taskpane/strings/en.js';
import { LANGUAGES, stringsFor } from '../src/taskpane/strings/index.js';

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

  it('falls back to English for a display language it has no catalogue for', () => {
    expect(stringsFor('zh-CN').t.startAssessment).toBe('Start assessment');
    expect(stringsFor(undefined).t.appTitle).toBe('SME Navigator');
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
