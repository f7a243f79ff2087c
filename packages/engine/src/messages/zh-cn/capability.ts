import type { IssueParams } from '../../issue.js';
import type { Catalogue, Render } from '../catalogue.js';
import { zh } from '../glossary.js';
import { shown as typed } from './common.js';

const pct = (share: unknown, r: Render) => `${r.num(Math.round(Number(share) * 10000) / 100)}%`;
const times = (v: unknown, r: Render) => r.num(Math.round(Number(v) * 100) / 100);
const side = (p: IssueParams, r: Render) => r.label(`capability-side.${p.side}`);
const indicators = (p: IssueParams, r: Render) => r.list((p.indicators as string[]).map((i) => r.label(`capability-indicator.${i}`)));
const level = (v: unknown, r: Render) => r.label(`capability-level.${v}`);
/** "（§2.2、§5.5）": the paper's sections as Chinese lists them. */
const section = (text: string) => (p: IssueParams) => `${text}（${String(p.section).replace(/, /g, '、')}）`;
const versus = (score: unknown, threshold: unknown) => (Number(score) >= Number(threshold) ? '≥' : '<');

/** An indicator id (rd_intensity) or a field id (export_share), whichever the name is. */
function indicatorOrField(id: string, r: Render): string {
  const key = `capability-indicator.${id}`;
  const name = r.label(key);
  return name === key ? r.field(id) : name;
}

/** An indicator's value in its own terms: "新产品销售占比30%", "每百名员工2项", "有". */
function shownValue(p: IssueParams, r: Render): string {
  const label = r.label(`capability-indicator.${p.indicator}`);
  const v = Number(p.value);
  switch (p.indicator) {
    case 'rd_intensity':
      return p.intensity === undefined ? `${label}为基准的${times(v, r)}倍` : `${label}${pct(p.intensity, r)}，为基准${pct(p.benchmark, r)}的${times(v, r)}倍`;
    case 'new_product_share':
    case 'automation_share':
      return `${label}${pct(v, r)}`;
    case 'patents_per_100_employees':
      return `${label}：每百名员工${times(v, r)}项`;
    case 'labour_productivity_ratio':
      return `${label}为行业中位数的${r.num(v)}倍`;
    default:
      return `${label}：${v > 0 ? '有' : '无'}`;
  }
}

