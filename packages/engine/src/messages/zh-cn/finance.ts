import type { IssueParams, ParamValue } from '../../issue.js';
import type { ConstraintId } from '../../finance/constraints.js';
import type { InstrumentId } from '../../finance/instruments.js';
import type { VcTypeId } from '../../finance/vc-types.js';
import type { Catalogue, Entry, Render } from '../catalogue.js';
import { zh } from '../glossary.js';
import { shown } from './common.js';

const pct = (share: ParamValue | undefined) => `${Math.round(Number(share) * 1000) / 10}%`;
const constraint = (r: Render, id: ParamValue | undefined) => r.label(`finance.constraint.${id}`);
const instrument = (r: Render, id: ParamValue | undefined) => r.label(`finance.instrument.${id}`);
const status = (r: Render, s: ParamValue | undefined) => r.label(`finance.credit-status.${s}`);
const statuses = (r: Render, list: ParamValue | undefined) => r.alternatives((list as string[]).map((s) => status(r, s)));
const fields = (r: Render, list: ParamValue | undefined) => r.list((list as string[]).map((f) => r.field(f)));
const answer = (r: Render, a: ParamValue | undefined) => `“${r.label(`answer-word.${a}`)}”`;
const outcome = (r: Render, o: ParamValue | undefined) => r.label(`finance.outcome.${o}`);
const inner = (r: Render, i: ParamValue | undefined) => {
  const x = i as { code: string; params: IssueParams; field?: string };
  return r.message(x.code, x.params, x.field);
};
const suggest = (p: IssueParams) => (p.suggestion === undefined ? '' : `；是否应为“${p.suggestion}”？`);

/**
 * The Chinese words each choice accepts, one per value in order, as Chinese messages list them
 * (the engine's `allowed` lists the English ones); a test checks that each reads back as its value.
 */
export const CHOICE_WORDS_ZH = {
  outcome: ['全额批准', '部分批准', '被拒绝', '审批中'],
  stage: ['初创期', '成长期', '扩张期', '成熟期'],
  location: ['一线城市', '地级市', '县级'],
  reason: ['资金充足', '手续复杂', '利率过高', '抵押要求高', '额度或期限不足', '认为不会获批', '其他'],
} as const;
const choiceInvalid =
  (words: readonly string[]): Entry =>
  (p, r, f) =>
    `${r.field(f)}应为${r.alternatives(words)}，当前为“${p.got}”${suggest(p)}`;

/** The financing constraints: a short label and the question a credit officer answers (yes = it binds). */
const CONSTRAINTS: Readonly<Record<ConstraintId, { label: string; question: string }>> = {
  differential_treatment: {
    label: '因所有制、地区、规模或行业受到差别待遇',
    question: '贷款方是否因企业的所有制（民营而非国有）、地区（内陆而非沿海）、规模或行业而给予较差的待遇？',
  },
  low_credit_accountability: {
    label: '财务信息不可信',
    question: '企业的账目是否不可靠，以致贷款方无法信任（未经审计、账目虚假或不完整）？',
  },
  no_collateral: { label: `缺乏可靠的${zh('collateral')}`, question: `企业是否缺少银行认可、足以覆盖所需贷款的${zh('collateral')}？` },
  low_transparency: { label: '信息不透明', question: '企业是否不向贷款方提供经营业绩信息（多数业主自营的企业都是如此）？' },
  weak_governance: { label: '公司治理和经营管理薄弱', question: '企业是否采用家族式管理，对业主缺乏制衡，管理能力薄弱？' },
  market_risk: { label: '企业所在细分市场的风险', question: '企业是否面临其所在市场的特有风险：产品单一、产品质量低或属仿制、规模小？' },
  short_credit_history: { label: `${zh('credit-history')}短`, question: `企业与银行往来的${zh('credit-history')}是否不足三年（新设企业，或刚与银行建立关系）？` },
  no_bank_competition: { label: '银行间缺乏竞争', question: '企业所在地的贷款是否由四大国有银行主导，没有别的银行争取中小企业贷款？' },
  small_loans_uneconomic: { label: '小额贷款对银行不经济', question: '企业所需贷款是否金额太小，银行认为不值得承担审查和监督成本？' },
  thin_capital_markets: { label: '资本市场不发达', question: '股票和债券市场是否不向这类企业开放，使其无法在银行之外融资？' },
  incomplete_commodity_markets: { label: '商品市场不完善', question: '企业所在市场是否进入门槛低、企业反复涌入、供给过剩？' },
  second_tier_perception: { label: `${zh('sme')}被视为二流企业`, question: '贷款方和官员是否把这类企业看作次于国有企业的二流企业？' },
  local_government_interference: { label: '地方政府干预地方金融', question: '财政吃紧的地方政府是否干预当地金融机构放贷？' },
};

