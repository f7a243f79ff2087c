// Clusters of firms (ADBI DP 55 §2.4–2.5, §5): size distribution and missing middle, cluster type,
// learning modes and policy levers. Exported from src/index.ts.
export {
  AGENT_KINDS,
  AGENT_KIND_IDS,
  GOVERNMENT_ROLES,
  FIRM_LIST_SEPARATORS,
  AGENT_LIST_SEPARATORS,
  type AgentKind,
  type GovernmentRole,
} from './linkage.js';
export {
  CLUSTER_TYPES,
  ORGANIZED_MIN_COOPERATING_SHARE,
  ORGANIZED_GOVERNMENT_ROLES,
  type ClusterType,
  type ClusterTyping,
} from './cluster-type.js';
export { MISSING_MIDDLE_RULE, missingMiddle, type MissingMiddle, type SizeCounts } from './missing-middle.js';
export {
  POLICY_LEVERS,
  LEVER_TRIGGERS,
  LEVER_MAJORITY_SHARE,
  type LeverId,
  type LeverTrigger,
  type PolicyLever,
} from './levers.js';
export {
  assessCluster,
  type ClusterOptions,
  type ClusterReport,
  type ClusterAssessment,
  type ClusterFailure,
  type SizeDistribution,
  type ModeDistribution,
  type UnratedRow,
} from './assess-cluster.js';
export { formatClusterReport } from './format-report.js';
export { CLUSTER_COLUMNS } from '../fields/cluster-columns.js';
export { clusterFinance, clusterReportTables, clusterReportHeading, type ClusterFinance, type ReportTable, type Cell as ReportCell } from './report-tables.js';
