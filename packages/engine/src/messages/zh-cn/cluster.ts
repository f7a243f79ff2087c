import type { IssueParams, ParamValue } from '../../issue.js';
import { COMBINED_MODE_IDS, MODES } from '../../capability/modes.js';
import { SIZE_CLASSES } from '../../size/standard.js';
import type { Catalogue, Render } from '../catalogue.js';
import { zh } from '../glossary.js';

const pct = (share: unknown) => `${Math.round(Number(share) * 1000) / 10}%`;
const agents = (list: unknown, r: Render) => r.list((list as string[]).map((a) => r.label(`agent.${a}`)));
/** "（§2.3、§5.1）": the paper's sections as Chinese lists them. */
const withSection = (p: IssueParams, text: string) => `${text}（${String(p.section).replace(/, /g, '、')}）`;
const role = (r: Render, id: ParamValue | undefined) => r.label(`government-role.${id}`);
/** "大型10家、中型17家、小型或微型23家" */
const sizes = (p: IssueParams) => `大型${p.large}家、中型${p.medium}家、小型或微型${p.smallOrMicro}家`;
/** "A、B、C家": counts in a report line, by label. */
const counted = (r: Render, ids: readonly string[], counts: IssueParams, key: (id: string) => string) =>
  ids.map((id) => `${r.label(key(id))}${counts[id]}家`).join('、');

/**
 * The Chinese words for each agent kind and government role, in the order of AGENT_KIND_IDS and
 * GOVERNMENT_ROLES, as Chinese messages list them; a test checks that each reads back as its id.
 */
export const AGENT_WORDS_ZH = ['高校', '银行', '中介机构', '政府'] as const;
export const ROLE_WORDS_ZH = ['无', '基础设施', '协调', '直接干预'] as const;

const NOT_ORGANIZED: Readonly<Record<string, (p: IssueParams, r: Render) => string>> = {
  cooperation: (p) =>
    `${Number(p.cooperating) === 0 ? `${p.firms}家企业均未开展合作` : `${p.firms}家企业中只有${p.cooperating}家开展合作`}（${pct(p.share)}，低于${pct(p.min)}）`,
  directedLinks: () => '没有供货关系',
  government: (p, r) => `政府角色为${p.role === null || p.role === undefined ? '未填写' : `“${role(r, p.role)}”`}（须在基础设施或协调层面）`,
};