const INSTRUMENTS: Readonly<Record<InstrumentId, string>> = {
  leasing: zh('leasing'),
  factoring: zh('factoring'),
  'venture-capital': zh('venture-capital'),
  'cluster-relationship-banking': `面向集群的${zh('relationship-banking')}`,
  'credit-scoring': zh('credit-scoring'),
  'guarantee-scheme': zh('credit-guarantee'),
  'e-finance': '电子金融',
  'sme-policy-lender': `${zh('sme')}${zh('policy-bank')}`,
};

const VC_TYPES: Readonly<Record<VcTypeId, string>> = {
  government: `政府${zh('venture-capital')}`,
  corporate: `企业${zh('venture-capital')}`,
  university: `高校${zh('venture-capital')}`,
  foreign: `外资${zh('venture-capital')}`,
};

const dataLabels: Record<string, string> = Object.fromEntries([
  ...Object.entries(CONSTRAINTS).flatMap(([id, c]) => [
    [`finance.constraint.${id}`, c.label],
    [`finance.question.${id}`, c.question],
  ]),
  ...Object.entries(INSTRUMENTS).map(([id, label]) => [`finance.instrument.${id}`, label]),
  ...Object.entries(VC_TYPES).map(([id, label]) => [`finance.vc.${id}`, label]),
]);

