import { closest } from '../input/closest.js';
import { issue, type Issue } from '../issue.js';
import { normaliseWord } from '../size/resolve-sector.js';
import type { Level } from './indicators.js';

/** A capability typed directly instead of its indicators: a word, or a 0–100 score. */
export type LevelReading =
  | { readonly kind: 'word'; readonly level: Level }
  | { readonly kind: 'score'; readonly score: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly issue: Issue };

const LEVEL_WORDS: Readonly<Record<string, Level>> = {
  high: 'high', h: 'high', strong: 'high', 高: 'high', 强: 'high', 较高: 'high',
  low: 'low', l: 'low', weak: 'low', 低: 'low', 弱: 'low', 较低: 'low',
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export function readLevel(raw: unknown, field: string): LevelReading {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') return scoreReading(raw, String(raw), field);
  const text = String(raw).trim();
  if (text === '') return { kind: 'missing' };
  if (NUMBER.test(text)) return scoreReading(Number(text), text, field);
  const word = normaliseWord(text);
  const level = LEVEL_WORDS[word];
  if (level) return { kind: 'word', level };
  const near = closest(word, Object.keys(LEVEL_WORDS).filter((w) => w.length > 1));
  return {
    kind: 'invalid',
    issue: issue(near === undefined ? 'capability.level-invalid' : 'capability.level-suggest', near === undefined ? { got: text } : { got: text, word: near }, field),
  };
}

function scoreReading(value: number, shown: string, field: string): LevelReading {
  if (!Number.isFinite(value) || value < 0 || value > 100) return { kind: 'invalid', issue: issue('capability.score-out-of-range', { got: shown }, field) };
  return { kind: 'score', score: value };
}

/**
 * Market position for the customer lag (§3.5): a first mover holds customers through brand and
 * switching costs; a latecomer must win them. Scored leader 100, follower 50, latecomer 0.
 */
export const MARKET_POSITIONS = ['leader', 'follower', 'latecomer'] as const;
export type MarketPosition = (typeof MARKET_POSITIONS)[number];

export const MARKET_POSITION_SCORES: Readonly<Record<MarketPosition, number>> = { leader: 100, follower: 50, latecomer: 0 };

const POSITION_WORDS: Readonly<Record<string, MarketPosition>> = {
  leader: 'leader', 'market leader': 'leader', 'first mover': 'leader', 领先: 'leader', 领先者: 'leader', 龙头: 'leader',
  follower: 'follower', challenger: 'follower', established: 'follower', 跟随: 'follower', 跟随者: 'follower',
  latecomer: 'latecomer', 'late entrant': 'latecomer', 'new entrant': 'latecomer', entrant: 'latecomer', 后来者: 'latecomer', 新进入者: 'latecomer',
};

export type PositionReading = { readonly kind: 'position'; readonly value: MarketPosition } | { readonly kind: 'missing' } | { readonly kind: 'invalid'; readonly issue: Issue };

export function readMarketPosition(raw: unknown, field: string): PositionReading {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  const text = String(raw).trim();
  if (text === '') return { kind: 'missing' };
  const value = POSITION_WORDS[normaliseWord(text)];
  return value ? { kind: 'position', value } : { kind: 'invalid', issue: issue('capability.market-position-invalid', { got: text }, field) };
}
