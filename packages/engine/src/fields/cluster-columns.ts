import type { FieldColumn } from './columns.js';

/**
 * Linkage columns of a cluster table (issue 3), one row per firm, beside the size and capability
 * columns. Firm lists are ';'-separated firm names as written in `firm`; agent lists are separated
 * by ';', ',' or '、'.
 * - `firm`: the firm's name, which other rows use to point at it;
 * - `lead_firm`: yes / no (是 / 否): this firm is the cluster's lead firm (Firm A of §2.5);
 * - `supplies_to`: firms this firm supplies (a directed link);
 * - `cooperates_with`: firms it cooperates with (joint R&D, shared equipment, joint orders, benchmarking);
 * - `linked_agents`: functional agents it works with: university, bank, intermediary, government;
 * - `government_role`: government's part in the cluster: none, infrastructure, coordination, direct
 *   (the first value given in any row is used).
 */
export const CLUSTER_COLUMNS: readonly FieldColumn[] = [
  { id: 'firm', headers: ['firm name', 'company', 'name', '企业名称', '企业'] },
  { id: 'lead_firm', headers: ['lead firm', 'is lead firm', 'anchor firm', '龙头企业', '核心企业', '是否龙头企业'] },
  { id: 'supplies_to', headers: ['supplies to', 'supplier to', 'customers in cluster', '供货给', '供应对象', '为其供货的企业'] },
  { id: 'cooperates_with', headers: ['cooperates with', 'partners', 'cooperation partners', '合作企业', '合作对象', '与之合作的企业'] },
  { id: 'linked_agents', headers: ['linked agents', 'functional agents', 'agents', '关联机构', '合作机构', '功能机构'] },
  { id: 'government_role', headers: ['government role', 'role of government', '政府角色', '政府作用'] },
];
