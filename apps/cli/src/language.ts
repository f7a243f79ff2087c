import type { Language } from '@sme-navigator/engine';

const NAMES: Readonly<Record<string, Language>> = {
  en: 'en',
  english: 'en',
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-hans-cn': 'zh-CN',
  cn: 'zh-CN',
  chinese: 'zh-CN',
  中文: 'zh-CN',
};

/** `--lang` as typed: en, zh-CN, and the spellings people use for them (zh, zh-cn, zh_CN, cn, en-US). */
export function parseLanguage(typed: string): Language | undefined {
  const tag = typed.trim().toLowerCase().replace(/_/g, '-');
  return NAMES[tag] ?? (tag.startsWith('en-') ? 'en' : undefined);
}

/**
 * The language when `--lang` is not given: Chinese when the locale (LC_ALL, else LC_MESSAGES, else
 * LANG, as POSIX orders them) starts with zh, such as zh_CN.UTF-8; English otherwise.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The value of the last `--lang x` or `--lang=x` before a `--`, if any. */
export function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) found = argv[++i];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}
