import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { langArgument, languageFromEnv, parseLanguage } from './language.js';
import { main } from './main.js';

describe('--lang', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['cn', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['fr', undefined],
    ['', undefined],
  ])('%j → %s', (typed, lang) => {
    expect(parseLanguage(typed)).toBe(lang);
  });

  it('is found before or after the input, with a space or =, the last one counting', () => {
    expect(langArgument(['rate', 'a.csv', '--lang', 'zh'])).toBe('zh');
    expect(langArgument(['rate', '--lang=cn', 'a.csv'])).toBe('cn');
    expect(langArgument(['rate', '--lang', 'zh', '--lang', 'en', 'a.csv'])).toBe('en');
    expect(langArgument(['rate', 'a.csv'])).toBeUndefined();
    expect(langArgument(['rate', '--', '--lang', 'zh'])).toBeUndefined();
  });
});

describe('the default language', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: '' }, 'zh-CN'],
    [{ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh-CN'],
  ])('%j → %s', (env, lang) => {
    expect(languageFromEnv(env)).toBe(lang);
  });
});

describe('main in a Chinese environment', () => {
  const run = async (argv: string[], env: Record<string, string>) => {
    const chunks: string[] = [];
    const stderr = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const code = await main(argv, { stdout: new PassThrough().resume(), stderr, env });
    return { code, stderr: chunks.join('') };
  };

  it('speaks Chinese by default, and English when told to', async () => {
    expect(await run(['rate', 'nope.csv'], { LANG: 'zh_CN.UTF-8' })).toEqual({ code: 2, stderr: 'sme-navigator：nope.csv：文件不存在\n' });
    expect(await run(['rate', 'nope.csv', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toEqual({ code: 2, stderr: 'sme-navigator: nope.csv: no such file\n' });
  });

  it('refuses an unknown language in the environment’s language', async () => {
    expect(await run(['rate', 'nope.csv', '--lang', 'fr'], {})).toEqual({ code: 2, stderr: "sme-navigator: unknown language 'fr'; use en or zh-CN\n" });
    expect(await run(['rate', 'nope.csv', '--lang', 'fr'], { LANG: 'zh_CN.UTF-8' })).toEqual({ code: 2, stderr: 'sme-navigator：未知的语言“fr”；请使用 en 或 zh-CN\n' });
  });

  it("translates commander's own usage errors", async () => {
    expect(await run(['rate', 'a.csv', '--bogus', '--lang', 'zh'], {})).toEqual({ code: 2, stderr: '错误：未知选项“--bogus”\n' });
    expect(await run(['rate', 'a.csv', '--bogus'], {})).toEqual({ code: 2, stderr: "error: unknown option '--bogus'\n" });
  });
});
