import {
  RD_BENCHMARK_TOTAL_ID,
  assessCapability,
  findRdBenchmark,
  issue,
  type CapabilityOptions,
  type CapabilityResult,
  type FirmRow,
} from '@sme-navigator/engine';
import { defineFunction, issueWith, outcome, undecided } from './sheet/define.js';
import { param, Refusal } from './sheet/params.js';

/**
 * The engine rates product and process capability together, and fails when either side has nothing
 * to go on. A function about one side gives the other as a word, which needs no indicator and adds
 * no warning, so only the side asked for can fail the row.
 */
const WITHOUT_PROCESS = { process_capability: 'low' } as const;
const WITHOUT_PRODUCT = { product_capability: 'low' } as const;

/** The engine names its options as in its API; messages name them as the sheet's parameters. */
const OPTION_PARAMETERS: Readonly<Record<string, string>> = { rdBenchmark: 'rd_benchmark', exportThreshold: 'export_threshold' };

function assess(row: FirmRow, options: CapabilityOptions = {}): CapabilityResult {
  const r = assessCapability(row, options);
  if (r.ok) return r;
  const errors = r.errors.map((i) => {
    const parameter = i.field === undefined ? undefined : OPTION_PARAMETERS[i.field];
    return parameter === undefined ? i : { ...i, field: parameter };
  });
  return { ...r, errors };
}

export const PRODUCTSCORE = defineFunction(
  'PRODUCTSCORE',
  [
    param.value('rd_spend'), // the engine reads figures, shares and answers itself
    param.value('revenue'),
    param.text('sector'),
    param.value('new_product_share'),
    param.value('patents'),
    param.value('employees'),
    param.value('own_brand'),
    param.option('rd_benchmark'),
  ] as const,
  (rd_spend, revenue, sector, new_product_share, patents, employees, own_brand, rdBenchmark) =>
    outcome(
      assess({ rd_spend, revenue, sector, new_product_share, patents, employees, own_brand, ...WITHOUT_PROCESS }, { rdBenchmark }),
      (r) => r.productScore ?? r.product,
    ),
);

export const PROCESSSCORE = defineFunction(
  'PROCESSSCORE',
  [param.value('process_innovation'), param.value('quality_certified'), param.value('automation_share'), param.value('labour_productivity_ratio')] as const,
  (process_innovation, quality_certified, automation_share, labour_productivity_ratio) =>
    outcome(
      assess({ process_innovation, quality_certified, automation_share, labour_productivity_ratio, ...WITHOUT_PRODUCT }),
      (r) => r.processScore ?? r.process,
    ),
);

/** Both capabilities, each a 0–100 score (SME.PRODUCTSCORE, SME.PROCESSSCORE) or high / low, and the split. */
const SIDES = [param.value('product_capability'), param.value('process_capability'), param.option('threshold')] as const;

/** The firm placed in Figure 1 (and Figure 2 with an export share). The engine checks the threshold and quotes it when bad. */
const place = (product: unknown, process: unknown, threshold: number | string | undefined, more: FirmRow = {}, exportThreshold?: number | string) =>
  assess({ ...more, product_capability: product, process_capability: process }, { threshold: threshold as number | undefined, exportThreshold });

export const MODE = defineFunction('MODE', SIDES, (product, process, threshold) => outcome(place(product, process, threshold), (r) => r.mode));

export const STRATEGY = defineFunction('STRATEGY', SIDES, (product, process, threshold) => outcome(place(product, process, threshold), (r) => r.strategy));

export const EXPORTMODE = defineFunction(
  'EXPORTMODE',
  [param.value('product_capability'), param.value('process_capability'), param.value('export_share'), param.option('threshold'), param.option('export_threshold')] as const,
  (product, process, export_share, threshold, exportThreshold) => {
    const r = place(product, process, threshold, { export_share }, exportThreshold);
    if (r.ok && r.combinedMode === null) return undecided(issueWith(r.reasons, 'capability.export-missing'));
    return outcome(r, (ok) => ok.combinedMode ?? '');
  },
);

/** What SME.RDINTENSITY shows; the Chinese words are for analysts typing in Chinese. */
const RD_SHOW = {
  intensity: 'intensity',
  'r&d intensity': 'intensity',
  研发强度: 'intensity',
  ratio: 'ratio',
  'benchmark multiple': 'ratio',
  基准倍数: 'ratio',
  benchmark: 'benchmark',
  基准: 'benchmark',
} as const;

const ALL_INDUSTRY = findRdBenchmark(RD_BENCHMARK_TOTAL_ID)!;

export const RDINTENSITY = defineFunction(
  'RDINTENSITY',
  [param.number('rd_spend'), param.number('revenue'), param.text('sector'), param.choice('show', RD_SHOW, 'intensity')] as const,
  (rd, revenue, sector, show) => {
    // The paper's Table 4 row the sector names exactly, else the all-industry total, as the capability score does.
    const benchmark = (sector === undefined ? undefined : findRdBenchmark(sector)) ?? ALL_INDUSTRY;
    if (show === 'benchmark') return benchmark.intensity;
    if (rd === undefined) return new Refusal([issue('sheet.needed', { why: 'R&D intensity is rd_spend ÷ revenue' }, 'rd_spend')]);
    if (revenue === undefined || revenue === 0) {
      return new Refusal([issue('sheet.needed', { why: 'R&D intensity is rd_spend ÷ revenue, and revenue must be above 0' }, 'revenue')]);
    }
    const intensity = rd / revenue;
    return show === 'ratio' ? intensity / benchmark.intensity : intensity;
  },
);