export const cluster: Catalogue = {
  'cluster-type.vertical': `${zh('lead-firm')}与部分企业相连，另有${zh('functional-agent')}参与（§2.5）`,
  'cluster-type.network': `${zh('lead-firm')}与所有企业相连，另有${zh('functional-agent')}参与（§2.5）`,
  'cluster-type.organized': '企业之间积极合作、有明确的供货关系，政府在基础设施或协调层面发挥作用（§2.5）',
  'cluster-type.agglomeration-only': '企业聚集在一地，彼此却没有供货或合作关系（§5.5）',
  'cluster-type-name.vertical': zh('vertical-cluster'),
  'cluster-type-name.network': zh('network-cluster'),
  'cluster-type-name.organized': zh('organized-cluster'),
  'cluster-type-name.agglomeration-only': zh('agglomeration-only'),

  'government-role.none': '不发挥作用',
  'government-role.infrastructure': '基础设施层面',
  'government-role.coordination': '协调层面',
  'government-role.direct': '直接干预',

  'agent.university': '高校或科研院所',
  'agent.bank': '银行或金融中介',
  'agent.intermediary': '非金融中介机构（营销、人力资源）',
  'agent.government': '政府部门',

  'lever-name.regulatory': '民营企业的监管环境',
  'lever-name.cooperation': '促进企业间合作',
  'lever-name.information': '信息、咨询与培训',
  'lever-name.domestic-transfer': '研发与国内技术转移',
  'lever-name.international-transfer': '国际技术转移',

  'cluster.no-rows': '没有企业数据行',
  'cluster.duplicate-firm': (p) => `第${p.row}行：企业“${p.name}”已在第${p.first}行出现；其关联并入该企业`,
  'cluster.unknown-firm': (p, r, f) => `第${p.row}行：${r.field(f)}中的“${p.name}”不是表中的企业；已忽略该关联`,
  'cluster.self-link': (p, r, f) => `第${p.row}行：${r.field(f)}指向企业自身（“${p.name}”）；已忽略该关联`,
  'cluster.value-ignored': (p, r, f) => {
    const m = p.message as IssueParams;
    return `第${p.row}行：${r.message(String(m.code), m.params as IssueParams, f)}；已忽略`;
  },
  'cluster.agent-unknown': (p, r) => `第${p.row}行：${r.field('linked_agents')}中的“${p.got}”不是可识别的机构类型，请填写${r.alternatives(AGENT_WORDS_ZH)}；已忽略`,
  'cluster.role-unknown': (p, r) => `第${p.row}行：${r.field('government_role')}“${p.got}”无法识别，请填写${r.alternatives(ROLE_WORDS_ZH)}；已忽略`,
  'cluster.role-conflict': (p, r) =>
    `各行的${r.field('government_role')}不一致：采用第${p.row}行的“${role(r, p.used)}”，未采用第${p.otherRow}行的“${role(r, p.other)}”`,
  'cluster.row-warning': (p, r, f) => {
    const m = p.message as IssueParams;
    return `第${p.row}行（${p.firm}）：${r.message(String(m.code), m.params as IssueParams, f)}`;
  },

  'cluster.no-links': (p) => `${p.firms}家企业之间没有任何供货或合作关系：${zh('agglomeration-only')}`,
  'cluster.lead-flagged': (p) => `${zh('lead-firm')}：${p.firm}（表中已标记）`,
  'cluster.lead-inferred': (p) => `没有标记与其他企业有关联的${zh('lead-firm')}；取关联最多（${p.links}个）的${p.firm}为${zh('lead-firm')}`,
  'cluster.lead-unlinked': (p) => `${zh('lead-firm')}${p.firm}与其他企业均无关联；改取${p.used}为${zh('lead-firm')}`,
  'cluster.several-leads': (p, r) => `有多家企业标记为${zh('lead-firm')}（${r.list(p.firms)}）；采用${p.used}`,
  'cluster.lead-reach': (p, r) =>
    (p.unreached as string[]).length === 0
      ? `${p.lead}与其余${p.others}家企业都有关联（企业A与企业A1…A4的结构）`
      : `${p.lead}与其余${p.others}家企业中的${p.reached}家有关联；未关联的有：${r.list(p.unreached)}`,
  'cluster.organized': (p, r) =>
    `${zh('organized-cluster')}：${p.firms}家企业中有${p.cooperating}家开展合作（${pct(p.share)} ≥ ${pct(p.min)}），供货关系${p.supply}条，政府作用在${role(r, p.role)}`,
  'cluster.not-organized': (p, r) => `不是${zh('organized-cluster')}：${(p.failed as string[]).map((k) => NOT_ORGANIZED[k]?.(p, r) ?? k).join('；')}`,
  'cluster.agents': (p, r) =>
    `已关联的${zh('functional-agent')}：${agents(p.linked, r)}${(p.missing as string[]).length > 0 ? `；未关联：${agents(p.missing, r)}` : ''}`,
  'cluster.no-agents': () => `未关联任何${zh('functional-agent')}（高校、银行、中介机构、政府）：集群尚未融入${zh('nis')}（§2.5）`,

  'cluster.middle-missing': (p) =>
    `存在${zh('missing-middle')}：已划型的${p.rated}家企业中，${sizes(p)}；中型企业不多于大型企业，且少于小型企业`,
  'cluster.middle-present': (p) => {
    const why = [
      p.hasLarge ? null : '没有大型企业',
      p.smallOutnumbersMedium ? null : '小型企业不多于中型企业',
      p.mediumNotAboveLarge ? null : '中型企业多于大型企业',
    ].filter((x) => x !== null);
    return `不存在${zh('missing-middle')}：已划型的${p.rated}家企业中，${sizes(p)}（${why.join('；')}）`;
  },
  'cluster.middle-unknown': `未评估${zh('missing-middle')}：没有可划型的企业`,

  'lever.low-export-majority': (p) =>
    withSection(p, `填写了出口占比的${p.of}家企业中，${p.count}家${zh('export-orientation')}低：应精简审批、降低出口的固定成本，建立地方政企协商机制，设立帮助创办企业的服务机构`),
  'lever.direct-government': (p) => withSection(p, '政府直接参与集群：干预应止于中介协调，给地方留出自主空间，以协商代替指令'),
  'lever.no-cooperation': (p) => withSection(p, `企业之间既不供货也不合作：可对合作给予税收激励，并通过${zh('benchmarking')}让企业看清与领先者的差距`),
  'lever.few-cooperating': (p) => withSection(p, `只有${pct(p.share)}的企业与其他企业开展合作：可对合作给予税收激励，并开展联合${zh('benchmarking')}`),
  'lever.missing-middle': (p) => withSection(p, `存在${zh('missing-middle')}（${sizes(p)}）：${zh('network-cluster')}的集体协作有助于小型企业成长为中型企业`),
  'lever.demonstrator': (p, r) => withSection(p, `${r.list(p.firms)}（${zh('fast-follower')}）可示范最佳实践，供其他企业${zh('benchmarking')}`),
  'lever.no-bank': (p) =>
    withSection(p, `未关联银行或金融中介：宜面向整个集群而非单个企业开展${zh('relationship-banking')}，并发展${zh('leasing')}、${zh('factoring')}和${zh('venture-capital')}`),
  'lever.no-intermediary': (p) => withSection(p, '未关联非金融中介机构（营销、人力资源）：可设立对接平台，按企业的技能需求匹配培训'),
  'lever.no-government': (p) => withSection(p, '政府未发挥作用：政府可充当中介，制定信息传播标准，组织对接平台'),
  'lever.no-university': (p) => withSection(p, '未关联高校或科研院所：可通过论坛、行业协会、技术经纪人和全国性转介网络，把企业与科研机构连接起来'),
  'lever.low-product-majority': (p) =>
    withSection(p, `${p.of}家企业中有${p.count}家${zh('product-capability')}低：宜通过技术经纪人和创新网络，开展需求驱动的国内技术转移`),
  'lever.process-pioneers': (p, r) =>
    withSection(p, `${zh('process-pioneer')}（${r.list(p.firms)}）可通过${zh('licensing')}和${zh('imitative-learning')}提升${zh('product-capability')}`),
  'lever.low-product-exporters': (p, r) =>
    withSection(p, `${zh('product-capability')}低的出口企业（${r.list(p.firms)}）：可借助其供应链中跨国公司分支机构的辅导、国际咨询顾问和境外培训`),
  'lever.product-pioneers': (p, r) => withSection(p, `${zh('product-pioneer')}（${r.list(p.firms)}）拥有需要保护的自有技术：宜在集群内设立知识产权服务机构`),

  'report.not-rated': '集群未评定：',
  'report.title': (p) => `集群报告：企业记录共${p.firms}行`,
  'report.size': (p) => `规模（按 ${p.standard} 标准，金额单位：${p.unit}）：${p.firms}家企业中已${zh('size-classification')}${p.rated}家`,
  'report.missing-middle': `${zh('missing-middle')}：`,
  'report.cluster-type': zh('cluster-type'),
  'report.cluster-type-line': (p, r) =>
    `${r.label('report.cluster-type')}：${r.label(`cluster-type-name.${p.type}`)}（${p.type}），即${r.label(`cluster-type.${p.type}`)}`,
  'report.size-counts': (p, r) => counted(r, SIZE_CLASSES, p.counts as IssueParams, (c) => `class.${c}`),
  'report.mode-counts': (p, r) => counted(r, MODES, p.counts as IssueParams, (m) => `mode.${m}`),
  'report.combined-counts': (p, r) => {
    const counts = p.counts as IssueParams;
    return counted(r, COMBINED_MODE_IDS.filter((id) => Number(counts[id]) > 0), counts, (c) => `combined-mode.${c}`) || r.label('report.none');
  },
  'report.part.size': '规模',
  'report.part.capability': '能力',
  'report.modes': (p) => `${zh('learning-mode')}（图1）：${p.firms}家企业中已评定${p.rated}家`,
  'report.combined-modes': `结合${zh('export-orientation')}（图2）：`,
  'report.export-unknown': (p) => `${p.count}家已评定，但未填写出口占比`,
  'report.levers': `${zh('policy-lever')}（§5）：`,
  'report.unrated': '未评定：',
  'report.unrated-row': (p, r) => `第${p.row}行（${p.firm}），${r.label(`report.part.${p.part}`)}：${p.message}`,
  'report.warnings': '警告：',
  'report.none': '无',
  // 报告工作表（clusterReportTables）的标题和列名。
  'sheet.title': 'SME Navigator 集群报告',
  'sheet.rules': (p) => `评定规则版本：${p.version}`,
  'sheet.no-charts': '本文件生成时无法绘制图表，图表以对应的数据表代替。',
  'sheet.size-title': (p, r) => `规模分布（按 ${p.standard} 标准，金额单位：${p.unit}）：${r.num(p.firms)}家企业中已划型${r.num(p.rated)}家`,
  'sheet.modes-title': (p, r) => `学习模式（图1）：${r.num(p.firms)}家企业中已评定${r.num(p.rated)}家`,
  'sheet.constraints-title': (p, r) => `融资约束（§3.5，附录A.2）：${r.num(p.firms)}家企业中已评估${r.num(p.assessed)}家`,
  'sheet.credit-title': (p, r) => `信贷约束状况（世界银行企业调查）：${r.num(p.assessed)}家企业`,
  'sheet.col.class': '规模类型',
  'sheet.col.firms': '企业数',
  'sheet.col.share': '占比',
  'sheet.col.finding': '结论',
  'sheet.col.mode': '模式',
  'sheet.col.strategy': '战略',
  'sheet.col.constraint': '约束',
  'sheet.col.group': '类别',
  'sheet.col.binding': '受此约束的企业数',
  'sheet.col.answered': '作答企业数',
  'sheet.col.share-binding': '受约束占比',
  'sheet.col.status': '状况',
  'sheet.col.reason': '理由',
  'sheet.col.section': '章节',
  'sheet.col.lever': '政策工具',
  'sheet.col.firm-row': '企业行',
  'sheet.col.firm': '企业',
  'sheet.col.part': '部分',
};
