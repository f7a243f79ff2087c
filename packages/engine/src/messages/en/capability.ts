import type { IssueParams } from '../../issue.js';
import type { Catalogue, Render } from '../catalogue.js';

const pct = (share: unknown, r: Render) => `${r.num(Math.round(Number(share) * 10000) / 100)} %`;
const side = (p: IssueParams, r: Render) => r.label(`capability-side.${p.side}`);
const indicators = (p: IssueParams, r: Render) => r.list((p.indicators as string[]).map((i) => r.label(`capability-indicator.${i}`)));
const level = (v: unknown, r: Render) => r.label(`capability-level.${v}`);
const section = (text: string) => (p: IssueParams) => `${text} (${p.section})`;

/** An indicator's value in its own terms: "20 %", "2 per 100 employees", "yes". */
function shownValue(p: IssueParams, r: Render): string {
  const label = r.label(`capability-indicator.${p.indicator}`);
  const v = Number(p.value);
  switch (p.indicator) {
    case 'rd_intensity':
      return p.intensity === undefined
        ? `${label} ${r.num(Math.round(v * 100) / 100)}× the benchmark`
        : `${label} ${pct(p.intensity, r)} = ${r.num(Math.round(v * 100) / 100)}× the benchmark ${pct(p.benchmark, r)}`;
    case 'new_product_share':
    case 'automation_share':
      return `${label} ${pct(v, r)}`;
    case 'patents_per_100_employees':
      return `${label}: ${r.num(Math.round(v * 100) / 100)} per 100 employees`;
    case 'labour_productivity_ratio':
      return `${label} ${r.num(v)}× the sector median`;
    default:
      return `${label}: ${v > 0 ? 'yes' : 'no'}`;
  }
}

