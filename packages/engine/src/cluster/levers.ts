import { issue, type Issue } from '../issue.js';
import type { CapabilityRating } from '../capability/assess-capability.js';
import { ORGANIZED_MIN_COOPERATING_SHARE, type ClusterTyping } from './cluster-type.js';
import type { MissingMiddle } from './missing-middle.js';

/** The policy levers of paper §5.1–5.5, in the paper's order. */
export const POLICY_LEVERS = [
  { id: 'regulatory', section: '§5.1' },
  { id: 'cooperation', section: '§5.2' },
  { id: 'information', section: '§5.3' },
  { id: 'domestic-transfer', section: '§5.4' },
  { id: 'international-transfer', section: '§5.5' },
] as const;
export type LeverId = (typeof POLICY_LEVERS)[number]['id'];

/**
 * What in a cluster's profile calls for each lever, and where the paper says so. A lever is listed
 * when at least one of its triggers holds; each trigger that holds is a reason (catalogue entry
 * `lever.<trigger>`). "Most firms" means at least LEVER_MAJORITY_SHARE of the firms rated.
 */
export const LEVER_TRIGGERS = [
  { id: 'low-export-majority', lever: 'regulatory', section: '§2.3, §5.1', when: 'most firms with an export share have low export orientation' },
  { id: 'direct-government', lever: 'regulatory', section: '§5, §5.1', when: 'government_role is direct' },
  { id: 'no-cooperation', lever: 'cooperation', section: '§5.2, §5.5', when: 'the cluster is an agglomeration only' },
  { id: 'few-cooperating', lever: 'cooperation', section: '§5.2', when: 'firms are linked, but the share that cooperates is below ORGANIZED_MIN_COOPERATING_SHARE' },
  { id: 'missing-middle', lever: 'cooperation', section: '§1, §5', when: 'the size distribution has a missing middle' },
  { id: 'demonstrator', lever: 'cooperation', section: '§5.2', when: 'a fast follower sits beside firms in other modes (a benchmark within the cluster)' },
  { id: 'no-bank', lever: 'information', section: '§5.3', when: 'no bank or financial intermediary is linked' },
  { id: 'no-intermediary', lever: 'information', section: '§5.3', when: 'no non-financial intermediary (marketing, HR) is linked' },
  { id: 'no-government', lever: 'information', section: '§5, §5.3', when: 'government has no role, or none is given' },
  { id: 'no-university', lever: 'domestic-transfer', section: '§5.4', when: 'no university or R&D institute is linked' },
  { id: 'low-product-majority', lever: 'domestic-transfer', section: '§5.4', when: 'most firms have low product capability' },
  { id: 'process-pioneers', lever: 'international-transfer', section: '§2.2, §5.5', when: 'some firms are process pioneers (product capability to add by licensing)' },
  { id: 'low-product-exporters', lever: 'international-transfer', section: '§5.5', when: 'some firms export with low product capability' },
  { id: 'product-pioneers', lever: 'international-transfer', section: '§5.5', when: 'some firms are product pioneers (own technology to protect)' },
] as const satisfies readonly { id: string; lever: LeverId; section: string; when: string }[];
export type LeverTrigger = (typeof LEVER_TRIGGERS)[number]['id'];

export const LEVER_MAJORITY_SHARE = 0.5;

export interface PolicyLever {
  readonly id: LeverId;
  readonly section: string;
  readonly reasons: readonly Issue[];
}

export interface ClusterProfile {
  readonly typing: ClusterTyping;
  readonly middle: MissingMiddle;
  /** Capability ratings of the firms that could be rated, with their names. */
  readonly rated: readonly { readonly firm: string; readonly rating: CapabilityRating }[];
}

export function policyLevers(profile: ClusterProfile): PolicyLever[] {
  const { typing, middle, rated } = profile;
  const held = new Map<LeverTrigger, Record<string, string | number | string[]>>();
  const most = (n: number, of: number) => of > 0 && n / of >= LEVER_MAJORITY_SHARE;
  const names = (pick: (r: CapabilityRating) => boolean) => rated.filter((r) => pick(r.rating)).map((r) => r.firm);

  const withExport = rated.filter((r) => r.rating.exportOrientation !== null);
  const lowExport = withExport.filter((r) => r.rating.exportOrientation === 'low').length;
  if (most(lowExport, withExport.length)) held.set('low-export-majority', { count: lowExport, of: withExport.length });
  if (typing.governmentRole === 'direct') held.set('direct-government', {});

  if (typing.type === 'agglomeration-only') held.set('no-cooperation', {});
  else if (typing.cooperatingShare < ORGANIZED_MIN_COOPERATING_SHARE) held.set('few-cooperating', { share: typing.cooperatingShare });
  if (middle.missing === true) held.set('missing-middle', { large: middle.large, medium: middle.medium, smallOrMicro: middle.smallOrMicro });
  const leaders = names((r) => r.mode === 'fast-follower');
  if (leaders.length > 0 && leaders.length < rated.length) held.set('demonstrator', { firms: leaders });

  if (!typing.agents.includes('bank')) held.set('no-bank', {});
  if (!typing.agents.includes('intermediary')) held.set('no-intermediary', {});
  if (typing.governmentRole === null || typing.governmentRole === 'none') held.set('no-government', {});

  if (!typing.agents.includes('university')) held.set('no-university', {});
  const lowProduct = rated.filter((r) => r.rating.product === 'low').length;
  if (most(lowProduct, rated.length)) held.set('low-product-majority', { count: lowProduct, of: rated.length });

  const processPioneers = names((r) => r.mode === 'process-pioneer');
  if (processPioneers.length > 0) held.set('process-pioneers', { firms: processPioneers });
  const lowProductExporters = names((r) => r.product === 'low' && r.exportOrientation === 'high');
  if (lowProductExporters.length > 0) held.set('low-product-exporters', { firms: lowProductExporters });
  const productPioneers = names((r) => r.mode === 'product-pioneer');
  if (productPioneers.length > 0) held.set('product-pioneers', { firms: productPioneers });

  return POLICY_LEVERS.flatMap((lever) => {
    const reasons = LEVER_TRIGGERS.filter((t) => t.lever === lever.id && held.has(t.id)).map((t) => issue(`lever.${t.id}`, { ...held.get(t.id)!, section: t.section }));
    return reasons.length === 0 ? [] : [{ id: lever.id, section: lever.section, reasons }];
  });
}
