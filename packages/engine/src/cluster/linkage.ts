import { issue, type Issue } from '../issue.js';
import { readAnswer } from '../input/read-answer.js';
import type { FirmRow } from '../fields/firm-row.js';
import { normaliseWord } from '../size/resolve-sector.js';

/**
 * Functional agents (paper §2.5): the institutions a cluster's firms interact with inside the
 * national innovation system. Typed in `linked_agents` as words from these lists.
 */
export const AGENT_KINDS = [
  {
    id: 'university',
    aliases: ['university', 'universities', 'r&d institute', 'research institute', 'institute', 'college', 'university or r&d institute', '大学', '高校', '高等院校', '科研院所', '研究院', '研究所'],
  },
  {
    id: 'bank',
    aliases: ['bank', 'banks', 'financial intermediary', 'financial institution', 'credit cooperative', 'venture capital', 'vc', '银行', '金融机构', '信用社', '风险投资', '风投'],
  },
  {
    id: 'intermediary',
    aliases: ['non-financial intermediary', 'nonfinancial intermediary', 'marketing', 'hr', 'human resources', 'consultancy', 'business association', 'association', '中介', '中介机构', '营销', '人力资源', '行业协会', '咨询'],
  },
  { id: 'government', aliases: ['government', 'government department', 'gov', 'local government', '政府', '政府部门', '地方政府'] },
] as const;
export type AgentKind = (typeof AGENT_KINDS)[number]['id'];
export const AGENT_KIND_IDS: readonly AgentKind[] = AGENT_KINDS.map((a) => a.id);

/**
 * Government's part in the cluster (§2.5: an organized cluster usually has policymakers at the
 * infrastructure or coordination level; §5: intervention should stop at intermediation, not direct
 * involvement). Typed in `government_role`; the first value given in any row is the cluster's.
 */
export const GOVERNMENT_ROLES = [
  { id: 'none', aliases: ['none', 'no', 'absent', 'no role', '无', '没有'] },
  { id: 'infrastructure', aliases: ['infrastructure', 'infrastructure level', '基础设施', '基础设施层面'] },
  { id: 'coordination', aliases: ['coordination', 'coordinator', 'intermediation', 'intermediary', 'broker', '协调', '组织协调', '中介协调'] },
  { id: 'direct', aliases: ['direct', 'direct involvement', 'directive', 'control', '直接干预', '直接参与', '行政主导'] },
] as const;
export type GovernmentRole = (typeof GOVERNMENT_ROLES)[number]['id'];

/** Firm names in `supplies_to` / `cooperates_with` are split on ';' only, as names may hold commas ("Co., Ltd."). */
export const FIRM_LIST_SEPARATORS = /[;；\n]/;
/** Agent kinds are single words, so commas and 、 separate them too. */
export const AGENT_LIST_SEPARATORS = /[;；,，、\n/]/;

const byAlias = <T extends string>(list: readonly { id: T; aliases: readonly string[] }[]) =>
  new Map<string, T>(list.flatMap((e) => [e.id, ...e.aliases].map((w) => [normaliseWord(w), e.id] as const)));
const AGENT_BY_WORD = byAlias(AGENT_KINDS);
const ROLE_BY_WORD = byAlias(GOVERNMENT_ROLES);

