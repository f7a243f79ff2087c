import type { Bound, SizeStandard } from '../standard.js';

function twoOf(employees: Bound, assets: Bound, sales: Bound) {
  return { atLeast: 2, of: [employees, assets, sales] } as const;
}

/** IFC MSME definition: a class is met by at least two of its three criteria, tried from micro upward. */
export const IFC: SizeStandard = {
  id: 'ifc',
  name: 'IFC MSME definition',
  sources: [
    {
      document: 'IFC definition of micro, small and medium enterprises (employees, total assets, annual sales), as in standards.md §4',
      issuer: 'International Finance Corporation',
      date: 'undated',
      note: 'Some IFC copies write medium as 50–299 employees; the engine follows 300.',
    },
  ],
  thresholdUnit: 'usd',
  defaultUnit: 'usd',
  units: ['usd', 'million-usd'],
  labels: { revenue: 'sales' },
  sectors: {
    '*': {
      tiers: [
        {
          class: 'micro',
          when: twoOf(
            { indicator: 'employees', op: '<', value: 10 },
            { indicator: 'assets', op: '<', value: 100_000 },
            { indicator: 'revenue', op: '<', value: 100_000 },
          ),
        },
        {
          class: 'small',
          when: twoOf(
            { indicator: 'employees', op: '<', value: 50 },
            { indicator: 'assets', op: '<', value: 3_000_000 },
            { indicator: 'revenue', op: '<', value: 3_000_000 },
          ),
        },
        {
          class: 'medium',
          when: twoOf(
            { indicator: 'employees', op: '<=', value: 300 },
            { indicator: 'assets', op: '<=', value: 15_000_000 },
            { indicator: 'revenue', op: '<=', value: 15_000_000 },
          ),
        },
      ],
      otherwise: 'large',
    },
  },
};
