/**
 * The data format of a size standard. Built-in standards and a user's own table (a bank's segments,
 * a future PRC revision) are written in it alike, checked by `validateStandard`, and run by the one
 * evaluator in `evaluate-standard.ts`.
 */
export const INDICATORS = ['employees', 'revenue', 'assets'] as const;
export type Indicator = (typeof INDICATORS)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const OPS = ['>=', '>', '<', '<='] as const;
export type Op = (typeof OPS)[number];

/** One threshold: `indicator op value`, value in the standard's `thresholdUnit` for money. */
export interface Bound {
  readonly indicator: Indicator;
  readonly op: Op;
  readonly value: number;
}

export type Condition =
  | Bound
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly atLeast: number; readonly of: readonly Condition[] };

/** A class and the condition a firm must meet to be in it. Tiers are tried in order; the first met decides. */
export interface Tier {
  readonly class: SizeClass;
  readonly when: Condition;
}

export interface SectorRule {
  readonly tiers: readonly Tier[];
  /** The class of a firm that meets no tier. */
  readonly otherwise: SizeClass;
}

export interface StandardSource {
  readonly document: string;
  readonly issuer: string;
  readonly date: string;
  readonly note?: string;
}

export interface SizeStandard {
  readonly id: string;
  readonly name: string;
  readonly sources: readonly StandardSource[];
  /** Money unit the thresholds are written in; input in another unit of the same currency is converted. */
  readonly thresholdUnit: string;
  /** Unit assumed when the caller names none. */
  readonly defaultUnit: string;
  /** Units a caller may give values in. */
  readonly units: readonly string[];
  /** Catalogue keys for how this standard names each indicator (e.g. `turnover` for revenue in the EU). */
  readonly labels?: Partial<Record<Indicator, string>>;
  /**
   * Rules by canonical sector id; the key `*` applies to every sector (and to a blank sector).
   * Sectors the standard folds into another of its own are listed in `sectorAliases`.
   */
  readonly sectors: Readonly<Record<string, SectorRule>>;
  readonly sectorAliases?: Readonly<Record<string, string>>;
  /** EU 2003/361 only: add partner and linked enterprises, and apply the two-period rule. */
  readonly euAggregation?: boolean;
  readonly notes?: readonly string[];
}

export const ANY_SECTOR = '*';

export function isBound(c: Condition): c is Bound {
  return 'indicator' in c;
}
