import { normaliseWord } from './resolve-sector.js';

export type Currency = 'CNY' | 'EUR' | 'USD';

export interface MoneyUnit {
  readonly id: string;
  readonly currency: Currency;
  /** How many currency units one of this unit is. */
  readonly factor: number;
  /** Label used in reasons, e.g. "revenue 2,500 ≥ 2,000 (10k yuan)". */
  readonly label: string;
  readonly aliases: readonly string[];
}

export const MONEY_UNITS: readonly MoneyUnit[] = [
  { id: 'yuan', currency: 'CNY', factor: 1, label: 'yuan', aliases: ['cny', 'rmb', '元', '人民币'] },
  { id: '10k-yuan', currency: 'CNY', factor: 1e4, label: '10k yuan', aliases: ['10000 yuan', 'wan yuan', '万元'] },
  { id: 'million-yuan', currency: 'CNY', factor: 1e6, label: 'million yuan', aliases: ['百万元'] },
  { id: 'eur', currency: 'EUR', factor: 1, label: 'EUR', aliases: ['euro', 'euros', '€', '欧元'] },
  { id: 'million-eur', currency: 'EUR', factor: 1e6, label: 'million EUR', aliases: ['eur m', 'meur', '百万欧元'] },
  { id: 'usd', currency: 'USD', factor: 1, label: 'US$', aliases: ['us$', '$', 'us dollars', 'dollars', '美元'] },
  { id: 'million-usd', currency: 'USD', factor: 1e6, label: 'million US$', aliases: ['usd m', 'us$ m', '百万美元'] },
];

const BY_WORD: ReadonlyMap<string, MoneyUnit> = new Map(MONEY_UNITS.flatMap((u) => [u.id, ...u.aliases].map((w) => [normaliseWord(w), u] as const)));

export function findUnit(typed: string): MoneyUnit | undefined {
  return BY_WORD.get(normaliseWord(typed));
}

const BY_ID = new Map(MONEY_UNITS.map((u) => [u.id, u]));

export function unitById(id: string): MoneyUnit {
  const unit = BY_ID.get(id);
  if (!unit) throw new Error(`no money unit '${id}'`);
  return unit;
}

/**
 * Values above these are still classified, with a warning: they are more than any firm in the
 * world reports, so the unit is most likely wrong (yuan typed where 10k yuan is expected).
 * Largest revenues on record (Fortune Global 500, 2024): Walmart US$648 bn; State Grid about
 * 3.8 trillion yuan; largest headcount about 2.1 million (Walmart).
 */
export const PLAUSIBLE_CEILING = {
  employees: 3_000_000,
  money: { CNY: 1e13, EUR: 1e12, USD: 1e12 } satisfies Record<Currency, number>,
} as const;
