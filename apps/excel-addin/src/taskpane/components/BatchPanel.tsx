/** Progress of a long job with Cancel, and the report: rows rated, and each row that could not be. */
import { Button, Caption1, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import type { BatchReport } from '../core/batch.js';
import type { Progress } from '../gateway/types.js';
import { useStrings } from '../strings/index.js';

const SHOWN_FAILURES = 50;

export function JobProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const { t } = useStrings();
  const p = progress ?? { phase: 'read' as const, done: 0, total: 0 };
  const label = p.phase === 'read' ? t.phaseRead(p) : p.phase === 'rate' ? t.phaseRate(p) : t.phaseWrite(p);
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <Field label={label} validationState="none">
        <ProgressBar value={p.total > 0 ? p.done / p.total : undefined} max={1} thickness="large" />
      </Field>
      <div>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}

export function BatchReportView({ report }: { report: BatchReport }) {
  const { t } = useStrings();
  if (report.cancelled)
    return (
      <MessageBar intent="warning" layout="multiline" role="status">
        <MessageBarBody>{t.batchCancelled({ written: report.written })}</MessageBarBody>
      </MessageBar>
    );
  const nothing = report.rated === 0 && report.failures.length === 0;
  return (
    <div style={{ display: 'grid', gap: 8 }} role="status" aria-live="polite">
      <MessageBar intent={report.failures.length > 0 ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          {nothing ? t.noRowsToRate : t.batchDone({ rated: report.rated, failed: report.failures.length, blank: report.blank })}
          {report.declined ? ` ${t.batchNotWritten}` : ''}
        </MessageBarBody>
      </MessageBar>
      {report.failures.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.failuresTitle}</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }} aria-label={t.failuresTitle}>
              {report.failures.slice(0, SHOWN_FAILURES).map((f) => (
                <li key={f.row}>{t.failureRow(f)}</li>
              ))}
            </ul>
            {report.failures.length > SHOWN_FAILURES && <Caption1>{t.moreFailures({ count: report.failures.length - SHOWN_FAILURES })}</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
