/** One question of the guided assessment, with its help line; "unknown" is always an answer. */
import { formatIssue, SECTORS, type Language } from '@sme-navigator/engine';
import { Checkbox, Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useId } from 'react';
import { answerProblem, type Question } from '../core/questions.js';
import { UNKNOWN } from '../core/rate.js';
import { engineLanguage, useStrings, type QuestionField } from '../strings/index.js';
import type { ChoiceCatalogue } from '../strings/en.js';

export interface QuestionInputProps {
  readonly question: Question;
  /** The answer so far; undefined or "unknown" when not known. */
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
}

/** A question's label; a financing constraint's is the engine's own question (`finance.question.<id>`), in `lang`. */
export function questionLabel(question: Question, questions: ReturnType<typeof useStrings>['questions'], lang: Language = 'en'): string {
  if (!question.constraint) return questions[question.field as QuestionField].label;
  if (lang === 'en') return question.constraint.question;
  const text = formatIssue({ code: `finance.question.${question.field}`, params: {} }, lang);
  return text.startsWith('finance.question.') ? question.constraint.question : text;
}

export function QuestionInput({ question, value, onChange }: QuestionInputProps) {
  const strings = useStrings();
  const { t, questions, choices } = strings;
  const id = useId();
  const label = questionLabel(question, questions, engineLanguage(strings));
  const help = question.constraint ? t.constraintHelp({ source: question.constraint.source }) : questions[question.field as QuestionField].help;
  const current = value ?? '';
  const kind = question.kind;

  if (kind.type === 'answer') {
    return (
      <Field label={label} hint={help}>
        <RadioGroup layout="horizontal" value={current === '' ? UNKNOWN : current} onChange={(_, d) => onChange(d.value)} name={`${id}-${question.field}`}>
          <Radio value="yes" label={t.yes} />
          <Radio value="no" label={t.no} />
          <Radio value={UNKNOWN} label={t.unknown} />
        </RadioGroup>
      </Field>
    );
  }

  if (kind.type === 'choice' || kind.type === 'sector') {
    const options: [string, string][] =
      kind.type === 'sector'
        ? SECTORS.map((s) => [s.id, `${s.en} (${s.zh})`])
        : kind.options.map((o) => [o, (choices[question.field as keyof ChoiceCatalogue] as Record<string, string>)[o] ?? o]);
    return (
      <Field label={label} hint={help}>
        <Select value={current === '' ? UNKNOWN : current} onChange={(_, d) => onChange(d.value)}>
          <option value={UNKNOWN}>{t.unknown}</option>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </Select>
      </Field>
    );
  }

  // A number or a share: typed, or "I don't know".
  const unknown = current === UNKNOWN;
  const problem = unknown ? null : answerProblem(question, current);
  return (
    <Field
      label={label}
      hint={help}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem === 'number' ? t.invalidNumber : problem === 'share' ? t.invalidShare : undefined}
    >
      {(control) => (
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <Input
            {...control}
            value={unknown ? '' : current}
            disabled={unknown}
            inputMode="decimal"
            onChange={(_, d) => onChange(d.value)}
            style={{ maxWidth: 160 }}
          />
          <Checkbox checked={unknown} label={t.dontKnow} aria-label={`${label}: ${t.dontKnow}`} onChange={(_, d) => onChange(d.checked ? UNKNOWN : '')} />
        </div>
      )}
    </Field>
  );
}
