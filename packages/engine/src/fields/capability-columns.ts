import type { FieldColumn } from './columns.js';

/**
 * Columns of the capability rating (issue 3). `revenue`, `employees`, `sector` and `firm` mean the
 * same as in SIZE_COLUMNS (their headers are repeated so this list works on its own). R&D spend is
 * in the same money unit as revenue; shares are fractions 0–1 or percentages; yes/no columns take
 * yes / no / unknown or 是 / 否 / 不知道.
 */
export const CAPABILITY_COLUMNS: readonly FieldColumn[] = [
  { id: 'firm', headers: ['firm name', 'company', 'name', '企业名称', '企业'] },
  { id: 'sector', headers: ['industry sector', '行业', '所属行业'] },
  { id: 'employees', headers: ['persons', 'headcount', 'staff', 'employee count', '从业人员', '从业人员数', '职工人数'] },
  { id: 'revenue', headers: ['sales', 'turnover', 'operating revenue', 'sales income', '营业收入', '销售额', '销售收入'] },
  { id: 'rd_spend', headers: ['R&D spend', 'R&D expenditure', 'R&D spending', 'research and development spend', '研发投入', '研发费用', '研发经费支出', 'R&D经费支出'] },
  {
    id: 'new_product_share',
    headers: ['new product share', 'new products share', 'share of sales from new products', 'new or improved product share', '新产品销售占比', '新产品销售收入占比', '新产品占比'],
  },
  { id: 'patents', headers: ['patents', 'patent count', 'IP titles', 'patents or IP', '专利', '专利数', '专利数量', '知识产权数'] },
  { id: 'own_brand', headers: ['own brand', 'own design', 'own design or brand', 'brand', '自有品牌', '自主品牌', '自主设计'] },
  { id: 'process_innovation', headers: ['process innovation', 'process innovation last 3 years', '工艺创新', '流程创新', '近三年工艺创新'] },
  { id: 'quality_certified', headers: ['quality certified', 'quality certification', 'ISO 9001', 'ISO9001', '质量认证', '质量体系认证', 'ISO9001认证'] },
  { id: 'automation_share', headers: ['automation share', 'automated or recent equipment share', 'equipment automation', '自动化比例', '设备自动化率', '自动化或新设备占比'] },
  {
    id: 'labour_productivity_ratio',
    headers: ['labour productivity ratio', 'labor productivity ratio', 'productivity vs sector median', '劳动生产率比', '劳动生产率（相对行业中位数）', '相对劳动生产率'],
  },
  { id: 'export_share', headers: ['export share', 'exports share of sales', 'export ratio', '出口占比', '出口比例', '出口销售占比'] },
  { id: 'market_position', headers: ['market position', '市场地位', '市场位置'] },
  { id: 'product_capability', headers: ['product capability', 'product technology capability', '产品技术能力', '产品能力'] },
  { id: 'process_capability', headers: ['process capability', 'process technology capability', '工艺技术能力', '工艺能力', '生产工艺能力'] },
];
