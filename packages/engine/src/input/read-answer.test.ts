import { describe, expect, it } from 'vitest';
import { readAnswer } from './read-answer.js';

describe('readAnswer', () => {
  it.each([
    ['yes', 'yes'],
    ['Y', 'yes'],
    [true, 'yes'],
    ['是', 'yes'],
    ['No', 'no'],
    ['否', 'no'],
    [0, 'no'],
    ['unknown', 'unknown'],
    ['不知道', 'unknown'],
  ])('%j reads as %s', (raw, value) => {
    expect(readAnswer(raw, 'audited_accounts')).toEqual({ kind: 'answer', value });
  });

  it('rejects other words, quoting them', () => {
    expect(readAnswer('maybe', 'audited_accounts')).toEqual({ kind: 'invalid', issue: { code: 'answer.invalid', field: 'audited_accounts', params: { got: 'maybe' } } });
  });
});