export const finance: Catalogue = {
  ...dataLabels,

  'finance.group.internal': '内部',
  'finance.group.external': '外部',

  'finance.credit-status.not-constrained': zh('not-constrained'),
  'finance.credit-status.maybe-constrained': zh('maybe-constrained'),
  'finance.credit-status.partially-constrained': zh('partially-constrained'),
  'finance.credit-status.fully-constrained': zh('fully-constrained'),

  'finance.outcome.approved': '全额获批',
  'finance.outcome.partly-approved': '部分获批',
  'finance.outcome.rejected': '被拒绝',
  'finance.outcome.pending': '审批中',

  'finance.reason.1': '无需贷款（资金充足）',
  'finance.reason.2': '申请手续过于复杂',
  'finance.reason.3': '利率不合适',
  'finance.reason.4': '抵押要求过高',
  'finance.reason.5': '贷款额度或期限不够',
  'finance.reason.6': '认为不会获批',
  'finance.reason.7': '其他原因',

  'finance.stage.early': '初创期',
  'finance.stage.growth': '成长期',
  'finance.stage.expansion': '扩张期',
  'finance.stage.mature': '成熟期',
  'finance.location.metropolitan': '大城市',
  'finance.location.regional': '地区性城市',
  'finance.location.local': '县及县以下地区',

  'finance.fact.equipment_need.yes': '需要购置设备',
  'finance.fact.equipment_need.no': '无设备购置需求',
  'finance.fact.buyers_creditworthy.yes': '应收账款的买方信用良好',
  'finance.fact.buyers_creditworthy.no': '买方信用不佳',
  'finance.fact.cluster_member.yes': '属于集群企业',
  'finance.fact.cluster_member.no': '不属于集群',
  'finance.fact.university_link.yes': '与高校有合作',
  'finance.fact.university_link.no': '与高校无合作',
  'finance.fact.high_growth.yes': '高成长（年增长超过20%）',
  'finance.fact.high_growth.no': '非高成长',
  'finance.fact.high_tech.yes': '技术密集型',
  'finance.fact.high_tech.no': '非技术密集型',

  'finance.fact-name.equipment_need': '设备需求',
  'finance.fact-name.buyers_creditworthy': '买方信用',
  'finance.fact-name.cluster_member': '是否集群成员',
  'finance.fact-name.university_link': '高校合作',
  'finance.fact-name.high_growth': '成长性',
  'finance.fact-name.high_tech': '技术密集程度',
  'finance.fact-name.stage': '发展阶段',
  'finance.fact-name.location': '所在地',
  'finance.fact-name.credit_history_years': zh('credit-history'),
  'finance.fact-name.receivables_share': '应收账款占比',
  'finance.fact-name.debt_outstanding': '负债余额',
  'finance.fact-name.sme': `是否${zh('sme')}`,

  'finance.cell.not-rated': '未评定',
  'finance.cell.index-partial': (p, r) => `${r.num(p.index)}（已回答${r.num(p.total)}项中的${r.num(p.answered)}项）`,
  'finance.cell.none': '无',
  'finance.cell.not-known': '未知',
  'finance.cell.not-determined': '未确定',

  // Why a constraint binds (or not).
  'finance.answered': (p, r) => `${constraint(r, p.constraint)}：回答${answer(r, p.answer)}`,
  'finance.derived.collateral-short': (p, r) => `${zh('collateral')}价值${r.num(p.collateral)}，低于贷款需求${r.num(p.need)}`,
  'finance.derived.collateral-covers': (p, r) => `${zh('collateral')}价值${r.num(p.collateral)}，足以覆盖贷款需求${r.num(p.need)}`,
  'finance.derived.history-short': (p, r) => `${zh('credit-history')}${r.num(p.years)}年，不足${r.num(p.min)}年`,
  'finance.derived.history-long': (p, r) => `${zh('credit-history')}${r.num(p.years)}年，不少于${r.num(p.min)}年`,
  'finance.derived.unaudited': '账目未经审计',
  'finance.derived.audited': '账目经过审计',
  'finance.derived.owner-no-director': '业主自营，且没有独立董事',
  'finance.derivation-incomplete': (p, r) => `未能推断“${constraint(r, p.constraint)}”：已填写${fields(r, p.given)}，但缺少${fields(r, p.missing)}`,
  'finance.constraint-conflict': (p, r) =>
    `“${constraint(r, p.constraint)}”回答为${answer(r, p.answer)}，但数据显示为${answer(r, p.derived)}（${inner(r, p.because)}）；保留原回答`,
  'finance.cluster-conflict': (p, r) => `${r.field('cluster_member')}在本行为${answer(r, p.row)}，在集群分析中为${answer(r, p.option)}；保留本行的回答`,
  'finance.not-sme': `该企业不属于${zh('sme')}：DP55所述的约束和扶持计划都针对${zh('sme')}，请审慎解读本评估`,
  'finance.option-ignored': (p) =>
    p.option === 'sizeClass' ? `sizeClass 应为 micro、small、medium 或 large，当前为“${p.got}”；已忽略` : `${p.option} 应为0到100的分数，当前为${shown(p.got)}；已忽略`,
  'finance.revenue-ignored': (p, r) => `${r.field('revenue')}不是不小于0的数字（“${p.got}”）；不提供${zh('credit-scoring')}表`,

  // The indices.
  'finance.indices': (p, r) => {
    const part = (v: ParamValue | undefined) => (v === null ? r.label('finance.cell.not-rated') : r.num(v));
    return `${zh('financing-constraint')}指数${part(p.overall)}（内部${part(p.internal)}，外部${part(p.external)}），依据${r.num(p.total)}项约束中已回答的${r.num(p.answered)}项`;
  },
  'finance.mostly-unknown': (p, r) =>
    `${r.num(p.total)}项约束中有${r.num(p.unanswered)}项未回答：指数只依据已回答的${r.num(Number(p.total) - Number(p.unanswered))}项，未回答的不视为不存在`,
  'finance.no-constraint-answered': (p, r) => `${r.num(p.total)}项约束均未回答，也无法从数据推断：没有${zh('financing-constraint')}指数`,

  // Instruments and venture capital.
  'finance.no-instrument': '根据现有信息，没有合适的融资工具：请回答更多约束问题，或填写融资工具所需的信息（设备需求、应收账款、是否集群成员、技术、成长性）',
  'finance.instrument-excluded': (p, r) => `${instrument(r, p.instrument)}不适合：${inner(r, p.because)}`,
  'finance.instrument-not-assessed': (p, r) => `未评估${instrument(r, p.instrument)}：${inner(r, p.because)}`,
  'finance.vc-no-inputs': (_, r) =>
    `未评估${zh('venture-capital')}匹配度：${r.list(['stage', 'location', 'high_tech', 'high_growth', 'university_link'].map((f) => r.field(f)))}均未填写`,
  'finance.vc-out-of-reach': (p, r) => `${r.label(`finance.vc.${p.type}`)}不可及：未满足其必要条件`,
  'finance.cond.binds': (p, r) => `“${constraint(r, p.constraint)}”构成约束`,
  'finance.cond.not-binding': (p, r) => `“${constraint(r, p.constraint)}”不构成约束`,
  'finance.cond.constraint-unknown': (p, r) => `“${constraint(r, p.constraint)}”情况未知`,
  'finance.cond.fact': (p, r) => r.label(`finance.fact.${p.fact}.${p.value}`),
  'finance.cond.fact-unknown': (p, r) => `${r.label(`finance.fact-name.${p.fact}`)}未知`,
  'finance.cond.stage-met': (p, r) => `处于${r.label(`finance.stage.${p.stage}`)}`,
  'finance.cond.stage-unmet': (p, r) =>
    `处于${r.label(`finance.stage.${p.stage}`)}，而非${r.alternatives((p.wanted as string[]).map((s) => r.label(`finance.stage.${s}`)))}`,
  'finance.cond.location-met': (p, r) => `位于${r.label(`finance.location.${p.location}`)}`,
  'finance.cond.location-unmet': (p, r) =>
    `位于${r.label(`finance.location.${p.location}`)}，而非${r.alternatives((p.wanted as string[]).map((s) => r.label(`finance.location.${s}`)))}`,
  'finance.cond.receivables': (p) => (Number(p.share) > 0 ? `${pct(p.share)}的销售为赊销` : '没有赊销'),
  'finance.cond.debt-known': (p, r) => `负债余额${r.num(p.debt)}已知`,
  'finance.cond.sme': (p) => (p.isSme ? `属于${zh('sme')}` : `不属于${zh('sme')}`),
  'finance.cond.none-of': (p, r) => (p.gaps as ParamValue[]).map((g) => inner(r, g)).join('，'),

  // The credit-score table.
  'finance.score.not-offered': (p, r) => `不提供${zh('credit-scoring')}表：${inner(r, p.because)}`,
  'finance.score.needs-revenue': '须有大于0的年营业收入（负债按营业收入计分）',
  'finance.score.history-line': (p, r) => `${zh('credit-history')}${r.num(p.years)}年：${r.num(p.points)}分`,
  'finance.score.debt-line': (p, r) => `负债余额${r.num(p.debt)} ÷ 营业收入${r.num(p.revenue)} = ${r.num(p.ratio)}：${r.num(p.points)}分`,
  'finance.score.not-a-probability': '分数取自固定表格，仅作示意，不是经过验证的违约概率',
  'finance.score.history-limit': (p, r) =>
    `贷款期限短、${zh('credit-history')}缺失，限制了${zh('credit-scoring')}的作用（DP55 A.3.1）：${zh('credit-history')}不足${r.num(p.min)}年的不计分`,

  // Credit-constraint status (standards.md §7).
  'finance.credit.applied': (p) => (p.applied === 'yes' ? '申请过贷款或授信额度' : '未申请贷款或授信额度'),
  'finance.credit.applied-inferred': (p, r) =>
    `${r.field('loan_applied')}为空或不知道：由于已填写${r.field(String(p.from))}，视为${p.applied === 'yes' ? '已申请' : '未申请'}`,
  'finance.credit.outcome': (p, r) => `申请结果：${outcome(r, p.outcome)}`,
  'finance.credit.reason': (p, r) => `未申请的主要原因：${p.reason}，${r.label(`finance.reason.${p.reason}`)}`,
  'finance.credit.external': (p) => (Number(p.share) > 0 ? `${pct(p.share)}的营运资金或固定资产来自外部融资` : '营运资金和固定资产均无外部融资'),
  'finance.credit.approved-unused': '虽已获批，但未报告外部融资（贷款可能尚未提取）',
  'finance.credit.rule.fully-constrained': `${zh('fully-constrained')}：没有外部融资，且申请被拒或因故放弃申请（原因2–7）`,
  'finance.credit.rule.partially-constrained': `${zh('partially-constrained')}：有部分外部融资，但申请被拒或因故放弃申请（原因2–7）`,
  'finance.credit.rule.maybe-constrained': `${zh('maybe-constrained')}：已申请，并获全额或部分批准`,
  'finance.credit.rule.not-constrained': `${zh('not-constrained')}：因无需贷款而未申请（原因1）`,
  'finance.credit.absent': (_, r) =>
    `没有贷款申请信息（${r.list(['loan_applied', 'loan_outcome', 'no_apply_reason'].map((f) => r.field(f)))}）：未评估${zh('credit-constraint')}状态`,
  'finance.credit.needs': (p, r) => `须填写${fields(r, p.missing)}才能确定${zh('credit-constraint')}状态：候选状态为${statuses(r, p.possible)}`,
  'finance.credit.pending': (p, r) => `贷款申请尚在审批中：候选状态为${statuses(r, p.possible)}；审批结果确定后请重新评估`,

  // Errors.
  'finance.outcome-invalid': choiceInvalid(CHOICE_WORDS_ZH.outcome),
  'finance.stage-invalid': choiceInvalid(CHOICE_WORDS_ZH.stage),
  'finance.location-invalid': choiceInvalid(CHOICE_WORDS_ZH.location),
  'finance.reason-invalid': (p, r, f) =>
    `${r.field(f)}应为k17代码1–7（${r.list(CHOICE_WORDS_ZH.reason.map((w, i) => `${i + 1} ${w}`))}）或对应文字，当前为“${p.got}”${suggest(p)}`,
  'finance.credit.outcome-without-application': (p, r) =>
    `${r.field('loan_outcome')}为“${outcome(r, p.outcome)}”，但${r.field('loan_applied')}为“否”：未申请的企业没有申请结果；请更正其中一项`,
  'finance.credit.reason-with-application': (p, r) =>
    `${r.field('no_apply_reason')}为${p.reason}，但${r.field('loan_applied')}为“是”：只有未申请的企业才有未申请原因；请更正其中一项`,
  'finance.credit.outcome-and-reason': (p, r) =>
    `${r.field('loan_outcome')}（“${outcome(r, p.outcome)}”）和${r.field('no_apply_reason')}（${p.reason}）都已填写，而${r.field('loan_applied')}为空：企业要么申请过，要么没有申请；请填写${r.field('loan_applied')}，并清除另一项`,
};
