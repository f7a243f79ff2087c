import { issue, type Issue } from '../issue.js';
import { SECTORS, type SectorId } from './sectors.js';
import { closest } from '../input/closest.js';

export type SectorReading =
  | { readonly kind: 'sector'; readonly id: SectorId; readonly typed: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unknown'; readonly typed: string; readonly suggestion?: { readonly word: string; readonly id: SectorId } };

/** Case, spacing, hyphens, underscores and "&" vs "and" do not matter. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\s_\-–]+/g, ' ')
    .trim();
}

const BY_WORD: ReadonlyMap<string, SectorId> = (() => {
  const map = new Map<string, SectorId>();
  for (const s of SECTORS) {
    for (const word of [s.id, s.en, s.zh, ...s.aliases]) map.set(normaliseWord(word), s.id);
  }
  return map;
})();

// A register repeats a few dozen sector spellings over millions of rows: read each spelling once.
const READ_BEFORE = new Map<string, SectorReading>();
const REMEMBER_AT_MOST = 10_000;

/** Reads what a user typed as a sector: a canonical id, an English label or alias, or a Chinese name. */
export function resolveSector(raw: unknown): SectorReading {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  const typed = String(raw).trim();
  if (typed === '') return { kind: 'missing' };
  const known = READ_BEFORE.get(typed);
  if (known !== undefined) return known;
  const word = normaliseWord(typed);
  const id = BY_WORD.get(word);
  let reading: SectorReading;
  if (id !== undefined) reading = { kind: 'sector', id, typed };
  else {
    const near = closest(word, BY_WORD.keys());
    reading = near === undefined ? { kind: 'unknown', typed } : { kind: 'unknown', typed, suggestion: { word: near, id: BY_WORD.get(near)! } };
  }
  if (READ_BEFORE.size < REMEMBER_AT_MOST) READ_BEFORE.set(typed, reading);
  return reading;
}

export function unknownSectorIssue(reading: Extract<SectorReading, { kind: 'unknown' }>, standard: string, listed: readonly string[]): Issue {
  return reading.suggestion
    ? issue('sector.unknown-suggest', { typed: reading.typed, standard, word: reading.suggestion.word, id: reading.suggestion.id }, 'sector')
    : issue('sector.not-in-standard', { typed: reading.typed, standard, listed }, 'sector');
}
