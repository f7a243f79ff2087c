import type { SectorRule, SizeStandard } from '../standard.js';
import { tiersAtLeast } from './build.js';

const X = 'employees';
const Y = 'revenue';
const Z = 'assets';

/** Large, medium and small lower bounds for each sector (standards.md §2); below small is micro. */
function tiers(indicators: Parameters<typeof tiersAtLeast>[0], large: number[], medium: number[], small: number[]): SectorRule {
  return tiersAtLeast(indicators, [['large', large], ['medium', medium], ['small', small]], 'micro');
}

/** The 2011 thresholds; PRC 2017 keeps every one of them (see prc-2017.ts). */
export const PRC_2011_SECTORS: Readonly<Record<string, SectorRule>> = {
  agriculture: tiers([Y], [20000], [500], [50]),
  industry: tiers([X, Y], [1000, 40000], [300, 2000], [20, 300]),
  construction: tiers([Y, Z], [80000, 80000], [6000, 5000], [300, 300]),
  wholesale: tiers([X, Y], [200, 40000], [20, 5000], [5, 1000]),
  retail: tiers([X, Y], [300, 20000], [50, 500], [10, 100]),
  transportation: tiers([X, Y], [1000, 30000], [300, 3000], [20, 200]),
  warehousing: tiers([X, Y], [200, 30000], [100, 1000], [20, 100]),
  post: tiers([X, Y], [1000, 30000], [300, 2000], [20, 100]),
  accommodation: tiers([X, Y], [300, 10000], [100, 2000], [10, 100]),
  catering: tiers([X, Y], [300, 10000], [100, 2000], [10, 100]),
  'information-transmission': tiers([X, Y], [2000, 100000], [100, 1000], [10, 100]),
  'software-it': tiers([X, Y], [300, 10000], [100, 1000], [10, 50]),
  'real-estate-development': tiers([Y, Z], [200000, 10000], [1000, 5000], [100, 2000]),
  'property-management': tiers([X, Y], [1000, 5000], [300, 1000], [100, 500]),
  'leasing-business-services': tiers([X, Z], [300, 120000], [100, 8000], [10, 100]),
  other: tiers([X], [300], [100], [10]),
};

export const PRC_2011: SizeStandard = {
  id: 'prc-2011',
  name: 'PRC 2011 SME classification standard',
  sources: [
    { document: '工信部联企业〔2011〕300号 《中小企业划型标准规定》', issuer: 'MIIT, NBS, NDRC, MoF', date: '2011-06-18' },
  ],
  thresholdUnit: '10k-yuan',
  defaultUnit: '10k-yuan',
  units: ['10k-yuan', 'yuan', 'million-yuan'],
  sectors: PRC_2011_SECTORS,
};
