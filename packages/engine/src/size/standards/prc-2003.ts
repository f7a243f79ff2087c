import type { SizeStandard } from '../standard.js';
import { tiersAtLeast } from './build.js';

const X = 'employees';
const Y = 'revenue';
const Z = 'assets';

/**
 * PRC 2003 (the founding paper's Table 1, with its errata corrected as in standards.md §1):
 * values in 10,000 yuan; no micro tier; an SME is medium when it meets every medium lower bound.
 */
export const PRC_2003: SizeStandard = {
  id: 'prc-2003',
  name: 'PRC 2003 SME standard (interim)',
  sources: [
    { document: '国经贸中小企〔2003〕143号 《中小企业标准暂行规定》', issuer: 'SETC, SDPC, MoF, NBS', date: '2003-02-19' },
    { document: '国统字〔2003〕17号 《统计上大中小型企业划分办法（暂行）》', issuer: 'NBS', date: '2003-05-22' },
  ],
  thresholdUnit: '10k-yuan',
  defaultUnit: '10k-yuan',
  units: ['10k-yuan', 'yuan', 'million-yuan'],
  labels: { revenue: 'sales' },
  sectors: {
    industry: tiersAtLeast([X, Y, Z], [['large', [2000, 30000, 40000]], ['medium', [300, 3000, 4000]]], 'small'),
    construction: tiersAtLeast([X, Y, Z], [['large', [3000, 30000, 40000]], ['medium', [600, 3000, 4000]]], 'small'),
    wholesale: tiersAtLeast([X, Y], [['large', [200, 30000]], ['medium', [100, 3000]]], 'small'),
    retail: tiersAtLeast([X, Y], [['large', [500, 15000]], ['medium', [100, 1000]]], 'small'),
    transportation: tiersAtLeast([X, Y], [['large', [3000, 30000]], ['medium', [500, 3000]]], 'small'),
    post: tiersAtLeast([X, Y], [['large', [1000, 30000]], ['medium', [400, 3000]]], 'small'),
    'hotels-restaurants': tiersAtLeast([X, Y], [['large', [800, 15000]], ['medium', [400, 3000]]], 'small'),
  },
  // 2003 has one row, 住宿和餐饮业, for what 2011 splits into accommodation and catering.
  sectorAliases: { accommodation: 'hotels-restaurants', catering: 'hotels-restaurants' },
  notes: [
    'The paper’s Table 1 says “Million yuan”; the values are in 10,000 yuan.',
    'The paper’s wholesale and retail rows are garbled; wholesale is persons 100–200 and sales 3,000–30,000, retail persons 100–500 and sales 1,000–15,000.',
  ],
};
