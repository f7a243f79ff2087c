import type { Condition, SizeStandard } from '../standard.js';

/** Headcount ceiling AND (turnover ceiling OR balance-sheet ceiling), values in euros. */
function ceiling(persons: number, turnover: number, balanceSheet: number): Condition {
  return {
    all: [
      { indicator: 'employees', op: '<', value: persons },
      {
        any: [
          { indicator: 'revenue', op: '<=', value: turnover },
          { indicator: 'assets', op: '<=', value: balanceSheet },
        ],
      },
    ],
  };
}

export const EU_2003: SizeStandard = {
  id: 'eu-2003',
  name: 'EU SME definition (Recommendation 2003/361/EC)',
  sources: [
    {
      document: 'Commission Recommendation 2003/361/EC concerning the definition of micro, small and medium-sized enterprises, Annex, Art. 2–6',
      issuer: 'European Commission',
      date: '2003-05-06',
    },
  ],
  thresholdUnit: 'eur',
  defaultUnit: 'eur',
  units: ['eur', 'million-eur'],
  labels: { revenue: 'turnover', assets: 'balance-sheet-total', employees: 'awu' },
  sectors: {
    '*': {
      tiers: [
        { class: 'micro', when: ceiling(10, 2_000_000, 2_000_000) },
        { class: 'small', when: ceiling(50, 10_000_000, 10_000_000) },
        { class: 'medium', when: ceiling(250, 50_000_000, 43_000_000) },
      ],
      otherwise: 'large',
    },
  },
  euAggregation: true,
};