export interface ClusterGraph {
  /** Firm names in row order, one per distinct firm. */
  readonly firms: readonly string[];
  /** Row index of each firm's first row. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Any link (supply either way, or cooperation) between two firms. */
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** Distinct supply links (directed, "a → b"). */
  readonly supplyLinks: number;
  /** Distinct cooperation links (undirected). */
  readonly cooperationLinks: number;
  /** Firms with at least one cooperation link. */
  readonly cooperating: ReadonlySet<string>;
  readonly flaggedLeads: readonly string[];
  readonly agents: ReadonlySet<AgentKind>;
  readonly governmentRole: GovernmentRole | null;
  readonly warnings: readonly Issue[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** The firm a row is about: its `firm` name, or "#n" (its 1-based row number) when blank. */
export function firmName(row: FirmRow, index: number): string {
  return text(row.firm) || `#${index + 1}`;
}

/** Reads the linkage columns of every row into one graph of firms; problems are warnings, never errors. */
export function readLinkage(rows: readonly FirmRow[]): ClusterGraph {
  const warnings: Issue[] = [];
  const key = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const firms: string[] = [];
  rows.forEach((row, i) => {
    const name = firmName(row, i);
    const k = normaliseWord(name);
    const first = key.get(k);
    if (first !== undefined) warnings.push(issue('cluster.duplicate-firm', { name, row: i + 1, first: rowOf.get(first)! + 1 }, 'firm'));
    else {
      key.set(k, name);
      rowOf.set(name, i);
      firms.push(name);
    }
  });

  const neighbours = new Map<string, Set<string>>(firms.map((f) => [f, new Set<string>()]));
  const supply = new Set<string>();
  const cooperation = new Set<string>();
  const cooperating = new Set<string>();
  const flaggedLeads: string[] = [];
  const agents = new Set<AgentKind>();
  const roles: { role: GovernmentRole; row: number }[] = [];

  rows.forEach((row, i) => {
    const self = key.get(normaliseWord(firmName(row, i)))!;
    const targets = (field: string): string[] =>
      text(row[field])
        .split(FIRM_LIST_SEPARATORS)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .flatMap((typed) => {
          const other = key.get(normaliseWord(typed));
          if (other === undefined) warnings.push(issue('cluster.unknown-firm', { name: typed, row: i + 1 }, field));
          else if (other === self) warnings.push(issue('cluster.self-link', { name: typed, row: i + 1 }, field));
          else return [other];
          return [];
        });
    const link = (a: string, b: string) => {
      neighbours.get(a)!.add(b);
      neighbours.get(b)!.add(a);
    };
    for (const other of targets('supplies_to')) {
      supply.add(`${self}\u0000${other}`);
      link(self, other);
    }
    for (const other of targets('cooperates_with')) {
      cooperation.add([self, other].sort().join('\u0000'));
      cooperating.add(self).add(other);
      link(self, other);
    }

    const lead = readAnswer(row.lead_firm, 'lead_firm');
    if (lead.kind === 'invalid') warnings.push(issue('cluster.value-ignored', { row: i + 1, message: { code: lead.issue.code, params: lead.issue.params } }, 'lead_firm'));
    else if (lead.kind === 'answer' && lead.value === 'yes' && !flaggedLeads.includes(self)) flaggedLeads.push(self);

    for (const typed of text(row.linked_agents).split(AGENT_LIST_SEPARATORS).map((s) => s.trim()).filter((s) => s !== '')) {
      const kind = AGENT_BY_WORD.get(normaliseWord(typed));
      if (kind === undefined) warnings.push(issue('cluster.agent-unknown', { got: typed, row: i + 1, known: [...AGENT_KIND_IDS] }, 'linked_agents'));
      else agents.add(kind);
    }

    const typedRole = text(row.government_role);
    if (typedRole !== '') {
      const role = ROLE_BY_WORD.get(normaliseWord(typedRole));
      if (role === undefined) warnings.push(issue('cluster.role-unknown', { got: typedRole, row: i + 1, known: GOVERNMENT_ROLES.map((r) => r.id) }, 'government_role'));
      else roles.push({ role, row: i + 1 });
    }
  });

  const governmentRole = roles[0]?.role ?? null;
  const other = roles.find((r) => r.role !== governmentRole);
  if (other) warnings.push(issue('cluster.role-conflict', { used: governmentRole, row: roles[0]!.row, other: other.role, otherRow: other.row }, 'government_role'));

  return {
    firms,
    rowOf,
    neighbours,
    supplyLinks: supply.size,
    cooperationLinks: cooperation.size,
    cooperating,
    flaggedLeads,
    agents,
    governmentRole,
    warnings,
  };
}
