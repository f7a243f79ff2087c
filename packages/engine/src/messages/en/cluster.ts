import type { IssueParams } from '../../issue.js';
import { COMBINED_MODE_IDS, MODES } from '../../capability/modes.js';
import { SIZE_CLASSES } from '../../size/standard.js';
import type { Catalogue, Render } from '../catalogue.js';

const pct = (share: unknown) => `${Math.round(Number(share) * 1000) / 10} %`;
const agents = (list: unknown, r: Render) => r.list((list as string[]).map((a) => r.label(`agent.${a}`)));
const withSection = (p: IssueParams, text: string) => `${text} (${p.section})`;
const NOT_ORGANIZED: Readonly<Record<string, (p: IssueParams) => string>> = {
  cooperation: (p) => `${p.cooperating} of ${p.firms} firms cooperate (${pct(p.share)}, under ${pct(p.min)})`,
  directedLinks: () => 'no supply link',
  government: (p) => `government role ${p.role ?? 'not given'} (needs infrastructure or coordination)`,
};

export const cluster: Catalogue = {
  'cluster-type.vertical': 'a lead firm linked with some of the firms, plus functional agents (§2.5)',
  'cluster-type.network': 'a lead firm linked with every firm, plus functional agents (§2.5)',
  'cluster-type.organized': 'active cooperation and directed links among the firms, with government at the infrastructure or coordination level (§2.5)',
  'cluster-type.agglomeration-only': 'firms side by side without supply or cooperation links (§5.5)',
  'cluster-type-name.vertical': 'vertical cluster',
  'cluster-type-name.network': 'network cluster',
  'cluster-type-name.organized': 'organized cluster',
  'cluster-type-name.agglomeration-only': 'agglomeration only',

  'government-role.none': 'none',
  'government-role.infrastructure': 'infrastructure',
  'government-role.coordination': 'coordination',
  'government-role.direct': 'direct',

  'agent.university': 'university or R&D institute',
  'agent.bank': 'bank or financial intermediary',
  'agent.intermediary': 'non-financial intermediary (marketing, HR)',
  'agent.government': 'government department',

  'lever-name.regulatory': 'regulatory environment for private business',
  'lever-name.cooperation': 'stimulating inter-firm cooperation',
  'lever-name.information': 'information, advisory and training',
  'lever-name.domestic-transfer': 'R&D and domestic technology transfer',
  'lever-name.international-transfer': 'international technology transfer',

  'cluster.no-rows': 'no firm rows given',
  'cluster.duplicate-firm': (p) => `row ${p.row}: firm '${p.name}' is already row ${p.first}; its links are added to that firm`,
  'cluster.unknown-firm': (p, r, f) => `row ${p.row}: ${r.field(f)} names '${p.name}', which is not a firm in the rows; link ignored`,
  'cluster.self-link': (p, r, f) => `row ${p.row}: ${r.field(f)} names the firm itself ('${p.name}'); link ignored`,
  'cluster.value-ignored': (p, r, f) => {
    const m = p.message as IssueParams;
    return `row ${p.row}: ${r.message(String(m.code), m.params as IssueParams, f)}; ignored`;
  },
  'cluster.agent-unknown': (p, r) => `row ${p.row}: linked_agents '${p.got}' is not an agent kind; use ${r.alternatives(p.known)}; ignored`,
  'cluster.role-unknown': (p, r) => `row ${p.row}: government_role '${p.got}' is not a role; use ${r.alternatives(p.known)}; ignored`,
  'cluster.role-conflict': (p) => `government_role differs between rows: ${p.used} (row ${p.row}) is used, not ${p.other} (row ${p.otherRow})`,
  'cluster.row-warning': (p, r, f) => {
    const m = p.message as IssueParams;
    return `row ${p.row} (${p.firm}): ${r.message(String(m.code), m.params as IssueParams, f)}`;
  },

  'cluster.no-links': (p) => `no firm supplies or cooperates with another (${p.firms} firms): agglomeration only`,
  'cluster.lead-flagged': (p) => `lead firm ${p.firm} (lead_firm = yes)`,
  'cluster.lead-inferred': (p) => `no linked lead firm flagged; ${p.firm}, the firm with the most links (${p.links}), is taken as the lead`,
  'cluster.lead-unlinked': (p) => `lead firm ${p.firm} has no link to any firm; ${p.used} is taken as the lead instead`,
  'cluster.several-leads': (p, r) => `several firms are flagged as lead (${r.list(p.firms)}); ${p.used} is used`,
  'cluster.lead-reach': (p, r) =>
    (p.unreached as string[]).length === 0
      ? `${p.lead} is linked with all ${p.others} other firms (Firm A + Firms A1…A4)`
      : `${p.lead} is linked with ${p.reached} of ${p.others} other firms; not with ${r.list(p.unreached)}`,
  'cluster.organized': (p) =>
    `organized: ${p.cooperating} of ${p.firms} firms cooperate (${pct(p.share)} ≥ ${pct(p.min)}), ${p.supply} supply link${p.supply === 1 ? '' : 's'}, government at the ${p.role} level`,
  'cluster.not-organized': (p, r) => `not organized: ${r.list((p.failed as string[]).map((k) => NOT_ORGANIZED[k]?.(p) ?? k))}`,
  'cluster.agents': (p, r) =>
    `functional agents linked: ${agents(p.linked, r)}${(p.missing as string[]).length > 0 ? `; not linked: ${agents(p.missing, r)}` : ''}`,
  'cluster.no-agents': () => 'no functional agent linked (university, bank, intermediary, government): the cluster is not yet tied into the innovation system (§2.5)',

  'cluster.middle-missing': (p) =>
    `missing middle: ${p.large} large, ${p.medium} medium, ${p.smallOrMicro} small or micro of ${p.rated} sized: medium firms are no more than large ones and fewer than small ones`,
  'cluster.middle-present': (p) => {
    const why = [
      p.hasLarge ? null : 'no large firm',
      p.smallOutnumbersMedium ? null : 'small firms do not outnumber medium ones',
      p.mediumNotAboveLarge ? null : 'more medium firms than large ones',
    ].filter((x) => x !== null);
    return `no missing middle: ${p.large} large, ${p.medium} medium, ${p.smallOrMicro} small or micro of ${p.rated} sized (${why.join('; ')})`;
  },
  'cluster.middle-unknown': 'missing middle not assessed: no firm could be sized',

  'lever.low-export-majority': (p) =>
    withSection(p, `${p.count} of ${p.of} firms with an export share have low export orientation: lower the fixed costs of exporting by cutting red tape, with local business–government consultation and agencies that help form businesses`),
  'lever.direct-government': (p) => withSection(p, 'government is directly involved: intervention should stop at intermediation, with local latitude and consultation rather than direction'),
  'lever.no-cooperation': (p) => withSection(p, 'firms neither supply nor cooperate with one another: tax incentives for cooperation, and benchmarking to show how far behind the leaders they are'),
  'lever.few-cooperating': (p) => withSection(p, `only ${pct(p.share)} of the firms cooperate with another firm: tax incentives for cooperation, and joint benchmarking`),
  'lever.missing-middle': (p) =>
    withSection(p, `missing middle (${p.large} large, ${p.medium} medium, ${p.smallOrMicro} small or micro): the collective nature of a network cluster may help small firms grow into medium ones`),
  'lever.demonstrator': (p, r) => withSection(p, `${r.list(p.firms)} (fast follower) can demonstrate best practice for the others to benchmark against`),
  'lever.no-bank': (p) => withSection(p, 'no bank or financial intermediary linked: relationship banking with the cluster rather than single firms; leasing, factoring, venture capital'),
  'lever.no-intermediary': (p) => withSection(p, 'no non-financial intermediary (marketing, HR) linked: clearing-houses that match training to the firms’ skill needs'),
  'lever.no-government': (p) => withSection(p, 'government plays no role: it can act as an intermediary agent, setting dissemination standards and organising clearing-houses'),
  'lever.no-university': (p) => withSection(p, 'no university or R&D institute linked: fora, business associations, brokers and a national referral network connect firms with research'),
  'lever.low-product-majority': (p) =>
    withSection(p, `${p.count} of ${p.of} firms have low product capability: demand-driven domestic technology transfer through brokers and innovation networks`),
  'lever.process-pioneers': (p, r) => withSection(p, `process pioneers (${r.list(p.firms)}) can add product capability through licensing and imitative learning`),
  'lever.low-product-exporters': (p, r) =>
    withSection(p, `firms exporting with low product capability (${r.list(p.firms)}): mentoring by multinationals’ affiliates in their supply chains, international consultants, training abroad`),
  'lever.product-pioneers': (p, r) => withSection(p, `product pioneers (${r.list(p.firms)}) have technology of their own to protect: an IP office in the cluster`),

  'report.not-rated': 'Cluster not rated:',
  'report.title': (p) => `Cluster of ${p.firms} firm rows`,
  'report.size': (p) => `Size under ${p.standard} (money in ${p.unit}): ${p.rated} of ${p.firms} firms sized`,
  'report.missing-middle': 'Missing middle:',
  'report.cluster-type': 'Cluster type',
  'report.cluster-type-line': (p, r) => `${r.label('report.cluster-type')}: ${p.type}: ${r.label(`cluster-type.${p.type}`)}`,
  'report.size-counts': (p, r) => SIZE_CLASSES.map((c) => `${r.label(`class.${c}`)} ${(p.counts as IssueParams)[c]}`).join(', '),
  'report.mode-counts': (p) => MODES.map((id) => `${id} ${(p.counts as IssueParams)[id]}`).join(', '),
  'report.combined-counts': (p, r) => {
    const counts = p.counts as IssueParams;
    return COMBINED_MODE_IDS.filter((id) => Number(counts[id]) > 0).map((id) => `${id} ${counts[id]}`).join(', ') || r.label('report.none');
  },
  'report.part.size': 'size',
  'report.part.capability': 'capability',
  'report.modes': (p) => `Learning modes (Figure 1): ${p.rated} of ${p.firms} firms rated`,
  'report.combined-modes': 'With export orientation (Figure 2):',
  'report.export-unknown': (p) => `${p.count} rated without an export share`,
  'report.levers': 'Policy levers (§5):',
  'report.unrated': 'Not rated:',
  'report.unrated-row': (p) => `row ${p.row} (${p.firm}), ${p.part}: ${p.message}`,
  'report.warnings': 'Warnings:',
  'report.none': 'none',
  // The report sheet (clusterReportTables): headings and column names.
  'sheet.title': 'SME Navigator cluster report',
  'sheet.rules': (p) => `Rated with SME Navigator rules ${p.version}`,
  'sheet.no-charts': 'Charts are given as their tables here: this file was written without a chart engine.',
  'sheet.size-title': (p, r) => `Size distribution under ${p.standard} (money in ${p.unit}): ${r.num(p.rated)} of ${r.num(p.firms)} firms sized`,
  'sheet.modes-title': (p, r) => `Learning modes (Figure 1): ${r.num(p.rated)} of ${r.num(p.firms)} firms rated`,
  'sheet.constraints-title': (p, r) => `Financing constraints (§3.5, Appendix A.2): ${r.num(p.assessed)} of ${r.num(p.firms)} firms assessed`,
  'sheet.credit-title': (p, r) => `Credit-constraint status (World Bank Enterprise Surveys): ${r.num(p.assessed)} firms`,
  'sheet.col.class': 'size class',
  'sheet.col.firms': 'firms',
  'sheet.col.share': 'share',
  'sheet.col.finding': 'finding',
  'sheet.col.mode': 'mode',
  'sheet.col.strategy': 'strategy',
  'sheet.col.constraint': 'constraint',
  'sheet.col.group': 'group',
  'sheet.col.binding': 'firms where it binds',
  'sheet.col.answered': 'firms answering',
  'sheet.col.share-binding': 'share binding',
  'sheet.col.status': 'status',
  'sheet.col.reason': 'reason',
  'sheet.col.section': 'section',
  'sheet.col.lever': 'policy lever',
  'sheet.col.firm-row': 'firm row',
  'sheet.col.firm': 'firm',
  'sheet.col.part': 'part',
};
