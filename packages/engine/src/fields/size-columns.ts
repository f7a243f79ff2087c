import type { FieldColumn } from './columns.js';

/** Columns of the size classification (issue: foundation). */
export const SIZE_COLUMNS: readonly FieldColumn[] = [
  { id: 'firm', headers: ['firm name', 'company', 'name', '企业名称', '企业'] },
  { id: 'sector', headers: ['industry sector', '行业', '所属行业'] },
  { id: 'employees', headers: ['persons', 'headcount', 'staff', 'employee count', '从业人员', '从业人员数', '职工人数'] },
  { id: 'revenue', headers: ['sales', 'turnover', 'operating revenue', '营业收入', '销售额'] },
  { id: 'assets', headers: ['total assets', 'balance sheet total', 'balance-sheet total', '资产总额'] },
];
