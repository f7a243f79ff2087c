import { assessFirm, type AssessOptions } from '../assess/assess-firm.js';
import { COMBINED_MODE_IDS, FIGURE_1, MODES, type Mode, type Strategy } from '../capability/modes.js';
import type { FirmRow } from '../fields/firm-row.js';
import { CONSTRAINTS } from '../finance/constraints.js';
import { CREDIT_STATUSES, type CreditStatus } from '../finance/credit-survey-items.js';
import type { IssueParams } from '../issue.js';
import { catalogueOf, formatIssue, formatIssues, type Language } from '../messages/format.js';
import { RULES_VERSION } from '../rules-version.js';
import { SIZE_CLASSES } from '../size/standard.js';
import type { ClusterAssessment } from './assess-cluster.js';

/** How the financing columns of a cluster's rows add up: which constraints bind how often, and credit statuses. */
export interface ClusterFinance {
  /** Rows with financing columns that could be assessed. */
  readonly assessed: number;
  readonly constraints: readonly { readonly id: string; readonly group: 'internal' | 'external'; readonly binding: number; readonly answered: number }[];
  readonly statuses: Readonly<Record<CreditStatus | 'not-determined', number>>;
}

export function clusterFinance(rows: readonly FirmRow[], options: AssessOptions = {}): ClusterFinance {
  const binding = new Map<string, number>();
  const answered = new Map<string, number>();
  const statuses: Record<CreditStatus | 'not-determined', number> = { 'not-constrained': 0, 'maybe-constrained': 0, 'partially-constrained': 0, 'fully-constrained': 0, 'not-determined': 0 };
  let assessed = 0;
  for (const row of rows) {
    const financing = assessFirm(row, options).financing;
    if (!financing?.ok) continue;
    assessed += 1;
    for (const b of financing.constraints.binding) binding.set(b.id, (binding.get(b.id) ?? 0) + 1);
    const unanswered = new Set<string>(financing.constraints.unansweredIds);
    for (const c of CONSTRAINTS) if (!unanswered.has(c.id)) answered.set(c.id, (answered.get(c.id) ?? 0) + 1);
    statuses[financing.creditStatus?.status ?? 'not-determined'] += 1;
  }
  return {
    assessed,
    constraints: CONSTRAINTS.map((c) => ({ id: c.id, group: c.group, binding: binding.get(c.id) ?? 0, answered: answered.get(c.id) ?? 0 })),
    statuses,
  };
}

export type Cell = string | number;

/** One block of the report sheet: a title, a header row and the rows; `chart` says how the pane draws it. */
export interface ReportTable {
  readonly id: 'size' | 'missing-middle' | 'modes' | 'combined-modes' | 'constraints' | 'credit-status' | 'cluster-type' | 'levers' | 'unrated';
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** 0-based columns holding shares (fractions), to be shown as percentages. */
  readonly percent?: readonly number[];
  readonly chart?: 'column' | 'bar' | 'pie';
}

const STRATEGY_OF: Readonly<Record<Mode, Strategy>> = Object.fromEntries(
  Object.values(FIGURE_1).flatMap((byProduct) => Object.values(byProduct).map((q) => [q.mode, q.strategy])),
) as Record<Mode, Strategy>;

/** The terminal report's "Missing middle:" lead-ins, as a table title. */
const heading = (text: string) => text.replace(/[:：]\s*$/, '');

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/**
 * The cluster report as tables, in the user's language: what the task pane's "Insert report sheet"
 * and `sme-navigator cluster --out report.xlsx` both write, so a colleague without the add-in
 * reads the same report. Shares are fractions (format them as %).
 */
