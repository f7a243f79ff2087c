/**
 * The cluster view: the capability map and the size distribution as pictures, the report's tables
 * (distribution, modes, constraint prevalence, credit status, cluster type, the §5 levers with
 * reasons), and "Insert report sheet".
 */
import type { Language, ReportTable } from '@sme-navigator/engine';
import { Body1Strong, Button, Caption1, Card, MessageBar, MessageBarBody, Subtitle2, Text, Title3, tokens } from '@fluentui/react-components';
import type { ClusterView } from '../core/cluster.js';
import { useStrings } from '../strings/index.js';
import { ClusterMap, SizeBars } from './ClusterCharts.js';

const percent = (v: number, lang: Language) => `${(v * 100).toLocaleString(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 })}%`;

function ReportTableView({ table, lang }: { table: ReportTable; lang: Language }) {
  const shares = new Set(table.percent ?? []);
  return (
    <section aria-label={table.title} data-table={table.id} style={{ display: 'grid', gap: 4, minWidth: 0 }}>
      <Body1Strong as="h4" style={{ margin: 0 }}>
        {table.title}
      </Body1Strong>
      <table style={{ borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' }}>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col" style={{ textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 4px' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td
                  key={j}
                  style={{
                    padding: '2px 4px',
                    verticalAlign: 'top',
                    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
                    textAlign: typeof c === 'number' ? 'right' : 'left',
                    // Short cells (numbers, §5.2, a lever's name) stay on one line; long reasons wrap.
                    ...(String(c).length <= 10 ? { whiteSpace: 'nowrap' as const } : { minWidth: '7em' }),
                  }}
                >
                  {typeof c === 'number' && shares.has(j) ? percent(c, lang) : String(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface ClusterPanelProps {
  readonly sheet: string;
  readonly view: ClusterView | null;
  readonly lang: Language;
  readonly onInsert: () => void;
  readonly onClose: () => void;
  readonly inserting: boolean;
  readonly status: string | null;
}

export function ClusterPanel({ sheet, view, lang, onInsert, onClose, inserting, status }: ClusterPanelProps) {
  const { t } = useStrings();
  const middle = view?.tables.find((x) => x.id === 'missing-middle');
  return (
    <section aria-label={t.clusterTitle({ sheet })} style={{ display: 'grid', gap: 12, minWidth: 0, overflowWrap: 'anywhere' }}>
      <Title3 as="h2" style={{ margin: 0 }}>
        {t.clusterTitle({ sheet })}
      </Title3>
      {view === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.clusterNone}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Caption1>{t.clusterFirms({ firms: view.firms, rated: view.points.length })}</Caption1>
          <Card>
            <Subtitle2 as="h3" style={{ margin: 0 }}>
              {t.clusterMapTitle}
            </Subtitle2>
            <ClusterMap points={view.points} lang={lang} />
          </Card>
          <Card>
            <Subtitle2 as="h3" style={{ margin: 0 }}>
              {t.sizeChartTitle}
            </Subtitle2>
            <SizeBars counts={view.report.size.counts} standard={view.report.size.standard} middle={view.report.missingMiddle} lang={lang} />
            {middle && (
              <MessageBar intent={view.report.missingMiddle.missing ? 'warning' : 'info'} layout="multiline" data-testid="missing-middle">
                <MessageBarBody>{middle.rows.map((r) => String(r[0])).join(' ')}</MessageBarBody>
              </MessageBar>
            )}
          </Card>
          <Card>
            <Subtitle2 as="h3" style={{ margin: 0 }}>
              {t.clusterTables}
            </Subtitle2>
            {view.tables
              .filter((x) => x.id !== 'missing-middle')
              .map((x) => (
                <ReportTableView key={x.id} table={x} lang={lang} />
              ))}
          </Card>
        </>
      )}
      <Caption1>{t.insertReportHint}</Caption1>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={onInsert} disabled={inserting || view === null}>
          {t.insertReport}
        </Button>
        <Button onClick={onClose}>{t.close}</Button>
      </div>
      {status && (
        <Text role="status" style={{ color: tokens.colorNeutralForeground2 }}>
          {status}
        </Text>
      )}
    </section>
  );
}
