/**
 * The paper's terms in English and Simplified Chinese, written once. The Chinese catalogue builds
 * its labels and sentences from `zh(...)`, so a term reads the same in every message; a term with
 * `key` is also that catalogue key's label in both languages (checked by a test, as is `avoid`: the
 * renderings a translator might reach for and that the catalogue must not use).
 *
 * Choices: the learning modes follow the usual Chinese rendering of Wong (1999) and DP55 (快速跟随,
 * 先导); "relationship banking" is 关系型融资 as in PRC SME-finance policy writing; "venture
 * capital" is 风险投资 (the paper's sense, not the regulatory 创业投资); firm sizes follow
 * 工信部联企业〔2011〕300号 (微型/小型/中型/大型企业, together 中小微企业).
 */
export interface Term {
  readonly en: string;
  readonly zh: string;
  /** The catalogue key this term labels, when it is a label. */
  readonly key?: string;
  /** Chinese renderings not to use for this term. */
  readonly avoid?: readonly string[];
}

export const GLOSSARY = {
  // Firms and sizes.
  sme: { en: 'SME', zh: '中小企业' },
  msme: { en: 'micro, small and medium-sized enterprises', zh: '中小微企业' },
  micro: { en: 'micro', zh: '微型企业', key: 'class.micro' },
  small: { en: 'small', zh: '小型企业', key: 'class.small' },
  medium: { en: 'medium', zh: '中型企业', key: 'class.medium' },
  large: { en: 'large', zh: '大型企业', key: 'class.large' },
  'size-classification': { en: 'size classification', zh: '划型' },
  'missing-middle': { en: 'missing middle', zh: '“缺失的中间层”', avoid: ['中间缺失', '夹心层'] },
  nis: { en: 'national innovation system', zh: '国家创新体系' },

  // Capability (Figures 1 and 2).
  'product-capability': { en: 'product capability', zh: '产品技术能力', key: 'capability-side.product' },
  'process-capability': { en: 'process capability', zh: '工艺技术能力', key: 'capability-side.process' },
  'learning-mode': { en: 'learning mode', zh: '学习模式' },
  'fast-follower-mode': { en: 'fast-follower innovation mode', zh: '快速跟随创新模式', key: 'mode.fast-follower', avoid: ['快速追随', '快速跟进'] },
  'globalized-fast-follower-mode': {
    en: 'globalized fast-follower innovation mode',
    zh: '全球化快速跟随创新模式',
    key: 'combined-mode.globalized-fast-follower',
    avoid: ['国际化快速跟随', '全球快速跟随'],
  },
  'process-pioneer-mode': { en: 'process-capability pioneering mode', zh: '工艺能力先导模式', key: 'mode.process-pioneer', avoid: ['工艺先驱', '流程先导'] },
  'product-pioneer-mode': { en: 'product-technology pioneering mode', zh: '产品技术先导模式', key: 'mode.product-pioneer', avoid: ['产品先驱'] },
  'applications-specialist-mode': { en: 'applications-specialist mode', zh: '应用专家模式', key: 'mode.applications-specialist', avoid: ['应用专业'] },
  'fast-follower': { en: 'fast follower', zh: '快速跟随企业' },
  'process-pioneer': { en: 'process pioneer', zh: '工艺先导企业' },
  'product-pioneer': { en: 'product pioneer', zh: '产品先导企业' },
  'applications-specialist': { en: 'applications specialist', zh: '应用专家企业' },
  'cluster-strategy': { en: 'cluster strategy', zh: '集群战略', key: 'strategy.cluster' },
  'niche-strategy': { en: 'niche strategy', zh: '利基战略', key: 'strategy.niche', avoid: ['缝隙战略', '小众战略'] },
  'free-riding-strategy': { en: 'free-riding strategy', zh: '搭便车战略', key: 'strategy.free-riding', avoid: ['免费搭车'] },
  'export-orientation': { en: 'export orientation', zh: '出口导向' },
  'technology-gap': { en: 'technology gap', zh: '技术差距' },
  'innovation-lag': { en: 'innovation lag', zh: '创新滞后', key: 'tech-gap-lag.innovation' },
  'process-lag': { en: 'process lag', zh: '工艺滞后', key: 'tech-gap-lag.process' },
  'customer-lag': { en: 'customer lag', zh: '客户滞后', key: 'tech-gap-lag.customer' },
  licensing: { en: 'licensing', zh: '技术许可' },
  'imitative-learning': { en: 'imitative learning', zh: '模仿学习' },

  // Clusters (§2.5, §5).
  'cluster-type': { en: 'cluster type', zh: '集群类型' },
  'vertical-cluster': { en: 'vertical cluster', zh: '垂直型集群', key: 'cluster-type-name.vertical' },
  'network-cluster': { en: 'network cluster', zh: '网络型集群', key: 'cluster-type-name.network' },
  'organized-cluster': { en: 'organized cluster', zh: '有组织集群', key: 'cluster-type-name.organized' },
  'agglomeration-only': { en: 'agglomeration only', zh: '仅地理集聚', key: 'cluster-type-name.agglomeration-only' },
  'lead-firm': { en: 'lead firm', zh: '龙头企业' },
  'functional-agent': { en: 'functional agent', zh: '功能机构' },
  'policy-lever': { en: 'policy lever', zh: '政策工具' },
  benchmarking: { en: 'benchmarking', zh: '对标' },

  // Financing (§3.5, §5.3, Appendix A).
  'financing-constraint': { en: 'financing constraint', zh: '融资约束' },
  'credit-constraint': { en: 'credit constraint', zh: '信贷约束' },
  'fully-constrained': { en: 'fully constrained', zh: '完全受约束', key: 'finance.credit-status.fully-constrained' },
  'partially-constrained': { en: 'partially constrained', zh: '部分受约束', key: 'finance.credit-status.partially-constrained' },
  'maybe-constrained': { en: 'maybe constrained', zh: '可能受约束', key: 'finance.credit-status.maybe-constrained' },
  'not-constrained': { en: 'not constrained', zh: '不受约束', key: 'finance.credit-status.not-constrained' },
  'venture-capital': { en: 'venture capital', zh: '风险投资', key: 'finance.instrument.venture-capital' },
  'relationship-banking': { en: 'relationship banking', zh: '关系型融资', avoid: ['关系银行', '关系型贷款'] },
  leasing: { en: 'leasing', zh: '融资租赁', key: 'finance.instrument.leasing', avoid: ['租赁融资'] },
  factoring: { en: 'factoring', zh: '保理', key: 'finance.instrument.factoring' },
  'credit-scoring': { en: 'credit scoring', zh: '信用评分', key: 'finance.instrument.credit-scoring', avoid: ['信用打分'] },
  'credit-guarantee': { en: 'credit guarantee', zh: '信用担保' },
  'policy-bank': { en: 'policy lender', zh: '政策性银行' },
  collateral: { en: 'collateral', zh: '抵押品', avoid: ['抵押物品'] },
  'credit-history': { en: 'credit history', zh: '信用记录' },
} as const satisfies Readonly<Record<string, Term>>;

export type TermId = keyof typeof GLOSSARY;

/** A term in Chinese, as every Chinese entry writes it. */
export const zh = (id: TermId): string => GLOSSARY[id].zh;
