import { issue, type Issue } from '../issue.js';
import { AGENT_KIND_IDS, type AgentKind, type ClusterGraph, type GovernmentRole } from './linkage.js';

/**
 * Cluster types of paper §2.5 (and §5.5 for the simple agglomeration), decided in this order:
 *
 * 1. `agglomeration-only`: no supply or cooperation link between any two firms ("inter-firm
 *    cooperation is almost nil", §5.5).
 * 2. `organized`: active cooperation and directed linkages among the firms, with government at the
 *    infrastructure or coordination level. Read as: at least half the firms cooperate with another
 *    firm, at least one supply link, and `government_role` infrastructure or coordination.
 * 3. `network`: the lead firm is linked with every other firm ("Firm A + Firms A1, A2, A3, A4").
 * 4. `vertical`: the lead firm is linked with some of them ("Firm A + Firm A1/A3").
 *
 * Both formulas add functional agents; a cluster with firm links but no agent keeps the type its
 * links give, with a reason saying no agent is linked (and the §5.3–5.4 levers follow from it).
 * The lead firm is the first row flagged in `lead_firm`; with none flagged (or the flagged one
 * unlinked), the firm with the most links, the first listed on a tie, with a reason saying so.
 */
export const CLUSTER_TYPES = ['vertical', 'network', 'organized', 'agglomeration-only'] as const;
export type ClusterType = (typeof CLUSTER_TYPES)[number];

/** Share of firms with a cooperation link at or above which cooperation counts as "active" (engine's reading of §2.5). */
export const ORGANIZED_MIN_COOPERATING_SHARE = 0.5;
export const ORGANIZED_GOVERNMENT_ROLES: readonly GovernmentRole[] = ['infrastructure', 'coordination'];

export interface ClusterTyping {
  readonly type: ClusterType;
  readonly leadFirm: string | null;
  readonly agents: readonly AgentKind[];
  readonly governmentRole: GovernmentRole | null;
  readonly supplyLinks: number;
  readonly cooperationLinks: number;
  /** Firms with a cooperation link ÷ firms. */
  readonly cooperatingShare: number;
  readonly reasons: readonly Issue[];
  readonly warnings: readonly Issue[];
}

export function typeCluster(graph: ClusterGraph): ClusterTyping {
  const reasons: Issue[] = [];
  const warnings: Issue[] = [];
  const firms = graph.firms;
  const agents = AGENT_KIND_IDS.filter((a) => graph.agents.has(a));
  const cooperatingShare = firms.length === 0 ? 0 : graph.cooperating.size / firms.length;
  const base = {
    agents,
    governmentRole: graph.governmentRole,
    supplyLinks: graph.supplyLinks,
    cooperationLinks: graph.cooperationLinks,
    cooperatingShare,
  };
  const linksOf = (f: string) => graph.neighbours.get(f)?.size ?? 0;

  if (graph.supplyLinks + graph.cooperationLinks === 0) {
    reasons.push(issue('cluster.no-links', { firms: firms.length }));
    reasons.push(agentsReason(agents));
    return { type: 'agglomeration-only', leadFirm: graph.flaggedLeads[0] ?? null, ...base, reasons, warnings };
  }

  const hub = firms.reduce((best, f) => (linksOf(f) > linksOf(best) ? f : best), firms[0]!);
  const flagged = graph.flaggedLeads[0];
  let lead: string;
  if (flagged !== undefined && linksOf(flagged) > 0) {
    lead = flagged;
    reasons.push(issue('cluster.lead-flagged', { firm: lead }));
  } else {
    lead = hub;
    if (flagged !== undefined) warnings.push(issue('cluster.lead-unlinked', { firm: flagged, used: hub }, 'lead_firm'));
    reasons.push(issue('cluster.lead-inferred', { firm: hub, links: linksOf(hub) }));
  }
  if (graph.flaggedLeads.length > 1) warnings.push(issue('cluster.several-leads', { firms: [...graph.flaggedLeads], used: lead }, 'lead_firm'));

  const others = firms.filter((f) => f !== lead);
  const reached = graph.neighbours.get(lead)!;
  const unreached = others.filter((f) => !reached.has(f));
  const cooperating = graph.cooperating.size;
  const organizedChecks = {
    cooperation: cooperatingShare >= ORGANIZED_MIN_COOPERATING_SHARE,
    directedLinks: graph.supplyLinks > 0,
    government: graph.governmentRole !== null && ORGANIZED_GOVERNMENT_ROLES.includes(graph.governmentRole),
  };
  const failed = Object.entries(organizedChecks).filter(([, ok]) => !ok).map(([k]) => k);
  const linkParams = { cooperating, firms: firms.length, share: cooperatingShare, min: ORGANIZED_MIN_COOPERATING_SHARE, supply: graph.supplyLinks, role: graph.governmentRole };

  const type: ClusterType = failed.length === 0 ? 'organized' : unreached.length === 0 ? 'network' : 'vertical';
  reasons.push(issue('cluster.lead-reach', { lead, reached: others.length - unreached.length, others: others.length, unreached }));
  reasons.push(failed.length === 0 ? issue('cluster.organized', linkParams) : issue('cluster.not-organized', { ...linkParams, failed }));
  reasons.push(agentsReason(agents));
  return { type, leadFirm: lead, ...base, reasons, warnings };
}

function agentsReason(agents: readonly AgentKind[]): Issue {
  const missing = AGENT_KIND_IDS.filter((a) => !agents.includes(a));
  return agents.length === 0 ? issue('cluster.no-agents', { missing }) : issue('cluster.agents', { linked: [...agents], missing });
}
