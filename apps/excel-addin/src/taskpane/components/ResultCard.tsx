/** The assessment's result: the same values the row gets, with Figure 1 and the way up. */
import { formatIssue } from '@sme-navigator/engine';
import { Body1Strong, Button, Caption1, Card, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RowRating } from '../core/rate.js';
import { engineLanguage, resultWord, useStrings } from '../strings/index.js';
import { Figure1 } from './Figure1.js';

export interface ResultCardProps {
  readonly rating: RowRating;
  /** The answers behind it, as shown in "SME Assessments". */
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  readonly onWrite: () => void;
  readonly onBack: () => void;
  readonly onClose: () => void;
  readonly writing: boolean;
  readonly status: string | null;
}

const list = (cell: string | number): string[] => (typeof cell === 'string' && cell !== '' ? cell.split('; ') : []);

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ display: 'grid', gap: 4 }}>
      <Subtitle2 as="h3" style={{ margin: 0 }}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

export function ResultCard({ rating, answers, onWrite, onBack, onClose, writing, status }: ResultCardProps) {
  const strings = useStrings();
  const { t } = strings;
  const lang = engineLanguage(strings);
  const { cells, assessment } = rating;
  const capability = assessment.capability;
  const financing = assessment.financing;
  return (
    <Card aria-label={t.resultTitle} style={{ display: 'grid', gap: 14, minWidth: 0, overflowWrap: 'anywhere' }}>
      <Section title={t.resultSize}>
        {assessment.size.ok ? (
          <>
            <Text size={500} weight="semibold" data-testid="result-size">
              {resultWord(`class.${String(cells.size)}`, lang)}
            </Text>
            <Caption1>{cells.size_reason}</Caption1>
          </>
        ) : null}
      </Section>

      {capability !== null && (
        <Section title={t.resultCapability}>
          {capability.ok ? (
            <>
              <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 12px', margin: 0 }}>
                <dt>{t.productScore}</dt>
                <dd style={{ margin: 0 }} data-testid="result-product">
                  <Body1Strong>{typeof cells.product_score === 'number' ? cells.product_score.toFixed(1) : cells.product_score}</Body1Strong>
                </dd>
                <dt>{t.processScore}</dt>
                <dd style={{ margin: 0 }} data-testid="result-process">
                  <Body1Strong>{typeof cells.process_score === 'number' ? cells.process_score.toFixed(1) : cells.process_score}</Body1Strong>
                </dd>
              </dl>
              <Text data-testid="result-mode">{t.modeStrategy({ mode: resultWord(`mode.${capability.mode}`, lang), strategy: resultWord(`strategy.${capability.strategy}`, lang) })}</Text>
              {capability.exportOrientation !== null && capability.combinedMode !== null && (
                <Text>{t.exportOrientation({ orientation: resultWord(`capability-level.${capability.exportOrientation}`, lang), combined: resultWord(`combined-mode.${capability.combinedMode}`, lang) })}</Text>
              )}
              <Figure1 rating={capability} />
              <Body1Strong>{t.wayUp}</Body1Strong>
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {capability.wayUp.map((step, i) => (
                  <li key={i}>{formatIssue(step, lang)}</li>
                ))}
              </ol>
              {cells.tech_gap !== '' && (
                // The engine's capabilityCells writes the lag's id whatever the language; the pane names it.
                <Caption1>
                  {t.techGap({
                    gap: lang === 'en' || capability.techGap.largest === null ? String(cells.tech_gap) : `${resultWord(`tech-gap-lag.${capability.techGap.largest}`, lang)} ${capability.techGap[capability.techGap.largest]}`,
                  })}
                </Caption1>
              )}
            </>
          ) : null}
        </Section>
      )}

      {financing !== null && financing.ok && (
        <Section title={t.resultFinancing}>
          <Text>{t.indices({ overall: String(cells.constraint_index), internal: String(cells.internal_index), external: String(cells.external_index) })}</Text>
          <Body1Strong>{t.bindingConstraints}</Body1Strong>
          {list(cells.binding_constraints).length > 0 ? (
            <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="result-binding">
              {list(cells.binding_constraints).map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            <Text>{t.none}</Text>
          )}
          <Text>
            {t.creditStatus}: <Body1Strong data-testid="result-credit">{String(cells.credit_status)}</Body1Strong>
          </Text>
          <Body1Strong>{t.instruments}</Body1Strong>
          {list(cells.instruments).length > 0 ? (
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {list(cells.instruments).map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            <Text>{t.none}</Text>
          )}
          <Caption1>{t.analystAid}</Caption1>
        </Section>
      )}

      {rating.errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.cannotRate}</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {rating.errors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
            {t.cannotWrite}
          </MessageBarBody>
        </MessageBar>
      )}
      {rating.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.warnings}</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {rating.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {answers.length > 0 && (
        <Section title={t.readOnlyAnswers}>
          <dl style={{ margin: 0, display: 'grid', gap: 2 }} data-testid="result-answers">
            {answers.map((a, i) => (
              <div key={i} style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 8, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
                <dt style={{ fontSize: tokens.fontSizeBase200 }}>{a.question}</dt>
                <dd style={{ margin: 0, fontWeight: 600 }}>{a.answer}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}

      {status !== null && (
        <MessageBar intent="success" layout="multiline" aria-live="polite">
          <MessageBarBody>{status}</MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={onWrite} disabled={!rating.ok || writing}>
          {t.writeToRow}
        </Button>
        <Button onClick={onBack}>{t.back}</Button>
        <Button onClick={onClose}>{t.close}</Button>
      </div>
    </Card>
  );
}
