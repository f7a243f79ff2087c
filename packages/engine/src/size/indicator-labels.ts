import type { Indicator } from './standard.js';

/** Names a standard may give an indicator; each is a key in the message catalogue (`indicator.*`). */
export const INDICATOR_LABEL_KEYS = ['persons', 'awu', 'revenue', 'sales', 'turnover', 'assets', 'balance-sheet-total'] as const;
export type IndicatorLabelKey = (typeof INDICATOR_LABEL_KEYS)[number];

export const DEFAULT_LABELS: Readonly<Record<Indicator, IndicatorLabelKey>> = {
  employees: 'persons',
  revenue: 'revenue',
  assets: 'assets',
};
