/**
 * The guided assessment: what the row gives, then only the missing questions, a step at a time.
 * Back and Next keep every answer; nothing blocks Next but an answer that cannot be read.
 */
import { Body1, Button, Caption1, Link, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { answerProblem, askedIn, stepsToAsk, type Known, type StepId } from '../core/questions.js';
import type { SheetLayout } from '../gateway/types.js';
import { useStrings, type Catalogue } from '../strings/index.js';
import { QuestionInput } from './QuestionInput.js';

export type WizardStep = 'found' | StepId;

export interface WizardProps {
  readonly layout: SheetLayout;
  /** Fields the row gives: header and value, in column order. */
  readonly found: readonly { readonly field: string; readonly header: string; readonly value: string }[];
  readonly known: Known;
  readonly step: WizardStep;
  readonly onStep: (step: WizardStep) => void;
  readonly onAnswer: (field: string, value: string) => void;
  readonly onFinish: () => void;
  readonly onCancel: () => void;
  readonly onEditMapping: () => void;
  readonly firmLabel: string;
}

const STEP_TITLE: Record<WizardStep, keyof Catalogue> = {
  found: 'stepFound',
  size: 'stepSize',
  capability: 'stepCapability',
  export: 'stepExport',
  facts: 'stepFacts',
  constraints: 'stepConstraints',
  credit: 'stepCredit',
};

export function Wizard({ found, known, step, onStep, onAnswer, onFinish, onCancel, onEditMapping, firmLabel }: WizardProps) {
  const { t } = useStrings();
  const heading = useRef<HTMLHeadingElement>(null);
  const steps: WizardStep[] = ['found', ...stepsToAsk(known)];
  const index = Math.max(0, steps.indexOf(step));
  const current = steps[index]!;
  const questions = current === 'found' ? [] : askedIn(current, known);
  const asked = steps.slice(1).reduce((n, s) => n + askedIn(s as StepId, known).length, 0);
  const blocked = questions.some((q) => answerProblem(q, known.answers[q.field] ?? '') !== null);
  const last = index === steps.length - 1;

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    heading.current?.focus();
  }, [current]);

  const title = t[STEP_TITLE[current]] as string;
  return (
    <section aria-label={t.wizardTitle} style={{ display: 'grid', gap: 12 }}>
      <Caption1>{firmLabel}</Caption1>
      <h2
        ref={heading}
        tabIndex={-1}
        style={{ margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold }}
      >
        {t.stepOf({ step: index + 1, total: steps.length, title })}
      </h2>

      {current === 'found' ? (
        <>
          <Body1>{found.length === 0 ? t.foundNone : t.foundIntro({ found: found.length, asked })}</Body1>
          {found.length > 0 && (
            <dl style={{ margin: 0, display: 'grid', gap: 2, maxHeight: 260, overflow: 'auto' }} data-testid="found-list" tabIndex={0}>
              {found.map((f) => (
                <div key={f.field} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
                  <dt style={{ fontSize: tokens.fontSizeBase200 }}>{f.header}</dt>
                  <dd style={{ margin: 0 }}>
                    <Text>{f.value}</Text>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <Link as="button" onClick={onEditMapping}>
            {t.editMapping}
          </Link>
        </>
      ) : (
        <div style={{ display: 'grid', gap: 14 }}>
          {current === 'constraints' && <Caption1>{t.constraintDerivedSkipped}</Caption1>}
          {questions.map((q) => (
            <QuestionInput key={q.field} question={q} value={known.answers[q.field]} onChange={(v) => onAnswer(q.field, v)} />
          ))}
        </div>
      )}

      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={() => (index === 0 ? onCancel() : onStep(steps[index - 1]!))}>{index === 0 ? t.cancel : t.back}</Button>
        <Button appearance="primary" disabled={blocked} onClick={() => (last ? onFinish() : onStep(steps[index + 1]!))}>
          {last ? t.seeResult : t.next}
        </Button>
      </div>
    </section>
  );
}
