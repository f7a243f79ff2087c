import type { Language } from '@sme-navigator/engine';
import { en, type CliStrings } from './en.js';
import { COMMANDER_ZH, zhCn } from './zh-cn.js';

export const STRINGS: Readonly<Record<Language, CliStrings>> = { en, 'zh-CN': zhCn };

export function stringsFor(lang: Language): CliStrings {
  return STRINGS[lang];
}

/** One of commander's error messages in `lang`: English as commander wrote it, Chinese where known. */
export function commanderMessage(text: string, lang: Language): string {
  if (lang === 'en') return text;
  for (const [pattern, say] of COMMANDER_ZH) {
    const m = pattern.exec(text);
    if (m) return `${say(m)}\n`;
  }
  return text;
}

export type { CliStrings, SummaryCounts } from './en.js';