export const capability: Catalogue = {
  'capability-side.product': 'product capability',
  'capability-side.process': 'process capability',
  'capability-level.high': 'high',
  'capability-level.low': 'low',

  'capability-indicator.rd_intensity': 'R&D intensity',
  'capability-indicator.new_product_share': 'new-product share of sales',
  'capability-indicator.patents_per_100_employees': 'patents or other IP',
  'capability-indicator.own_brand': 'own design or brand',
  'capability-indicator.process_innovation': 'process innovation in the last three years',
  'capability-indicator.quality_certified': 'quality certification',
  'capability-indicator.automation_share': 'automated or recent equipment',
  'capability-indicator.labour_productivity_ratio': 'labour productivity',

  'mode.fast-follower': 'fast-follower innovation mode',
  'mode.process-pioneer': 'process-capability pioneering mode',
  'mode.product-pioneer': 'product-technology pioneering mode',
  'mode.applications-specialist': 'applications-specialist mode',
  'strategy.cluster': 'cluster strategy',
  'strategy.niche': 'niche strategy',
  'strategy.free-riding': 'free-riding strategy',

  'combined-mode.globalized-fast-follower': 'globalized fast-follower innovation mode',
  'combined-mode.globalized-fast-follower.meaning':
    'high product and process capability, selling abroad: the quadrant where welfare is highest and the paper’s goal for SMEs (§2.3, §5)',
  'combined-mode.domestic-fast-follower': 'domestic fast follower',
  'combined-mode.domestic-fast-follower.meaning':
    'high product and process capability for the home market only: the fixed costs of exporting stand between it and the globalized mode (§2.3)',
  'combined-mode.exporting-process-pioneer': 'exporting process pioneer',
  'combined-mode.exporting-process-pioneer.meaning':
    'makes products to others’ designs at low cost and high quality for foreign buyers, as an export supplier (§2.2, §3.4)',
  'combined-mode.domestic-process-pioneer': 'domestic process pioneer',
  'combined-mode.domestic-process-pioneer.meaning': 'a low-cost, high-quality maker of components or process steps for the home market (§2.2)',
  'combined-mode.exporting-product-pioneer': 'exporting product pioneer',
  'combined-mode.exporting-product-pioneer.meaning': 'sells its own new products abroad but cannot yet make them at scale and low cost (§2.2)',
  'combined-mode.domestic-product-pioneer': 'domestic product pioneer',
  'combined-mode.domestic-product-pioneer.meaning': 'creates new products for the home market without the process capability to make them efficiently (§2.2)',
  'combined-mode.exporting-applications-specialist': 'exporting applications specialist',
  'combined-mode.exporting-applications-specialist.meaning':
    'applies available technology to goods sold abroad, like assembly in an export-processing zone: exposed to shifts in foreign demand (§3.4)',
  'combined-mode.domestic-applications-specialist': 'domestic applications specialist',
  'combined-mode.domestic-applications-specialist.meaning': 'applies others’ technology for the home market; naive adoption risks stagnation (§2.2)',

  'tech-gap-lag.innovation': 'innovation lag',
  'tech-gap-lag.process': 'process lag',
  'tech-gap-lag.customer': 'customer lag',

  'capability.indicator-score': (p, r) => `${shownValue(p, r)} → ${r.num(p.score)} (weight ${r.num(p.weight)})`,
  'capability.side-score': (p, r) =>
    `${side(p, r)} ${r.num(p.score)} from ${p.used} of ${p.of} indicators, ${Number(p.score) >= Number(p.threshold) ? '≥' : '<'} threshold ${r.num(p.threshold)} → ${level(p.level, r)}`,
  'capability.indicators-missing': (p, r) => `${side(p, r)}: not given, their weight spread over the others: ${indicators(p, r)}`,
  'capability.indicators-unweighted': (p, r) => `${side(p, r)}: given but weighted 0, not used: ${indicators(p, r)}`,
  'capability.side-given-level': (p, r) => `${side(p, r)} given directly: ${level(p.level, r)}`,
  'capability.side-given-score': (p, r) =>
    `${side(p, r)} given as a score: ${r.num(p.score)} ${Number(p.score) >= Number(p.threshold) ? '≥' : '<'} threshold ${r.num(p.threshold)} → ${level(p.level, r)}`,
  'capability.rd-benchmark': (p, r) => `R&D benchmark ${pct(p.intensity, r)} for ${r.label(`rd-sector.${p.id}`)} (paper Table 4, 2002)`,
  'capability.rd-benchmark-total': (p, r) =>
    `${p.typed === null ? 'no sector given' : `sector '${p.typed}' has no row in the paper’s Table 4`}; R&D benchmark ${pct(p.intensity, r)} for all industry`,
  'capability.rd-benchmark-given': (p, r) => `R&D benchmark ${pct(p.intensity, r)} as given`,
  'capability.mode': (p, r) =>
    `product capability ${level(p.product, r)}, process capability ${level(p.process, r)} → ${r.label(`mode.${p.mode}`)}, ${r.label(`strategy.${p.strategy}`)} (Figure 1)`,
  'capability.export': (p, r) =>
    `export share ${pct(p.share, r)} ${p.orientation === 'high' ? '≥' : '<'} ${pct(p.threshold, r)} → ${level(p.orientation, r)} export orientation`,
  'capability.export-missing': 'export_share not given: export orientation and the Figure 2 mode are left open',
  'capability.combined': (p, r) => `${r.label(`combined-mode.${p.combinedMode}`)} (Figure 2): ${r.label(`combined-mode.${p.combinedMode}.meaning`)}`,
  'tech-gap.unavailable': (p, r) => `${r.label(`tech-gap-lag.${p.lag}`)} not computed: none of ${r.list(p.needs)} given`,
  'tech-gap.largest': (p, r) => `largest technology gap: ${r.label(`tech-gap-lag.${p.lag}`)} ${r.num(p.value)} of 100 (§3.5)`,

  'capability.needs-divisor': (p, r, f) =>
    `${r.field(f)} given without ${p.divisor} (or ${p.divisor} 0): ${r.label(`capability-indicator.${p.indicator}`)} cannot be computed and is left out`,
  'capability.rd-above-revenue': (p, r) => `rd_spend ${r.num(p.rd)} is more than revenue ${r.num(p.revenue)}; check that both are in the same money unit`,
  'capability.value-ignored': (p, r, f) => {
    const m = p.message as IssueParams;
    return `${r.message(String(m.code), m.params as IssueParams, f)}; ignored, as ${side(p, r)} is given directly`;
  },
  'capability.indicators-ignored': (p, r, f) => `${r.field(f)} given directly; these indicators do not enter its score: ${indicators(p, r)}`,

  'capability.no-indicators': (p, r) =>
    `no ${side(p, r)} indicator given: give ${p.side}_capability (high / low / 高 / 低, or a score 0–100) or at least one of ${r.list(p.fields)}`,
  'capability.only-unweighted': (p, r) => `${side(p, r)}: every indicator given has weight 0 (${indicators(p, r)})`,
  'capability.level-invalid': (p, r, f) => `${r.field(f)} must be high or low (高 / 低) or a score from 0 to 100, got '${p.got}'`,
  'capability.level-suggest': (p, r, f) => `${r.field(f)} must be high or low (高 / 低) or a score from 0 to 100, got '${p.got}'; did you mean '${p.word}'?`,
  'capability.score-out-of-range': (p, r, f) => `${r.field(f)} must be a score from 0 to 100, got ${p.got}`,
  'capability.market-position-invalid': (p, r, f) => `${r.field(f)} must be leader, follower or latecomer (领先者 / 跟随者 / 后来者), got '${p.got}'`,
  'capability.threshold-invalid': (p) => `threshold must be a number above 0 and at most 100, got ${p.got}`,
  'capability.weight-unknown': (p, r) => `weights: '${p.got}' is not a capability indicator; use one of: ${r.list(p.known)}`,
  'capability.weight-invalid': (p, r, f) => `${r.field(f)} must be a finite number ≥ 0, got ${p.got}`,
  'capability.weights-all-zero': (p, r) => `weights: every ${side(p, r)} indicator has weight 0; at least one must be above 0`,
  'capability.option-share-invalid': (p, r, f) => `${r.field(f)} must be a share above 0 and at most 100 % (a fraction like 0.5 or a percentage like '50%'), got ${p.got}`,

  'rd-sector.all-industry': 'all industry',
  'rd-sector.electrical-equipment': 'electric machinery and equipment',
  'rd-sector.electronics-communication': 'electronic and communication equipment',
  'rd-sector.machinery': 'conventional and specialised machinery',
  'rd-sector.transport-equipment': 'transport equipment',
  'rd-sector.instruments-office-machinery': 'instruments and office machinery',
  'rd-sector.rubber': 'rubber',
  'rd-sector.medicine': 'medicine',

  'way-up.keep-both-in-cluster': section(
    'keep product and process capability growing in a strategic cluster, repositioning from low-end producer to high-quality, sophisticated manufacturer',
  ),
  'way-up.product-via-licensing': section('build product capability through licences and imitative learning while keeping process leadership: the usual path into the fast-follower mode'),
  'way-up.cluster-to-fast-follower': section('apply a cluster strategy: the paper names it as the way from process pioneering into the fast-follower mode'),
  'way-up.international-transfer': section('acquire product know-how from abroad: licensing with foreign firms, international consultants, training abroad, mentoring by multinationals’ affiliates'),
  'way-up.build-process-capability': section('build process capability (low-cost, high-quality replication) while keeping product leadership: the converse path into the fast-follower mode'),
  'way-up.cluster-shared-production': section('in a cluster, share production machinery, a pool of skilled workers and capacity for large orders that a small firm cannot reach alone'),
  'way-up.beware-stagnation': section('beware stagnation: adopting others’ technology naively, without insight into the market, risks falling behind'),
  'way-up.process-in-cluster': section('build process capability inside a cluster: shared equipment, a common pool of skilled workers, learning from other firms about process improvements'),
  'way-up.then-product-via-licensing': section('then, as a process pioneer, add product capability through licences and imitative learning'),
  'way-up.lower-export-costs': section(
    'lower the fixed costs of exporting (red tape, free-trade agreements, products with international appeal): with high fixed costs only the most productive firms export (Melitz 2003)',
  ),
  'way-up.cluster-export-access': section('reach foreign buyers through the cluster: pooled capacity for large international orders and producer associations that open foreign markets'),
  'way-up.at-target': section('already in the globalized fast-follower mode: grow from small/medium to medium/large in a network cluster with an international outlook'),
};
