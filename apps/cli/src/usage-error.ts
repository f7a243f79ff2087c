import type { Language } from '@sme-navigator/engine';
import { stringsFor, type CliStrings } from './strings/index.js';

/** Says the problem in a language, from the CLI's strings or the engine's catalogue. */
export type Say = (s: CliStrings, lang: Language) => string;

/**
 * Input the command cannot use at all (missing file, no usable column, unknown option value): exit 2,
 * one line. It is raised without a language and said in the run's language (`text`); `message` is
 * the English.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly #say: Say;
  constructor(say: Say) {
    super(say(stringsFor('en'), 'en'));
    this.#say = say;
  }
  text(lang: Language): string {
    return this.#say(stringsFor(lang), lang);
  }
}
