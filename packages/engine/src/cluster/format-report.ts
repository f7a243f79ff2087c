import type { IssueParams } from '../issue.js';
import { catalogueOf, formatIssue, formatIssues, type Language } from '../messages/format.js';
import type { ClusterReport } from './assess-cluster.js';

/** The cluster report as plain text for a terminal: headings, then indented reasons. Row numbers count firm rows from 1. */
export function formatClusterReport(report: ClusterReport, lang: Language = 'en'): string {
  const catalogue = catalogueOf(lang);
  const label = (key: string): string => {
    const entry = catalogue[key];
    return typeof entry === 'string' ? entry : key;
  };
  const say = (code: string, params: IssueParams = {}) => formatIssue({ code, params }, lang);
  const lines: string[] = [];
  const bullet = (text: string, depth = 1) => lines.push(`${'  '.repeat(depth)}- ${text}`);

  if (!report.ok) {
    lines.push(label('report.not-rated'));
    for (const e of report.errors) bullet(formatIssue(e, lang));
    return lines.join('\n');
  }

  lines.push(say('report.title', { firms: report.firms }));

  const s = report.size;
  lines.push('', say('report.size', { standard: s.standard, unit: label(`unit.${s.unit}`), rated: s.rated, firms: report.firms }));
  bullet(say('report.size-counts', { counts: s.counts }));
  lines.push(label('report.missing-middle'));
  for (const r of report.missingMiddle.reasons) bullet(formatIssue(r, lang));

  const t = report.clusterType;
  lines.push('', say('report.cluster-type-line', { type: t.type }));
  for (const r of t.reasons) bullet(formatIssue(r, lang));

  const m = report.modes;
  lines.push('', say('report.modes', { rated: m.rated, firms: report.firms }));
  bullet(say('report.mode-counts', { counts: m.modes }));
  lines.push(label('report.combined-modes'));
  bullet(say('report.combined-counts', { counts: m.combined }));
  if (m.exportUnknown > 0) bullet(say('report.export-unknown', { count: m.exportUnknown }));

  lines.push('', label('report.levers'));
  if (report.levers.length === 0) bullet(label('report.none'));
  for (const lever of report.levers) {
    bullet(`${lever.section} ${label(`lever-name.${lever.id}`)}`);
    for (const r of lever.reasons) bullet(formatIssue(r, lang), 2);
  }

  if (report.unrated.length > 0) {
    lines.push('', label('report.unrated'));
    for (const u of report.unrated) bullet(say('report.unrated-row', { row: u.index + 1, firm: u.firm, part: u.part, message: formatIssues(u.issues, lang) }));
  }
  if (report.warnings.length > 0) {
    lines.push('', label('report.warnings'));
    for (const w of report.warnings) bullet(formatIssue(w, lang));
  }
  return lines.join('\n');
}
