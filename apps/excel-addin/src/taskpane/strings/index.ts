/**
 * The string catalogues and the hook that picks one. Add a language by writing `zh-cn.ts` with
 * `export const zhCn: Strings = { t: {...}, questions: {...}, choices: {...} }` (the types make the
 * compiler list every missing key) and adding it to LANGUAGES.
 */
import { createContext, useContext } from 'react';
import { en, enChoices, enQuestions, type Catalogue, type ChoiceCatalogue, type QuestionCatalogue } from './en.js';

export interface Strings {
  readonly t: Catalogue;
  readonly questions: QuestionCatalogue;
  readonly choices: ChoiceCatalogue;
}

export const ENGLISH: Strings = { t: en, questions: enQuestions, choices: enChoices };

export const LANGUAGES: Readonly<Record<string, Strings>> = { en: ENGLISH };

/** The catalogue for an Office display language ("zh-CN", "en-US"), English when there is none. */
export function stringsFor(locale: string | undefined): Strings {
  const tag = (locale ?? 'en').toLowerCase();
  return LANGUAGES[tag] ?? LANGUAGES[tag.split('-')[0]!] ?? ENGLISH;
}

export const StringsContext = createContext<Strings>(ENGLISH);

export function useStrings(): Strings {
  return useContext(StringsContext);
}

export type { Catalogue, ChoiceCatalogue, QuestionCatalogue, StringKey, QuestionField } from './en.js';
