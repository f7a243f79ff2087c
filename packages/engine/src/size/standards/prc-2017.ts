import type { SizeStandard } from '../standard.js';
import { PRC_2011, PRC_2011_SECTORS } from './prc-2011.js';

/** The 2017 statistical revision: same thresholds and tier logic, industries read per GB/T 4754-2017. */
export const PRC_2017: SizeStandard = {
  ...PRC_2011,
  id: 'prc-2017',
  name: 'PRC 2017 statistical classification (2011 thresholds)',
  sources: [
    ...PRC_2011.sources,
    {
      document: '国统字〔2017〕213号 《统计上大中小微型企业划分办法（2017）》',
      issuer: 'NBS',
      date: '2017-12-28',
      note: 'Keeps every 2011 threshold; industries per GB/T 4754-2017 instead of GB/T 4754-2011.',
    },
  ],
  sectors: PRC_2011_SECTORS,
};
