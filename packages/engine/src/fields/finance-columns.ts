import { CONSTRAINTS, type ConstraintId } from '../finance/constraints.js';
import type { FieldColumn } from './columns.js';

/** Chinese headers (and a few English ones) for the constraint columns, whose ids are the constraint ids. */
const CONSTRAINT_HEADERS: Readonly<Record<ConstraintId, readonly string[]>> = {
  differential_treatment: ['差别待遇', '融资歧视', '所有制歧视'],
  low_credit_accountability: ['low accountability of credit', '信用约束低', '财务不实', '账目不实'],
  no_collateral: ['lack of collateral', '缺乏抵押', '缺乏抵押品', '无有效抵押'],
  low_transparency: ['lack of transparency', '透明度低', '信息不透明'],
  weak_governance: ['weak corporate governance', '公司治理薄弱', '治理薄弱'],
  market_risk: ['specific market risk', '市场风险'],
  short_credit_history: ['短信用记录', '信用记录短', '信用历史短'],
  no_bank_competition: ['failure of bank competition', '银行竞争不足', '缺乏银行竞争'],
  small_loans_uneconomic: ['small loans not cost effective', '小额贷款不经济', '小额贷款成本高'],
  thin_capital_markets: ['underdeveloped capital markets', '资本市场不发达', '资本市场不完善'],
  incomplete_commodity_markets: ['incomplete commodity markets', '商品市场不完善', '低门槛市场过度进入'],
  second_tier_perception: ['seen as second tier', '被视为二流企业', '二流企业观念'],
  local_government_interference: ['local government interference', '地方政府干预', '地方政府干预金融'],
};

/**
 * Columns of the financing assessment (issue 4). `revenue` (annual sales, used by the credit-score
 * table) is read from SIZE_COLUMNS and is not repeated here.
 */
export const FINANCE_COLUMNS: readonly FieldColumn[] = [
  // World Bank Enterprise Surveys facts (standards.md §7).
  { id: 'loan_applied', headers: ['applied for loan', 'applied for a loan', 'loan application', 'k16', '申请贷款', '是否申请贷款', '申请过贷款'] },
  { id: 'loan_outcome', headers: ['loan outcome', 'application outcome', 'outcome of loan application', '贷款结果', '贷款申请结果', '贷款审批结果'] },
  { id: 'no_apply_reason', headers: ['reason for not applying', 'main reason for not applying', 'k17', '未申请原因', '未申请贷款原因', '不申请贷款的主要原因'] },
  { id: 'external_finance_share', headers: ['external finance share', 'share financed externally', 'external finance', '外部融资比例', '外部融资占比'] },
  // Facts the derived constraints read.
  { id: 'collateral_value', headers: ['collateral', 'collateral value', '抵押物价值', '抵押品价值', '可抵押资产价值'] },
  { id: 'loan_need', headers: ['loan need', 'loan needed', 'financing need', '贷款需求', '融资需求', '贷款需求金额'] },
  { id: 'credit_history_years', headers: ['credit history', 'credit history years', 'years of credit history', '信用记录年限', '信贷记录年限', '信用历史年限'] },
  { id: 'audited_accounts', headers: ['audited', 'audited accounts', 'audited financial statements', '经审计', '财务报表经审计', '审计报告'] },
  { id: 'owner_operated', headers: ['owner operated', 'owner managed', 'family managed', '业主经营', '所有者经营', '家族经营'] },
  { id: 'independent_director', headers: ['independent director', 'independent directors', 'outside director', '独立董事', '有独立董事'] },
  // Venture-capital fit (Table A.1).
  { id: 'stage', headers: ['development stage', 'business stage', 'stage of development', '发展阶段', '企业发展阶段'] },
  { id: 'university_link', headers: ['university link', 'university links', 'university partner', '高校合作', '校企合作', '大学合作'] },
  { id: 'location', headers: ['location type', 'city tier', '所在地', '所在地类型', '城市级别'] },
  { id: 'high_tech', headers: ['high tech', 'high tech enterprise', 'technology intensive', '高新技术企业', '高新技术'] },
  { id: 'high_growth', headers: ['high growth', 'high growth firm', '高成长', '高成长企业'] },
  // Instrument facts.
  { id: 'equipment_need', headers: ['equipment need', 'needs equipment', '设备需求', '设备购置需求'] },
  { id: 'receivables_share', headers: ['receivables share', 'credit sales share', 'share of sales on credit', '应收账款占比', '赊销比例'] },
  { id: 'buyers_creditworthy', headers: ['creditworthy buyers', 'buyers creditworthy', '买方信用良好', '客户信用良好'] },
  { id: 'cluster_member', headers: ['cluster member', 'in a cluster', '集群成员', '产业集群成员', '集群企业'] },
  { id: 'debt_outstanding', headers: ['debt outstanding', 'outstanding debt', 'total debt', '负债余额', '未偿债务', '贷款余额'] },
  // One column per constraint: a direct yes / no / unknown answer.
  ...CONSTRAINTS.map((c) => ({ id: c.id, headers: [c.label, ...CONSTRAINT_HEADERS[c.id]] })),
];
