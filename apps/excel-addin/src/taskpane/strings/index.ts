/**
 * The string catalogues and the hook that picks one. Add a language by writing `zh-cn.ts` with
 * `export const zhCn: Strings = { t: {...}, questions: {...}, choices: {...} }` (the types make the
 * compiler list every missing key) and adding it to LANGUAGES.
 */
import { createContext, useContext } from 'react';
import { formatIssue, type Language } from '@sme-navigator/engine';
import { en, enChoices, enQuestions, type Catalogue, type ChoiceCatalogue, type QuestionCatalogue } from './en.js';
import { zhCn, zhCnChoices, zhCnQuestions } from './zh-cn.js';

export interface Strings {
  readonly t: Catalogue;
  readonly questions: QuestionCatalogue;
  readonly choices: ChoiceCatalogue;
}

export const ENGLISH: Strings = { t: en, questions: enQuestions, choices: enChoices };

export const CHINESE: Strings = { t: zhCn, questions: zhCnQuestions, choices: zhCnChoices };

/** By lower-case language tag; "zh" (and zh-SG, zh-Hans) read Simplified Chinese. */
export const LANGUAGES: Readonly<Record<string, Strings>> = { en: ENGLISH, 'zh-cn': CHINESE, zh: CHINESE };

/** The languages the switch offers, by the name each has in itself. */
export const SWITCH: readonly { readonly strings: Strings; readonly name: string }[] = [
  { strings: ENGLISH, name: 'English' },
  { strings: CHINESE, name: '中文' },
];

/** The engine's language for a catalogue: its reasons, labels and report tables in the same language. */
export function engineLanguage(strings: Strings): Language {
  return strings.t.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** The catalogue for an Office display language ("zh-CN", "en-US"), English when there is none. */
export function stringsFor(locale: string | undefined): Strings {
  const tag = (locale ?? 'en').toLowerCase();
  // Traditional Chinese (zh-TW, zh-HK, zh-Hant) has no catalogue: English rather than the wrong script.
  if (/^zh-(tw|hk|mo|hant)/.test(tag)) return ENGLISH;
  return LANGUAGES[tag] ?? LANGUAGES[tag.split('-')[0]!] ?? ENGLISH;
}

export const StringsContext = createContext<Strings>(ENGLISH);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

export type { Catalogue, ChoiceCatalogue, QuestionCatalogue, StringKey, QuestionField } from './en.js';

/** One of the engine's labels (`mode.fast-follower`, `strategy.niche`, `class.micro`) in `lang`; the id itself when the engine has no such label. */
export function engineLabel(key: string, lang: Language): string {
  const text = formatIssue({ code: key, params: {} }, lang);
  return text === '' || text.startsWith(key) ? key.slice(key.indexOf('.') + 1) : text;
}

/**
 * A result word as the pane shows it: in English the id the cells hold (`fast-follower`, `niche`,
 * `medium`), in Chinese the engine's label for it (快速跟随创新模式, 利基战略, 中型企业).
 */
export function resultWord(key: string, lang: Language): string {
  return lang === 'en' ? key.slice(key.indexOf('.') + 1) : engineLabel(key, lang);
}
