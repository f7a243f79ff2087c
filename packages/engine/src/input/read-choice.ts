import { issue, type Issue } from '../issue.js';
import { normaliseWord } from '../size/resolve-sector.js';
import { closest } from './closest.js';

export type ChoiceReading<T> =
  | { readonly kind: 'choice'; readonly value: T }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly issue: Issue };

/** The words a field accepts, each mapped to the value it means, and the issue code for anything else. */
export interface ChoiceWords<T> {
  readonly words: Readonly<Record<string, T>>;
  /** Issue code when the text is none of the words; its params are `got`, `allowed` and, for a near miss, `suggestion`. */
  readonly invalidCode: string;
  /** What the message lists as accepted (the canonical words, not every alias). */
  readonly allowed: readonly string[];
}

/**
 * One of a fixed set of choices (a stage, an outcome, a survey code), typed in English or Chinese or
 * as a number. Case, spacing, hyphens and underscores do not matter; a word one typo away from a known
 * one is suggested, never silently taken.
 */
export function readChoice<T>(raw: unknown, field: string, choices: ChoiceWords<T>): ChoiceReading<T> {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  const typed = String(raw).trim();
  if (typed === '') return { kind: 'missing' };
  const byWord = wordMap(choices);
  const key = normaliseWord(typed);
  if (byWord.has(key)) return { kind: 'choice', value: byWord.get(key) as T };
  const near = /^\d+$/.test(key) ? undefined : closest(key, byWord.keys());
  const params = { got: typed, allowed: choices.allowed };
  return { kind: 'invalid', issue: issue(choices.invalidCode, near === undefined ? params : { ...params, suggestion: near }, field) };
}

const MAPS = new WeakMap<object, Map<string, unknown>>();

function wordMap<T>(choices: ChoiceWords<T>): Map<string, T> {
  let map = MAPS.get(choices.words) as Map<string, T> | undefined;
  if (map === undefined) {
    map = new Map(Object.entries(choices.words).map(([w, v]) => [normaliseWord(w), v]));
    MAPS.set(choices.words, map);
  }
  return map;
}
