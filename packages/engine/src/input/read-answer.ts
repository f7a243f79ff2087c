import { issue, type Issue } from '../issue.js';

export type Answer = 'yes' | 'no' | 'unknown';

export type AnswerReading = { readonly kind: 'answer'; readonly value: Answer } | { readonly kind: 'missing' } | { readonly kind: 'invalid'; readonly issue: Issue };

const WORDS: Readonly<Record<string, Answer>> = {
  yes: 'yes', y: 'yes', true: 'yes', '1': 'yes', 是: 'yes', 有: 'yes', 对: 'yes',
  no: 'no', n: 'no', false: 'no', '0': 'no', 否: 'no', 无: 'no', 没有: 'no', 不是: 'no',
  unknown: 'unknown', '?': 'unknown', 'n/a': 'unknown', 'not known': 'unknown', "don't know": 'unknown', 'dont know': 'unknown', 不知道: 'unknown', 未知: 'unknown', 不详: 'unknown',
};

/** A yes / no / unknown answer, typed in English or Chinese, or as TRUE/FALSE or 1/0 from a sheet. */
export function readAnswer(raw: unknown, field: string): AnswerReading {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'boolean') return { kind: 'answer', value: raw ? 'yes' : 'no' };
  const text = String(raw).trim().toLowerCase();
  if (text === '') return { kind: 'missing' };
  const value = WORDS[text];
  return value ? { kind: 'answer', value } : { kind: 'invalid', issue: issue('answer.invalid', { got: String(raw).trim() }, field) };
}