export function clusterReportTables(report: ClusterAssessment, finance: ClusterFinance, lang: Language = 'en'): ReportTable[] {
  const catalogue = catalogueOf(lang);
  const label = (key: string): string => {
    const entry = catalogue[key];
    return typeof entry === 'string' ? entry : key;
  };
  const say = (code: string, params: IssueParams = {}) => formatIssue({ code, params }, lang);
  const s = report.size;
  const tables: ReportTable[] = [
    {
      id: 'size',
      title: say('sheet.size-title', { standard: s.standard, unit: label(`unit.${s.unit}`), rated: s.rated, firms: report.firms }),
      header: [label('sheet.col.class'), label('sheet.col.firms'), label('sheet.col.share')],
      rows: SIZE_CLASSES.map((c) => [label(`class.${c}`), s.counts[c], share(s.counts[c], s.rated)]),
      percent: [2],
      chart: 'column',
    },
    {
      id: 'missing-middle',
      title: heading(label('report.missing-middle')),
      header: [label('sheet.col.finding')],
      rows: report.missingMiddle.reasons.map((r) => [formatIssue(r, lang)]),
    },
    {
      id: 'modes',
      title: say('sheet.modes-title', { rated: report.modes.rated, firms: report.firms }),
      header: [label('sheet.col.mode'), label('sheet.col.strategy'), label('sheet.col.firms'), label('sheet.col.share')],
      rows: MODES.map((m) => [label(`mode.${m}`), label(`strategy.${STRATEGY_OF[m]}`), report.modes.modes[m], share(report.modes.modes[m], report.modes.rated)]),
      percent: [3],
      chart: 'bar',
    },
    {
      id: 'combined-modes',
      title: heading(label('report.combined-modes')),
      header: [label('sheet.col.mode'), label('sheet.col.firms')],
      rows: COMBINED_MODE_IDS.map((m) => [label(`combined-mode.${m}`), report.modes.combined[m]]),
    },
    {
      id: 'constraints',
      title: say('sheet.constraints-title', { assessed: finance.assessed, firms: report.firms }),
      header: [label('sheet.col.constraint'), label('sheet.col.group'), label('sheet.col.binding'), label('sheet.col.answered'), label('sheet.col.share-binding')],
      rows: [...finance.constraints]
        .sort((a, b) => share(b.binding, b.answered) - share(a.binding, a.answered))
        .map((c) => [label(`finance.constraint.${c.id}`), label(`finance.group.${c.group}`), c.binding, c.answered, share(c.binding, c.answered)]),
      percent: [4],
      chart: 'bar',
    },
    {
      id: 'credit-status',
      title: say('sheet.credit-title', { assessed: finance.assessed }),
      header: [label('sheet.col.status'), label('sheet.col.firms'), label('sheet.col.share')],
      rows: [...CREDIT_STATUSES, 'not-determined' as const].map((st) => [
        st === 'not-determined' ? label('finance.cell.not-determined') : label(`finance.credit-status.${st}`),
        finance.statuses[st],
        share(finance.statuses[st], finance.assessed),
      ]),
      percent: [2],
      chart: 'pie',
    },
    {
      id: 'cluster-type',
      title: say('report.cluster-type-line', { type: report.clusterType.type }),
      header: [label('sheet.col.reason')],
      rows: report.clusterType.reasons.map((r) => [formatIssue(r, lang)]),
    },
    {
      id: 'levers',
      title: heading(label('report.levers')),
      header: [label('sheet.col.section'), label('sheet.col.lever'), label('sheet.col.reason')],
      rows: report.levers.flatMap((l) => l.reasons.map((r) => [l.section, label(`lever-name.${l.id}`), formatIssue(r, lang)])),
    },
  ];
  if (report.unrated.length > 0)
    tables.push({
      id: 'unrated',
      title: heading(label('report.unrated')),
      header: [label('sheet.col.firm-row'), label('sheet.col.firm'), label('sheet.col.part'), label('sheet.col.reason')],
      rows: report.unrated.map((u) => [u.index + 1, u.firm, u.part, formatIssues(u.issues, lang)]),
    });
  return tables;
}

/** The sheet's heading lines: what it is, the rules that made it, and why charts may be tables. */
export function clusterReportHeading(lang: Language = 'en', chartsDrawn = false): string[] {
  const say = (code: string, params: IssueParams = {}) => formatIssue({ code, params }, lang);
  return [say('sheet.title'), say('sheet.rules', { version: RULES_VERSION }), ...(chartsDrawn ? [] : [say('sheet.no-charts')])];
}
