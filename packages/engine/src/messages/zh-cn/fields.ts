import type { Catalogue } from '../catalogue.js';

/**
 * `field.<id>`: a field as Chinese messages name it, by a Chinese column header the command line
 * and the add-in recognise for it (fields/*-columns.ts; a test checks each one reads back as its id).
 */
const NAMES: Readonly<Record<string, string>> = {
  // Size.
  firm: '企业名称',
  sector: '行业',
  employees: '从业人员',
  revenue: '营业收入',
  assets: '资产总额',
  // Capability.
  rd_spend: '研发投入',
  new_product_share: '新产品销售占比',
  patents: '专利数',
  own_brand: '自有品牌',
  process_innovation: '工艺创新',
  quality_certified: '质量认证',
  automation_share: '自动化比例',
  labour_productivity_ratio: '相对劳动生产率',
  export_share: '出口占比',
  market_position: '市场地位',
  product_capability: '产品技术能力',
  process_capability: '工艺技术能力',
  // Financing: loan-application facts, derived constraints, venture capital, instruments.
  loan_applied: '是否申请贷款',
  loan_outcome: '贷款申请结果',
  no_apply_reason: '未申请贷款原因',
  external_finance_share: '外部融资比例',
  collateral_value: '抵押品价值',
  loan_need: '贷款需求',
  credit_history_years: '信用记录年限',
  audited_accounts: '财务报表经审计',
  owner_operated: '业主经营',
  independent_director: '独立董事',
  stage: '发展阶段',
  university_link: '高校合作',
  location: '所在地类型',
  high_tech: '高新技术企业',
  high_growth: '高成长企业',
  equipment_need: '设备购置需求',
  receivables_share: '应收账款占比',
  buyers_creditworthy: '买方信用良好',
  cluster_member: '集群成员',
  debt_outstanding: '负债余额',
  // Financing: one column per constraint.
  differential_treatment: '差别待遇',
  low_credit_accountability: '账目不实',
  no_collateral: '缺乏抵押品',
  low_transparency: '信息不透明',
  weak_governance: '公司治理薄弱',
  market_risk: '市场风险',
  short_credit_history: '信用记录短',
  no_bank_competition: '银行竞争不足',
  small_loans_uneconomic: '小额贷款不经济',
  thin_capital_markets: '资本市场不发达',
  incomplete_commodity_markets: '商品市场不完善',
  second_tier_perception: '被视为二流企业',
  local_government_interference: '地方政府干预',
  // Clusters.
  lead_firm: '龙头企业',
  supplies_to: '供应对象',
  cooperates_with: '合作企业',
  linked_agents: '关联机构',
  government_role: '政府角色',
};

export const fields: Catalogue = Object.fromEntries(Object.entries(NAMES).map(([id, name]) => [`field.${id}`, name]));