export const capability: Catalogue = {
  'capability-side.product': zh('product-capability'),
  'capability-side.process': zh('process-capability'),
  'capability-level.high': '高',
  'capability-level.low': '低',

  'capability-indicator.rd_intensity': '研发强度',
  'capability-indicator.new_product_share': '新产品销售占比',
  'capability-indicator.patents_per_100_employees': '专利或其他知识产权',
  'capability-indicator.own_brand': '自主设计或自有品牌',
  'capability-indicator.process_innovation': '近三年工艺创新',
  'capability-indicator.quality_certified': '质量认证',
  'capability-indicator.automation_share': '自动化或新设备占比',
  'capability-indicator.labour_productivity_ratio': '劳动生产率',

  'mode.fast-follower': zh('fast-follower-mode'),
  'mode.process-pioneer': zh('process-pioneer-mode'),
  'mode.product-pioneer': zh('product-pioneer-mode'),
  'mode.applications-specialist': zh('applications-specialist-mode'),
  'strategy.cluster': zh('cluster-strategy'),
  'strategy.niche': zh('niche-strategy'),
  'strategy.free-riding': zh('free-riding-strategy'),

  'combined-mode.globalized-fast-follower': zh('globalized-fast-follower-mode'),
  'combined-mode.globalized-fast-follower.meaning': `${zh('product-capability')}和${zh('process-capability')}都高，且面向出口：福利水平最高的象限，也是论文为${zh('sme')}设定的目标（§2.3、§5）`,
  'combined-mode.domestic-fast-follower': `内销型${zh('fast-follower')}`,
  'combined-mode.domestic-fast-follower.meaning': `${zh('product-capability')}和${zh('process-capability')}都高，但只做国内市场：出口的固定成本使其未能进入全球化模式（§2.3）`,
  'combined-mode.exporting-process-pioneer': `出口型${zh('process-pioneer')}`,
  'combined-mode.exporting-process-pioneer.meaning': '按他人设计，为境外买家低成本、高质量地生产，是出口供应商（§2.2、§3.4）',
  'combined-mode.domestic-process-pioneer': `内销型${zh('process-pioneer')}`,
  'combined-mode.domestic-process-pioneer.meaning': '为国内市场低成本、高质量地生产零部件或承担工序（§2.2）',
  'combined-mode.exporting-product-pioneer': `出口型${zh('product-pioneer')}`,
  'combined-mode.exporting-product-pioneer.meaning': '向境外销售自有新产品，但尚不能低成本、规模化生产（§2.2）',
  'combined-mode.domestic-product-pioneer': `内销型${zh('product-pioneer')}`,
  'combined-mode.domestic-product-pioneer.meaning': `为国内市场开发新产品，但缺乏高效生产所需的${zh('process-capability')}（§2.2）`,
  'combined-mode.exporting-applications-specialist': `出口型${zh('applications-specialist')}`,
  'combined-mode.exporting-applications-specialist.meaning': '把现有技术用于出口商品，如出口加工区内的组装：易受国外需求变化冲击（§3.4）',
  'combined-mode.domestic-applications-specialist': `内销型${zh('applications-specialist')}`,
  'combined-mode.domestic-applications-specialist.meaning': '把他人的技术用于国内市场；盲目引进有陷入停滞的风险（§2.2）',

  'tech-gap-lag.innovation': zh('innovation-lag'),
  'tech-gap-lag.process': zh('process-lag'),
  'tech-gap-lag.customer': zh('customer-lag'),

  'capability.indicator-score': (p, r) => `${shownValue(p, r)} → ${r.num(p.score)}分（权重${r.num(p.weight)}）`,
  'capability.side-score': (p, r) =>
    `${side(p, r)}得分${r.num(p.score)}（依据${p.of}项指标中的${p.used}项），${versus(p.score, p.threshold)} 阈值${r.num(p.threshold)} → ${level(p.level, r)}`,
  'capability.indicators-missing': (p, r) => `${side(p, r)}：以下指标未填写，其权重分摊给其他指标：${indicators(p, r)}`,
  'capability.indicators-unweighted': (p, r) => `${side(p, r)}：以下指标已填写但权重为0，未计入：${indicators(p, r)}`,
  'capability.side-given-level': (p, r) => `${side(p, r)}直接给定：${level(p.level, r)}`,
  'capability.side-given-score': (p, r) =>
    `${side(p, r)}直接给定分数：${r.num(p.score)} ${versus(p.score, p.threshold)} 阈值${r.num(p.threshold)} → ${level(p.level, r)}`,
  'capability.rd-benchmark': (p, r) => `${r.label(`rd-sector.${p.id}`)}的研发基准为${pct(p.intensity, r)}（论文表4，2002年）`,
  'capability.rd-benchmark-total': (p, r) =>
    `${p.typed === null ? '未填写行业' : `行业“${p.typed}”在论文表4中没有对应行`}；采用${r.label('rd-sector.all-industry')}的研发基准${pct(p.intensity, r)}`,
  'capability.rd-benchmark-given': (p, r) => `采用给定的研发基准${pct(p.intensity, r)}`,
  'capability.mode': (p, r) =>
    `${zh('product-capability')}${level(p.product, r)}，${zh('process-capability')}${level(p.process, r)} → ${r.label(`mode.${p.mode}`)}，${r.label(`strategy.${p.strategy}`)}（图1）`,
  'capability.export': (p, r) =>
    `出口占比${pct(p.share, r)} ${p.orientation === 'high' ? '≥' : '<'} ${pct(p.threshold, r)} → ${level(p.orientation, r)}${zh('export-orientation')}`,
  'capability.export-missing': (_, r) => `未填写${r.field('export_share')}：${zh('export-orientation')}和图2中的模式无法确定`,
  'capability.combined': (p, r) => `${r.label(`combined-mode.${p.combinedMode}`)}（图2）：${r.label(`combined-mode.${p.combinedMode}.meaning`)}`,
  'tech-gap.unavailable': (p, r) => `未计算${r.label(`tech-gap-lag.${p.lag}`)}：${r.list((p.needs as string[]).map((id) => indicatorOrField(id, r)))}均未填写`,
  'tech-gap.largest': (p, r) => `最大的${zh('technology-gap')}：${r.label(`tech-gap-lag.${p.lag}`)}，${r.num(p.value)}分（满分100，§3.5）`,

  'capability.needs-divisor': (p, r, f) =>
    `填写了${r.field(f)}，但未填写${r.field(String(p.divisor))}（或其为0）：无法计算${r.label(`capability-indicator.${p.indicator}`)}，该项不计入`,
  'capability.rd-above-revenue': (p, r) => `${r.field('rd_spend')}${r.num(p.rd)}高于${r.field('revenue')}${r.num(p.revenue)}；请确认两者的金额单位相同`,
  'capability.value-ignored': (p, r, f) => {
    const m = p.message as IssueParams;
    return `${r.message(String(m.code), m.params as IssueParams, f)}；因${side(p, r)}已直接给定，已忽略`;
  },
  'capability.indicators-ignored': (p, r, f) => `${r.field(f)}已直接给定；以下指标不计入其得分：${indicators(p, r)}`,

  'capability.no-indicators': (p, r) =>
    `未填写任何${side(p, r)}指标：请填写${r.field(`${p.side}_capability`)}（高/低，或0–100的分数），或至少填写以下一项：${r.list(
      (p.fields as string[]).map((group) => group.split(' with ').map((f) => r.field(f)).join('与')),
    )}`,
  'capability.only-unweighted': (p, r) => `${side(p, r)}：已填写的指标权重均为0（${indicators(p, r)}）`,
  'capability.level-invalid': (p, r, f) => `${r.field(f)}应填高或低（high / low），或0到100的分数，当前为“${p.got}”`,
  'capability.level-suggest': (p, r, f) => `${r.field(f)}应填高或低（high / low），或0到100的分数，当前为“${p.got}”；是否应为“${p.word}”？`,
  'capability.score-out-of-range': (p, r, f) => `${r.field(f)}应为0到100的分数，当前为${typed(p.got)}`,
  'capability.market-position-invalid': (p, r, f) => `${r.field(f)}应填领先者、跟随者或后来者（leader / follower / latecomer），当前为“${p.got}”`,
  'capability.threshold-invalid': (p) => `阈值应为大于0且不超过100的数字，当前为${typed(p.got)}`,
  'capability.weight-unknown': (p, r) => `权重：“${p.got}”不是能力指标；请使用以下之一：${r.list(p.known)}`,
  'capability.weight-invalid': (p, r, f) => `${r.field(f)}应为不小于0的有限数字，当前为${typed(p.got)}`,
  'capability.weights-all-zero': (p, r) => `权重：${side(p, r)}的所有指标权重均为0；至少须有一项大于0`,
  'capability.option-share-invalid': (p, r, f) => `${r.field(f)}应为大于0且不超过100%的比例（如0.5这样的小数或“50%”这样的百分数），当前为${typed(p.got)}`,

  'rd-sector.all-industry': '全部工业',
  'rd-sector.electrical-equipment': '电气机械及器材',
  'rd-sector.electronics-communication': '电子及通信设备',
  'rd-sector.machinery': '普通机械和专用设备',
  'rd-sector.transport-equipment': '交通运输设备',
  'rd-sector.instruments-office-machinery': '仪器仪表及文化办公用机械',
  'rd-sector.rubber': '橡胶制品',
  'rd-sector.medicine': '医药',

  'way-up.keep-both-in-cluster': section(`在战略性集群中持续提升${zh('product-capability')}和${zh('process-capability')}，从低端生产者转型为高质量、高水平的制造商`),
  'way-up.product-via-licensing': section(
    `在保持工艺领先的同时，通过${zh('licensing')}和${zh('imitative-learning')}积累${zh('product-capability')}：这是进入${zh('fast-follower-mode')}的常见路径`,
  ),
  'way-up.cluster-to-fast-follower': section(`实施${zh('cluster-strategy')}：论文指出这是从${zh('process-pioneer-mode')}走向${zh('fast-follower-mode')}的途径`),
  'way-up.international-transfer': section(`从境外获取产品技术：与外国企业开展${zh('licensing')}，聘请国际咨询顾问，赴境外培训，接受跨国公司分支机构的辅导`),
  'way-up.build-process-capability': section(
    `在保持产品领先的同时，积累${zh('process-capability')}（低成本、高质量地复制生产）：这是进入${zh('fast-follower-mode')}的另一条路径`,
  ),
  'way-up.cluster-shared-production': section('在集群中共享生产设备、熟练工人和承接大订单的产能，这些是小企业单靠自身难以具备的'),
  'way-up.beware-stagnation': section('警惕停滞：不了解市场就盲目引进他人的技术，有落后的风险'),
  'way-up.process-in-cluster': section(`在集群内积累${zh('process-capability')}：共享设备，共用熟练工人，向其他企业学习工艺改进`),
  'way-up.then-product-via-licensing': section(`成为${zh('process-pioneer')}后，再通过${zh('licensing')}和${zh('imitative-learning')}提升${zh('product-capability')}`),
  'way-up.lower-export-costs': section('降低出口的固定成本（精简审批、自由贸易协定、开发有国际吸引力的产品）：固定成本高时，只有生产率最高的企业才能出口（Melitz 2003）'),
  'way-up.cluster-export-access': section('借助集群接触境外买家：集中产能承接大额国际订单，由生产者协会开拓国外市场'),
  'way-up.at-target': section(`已处于${zh('globalized-fast-follower-mode')}：可在具有国际视野的${zh('network-cluster')}中，由小型、中型成长为中型、大型企业`),
};
