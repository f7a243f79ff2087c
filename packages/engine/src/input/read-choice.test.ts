import { describe, expect, it } from 'vitest';
import { readChoice, type ChoiceWords } from './read-choice.js';

const COLOURS: ChoiceWords<'red' | 'green'> = { invalidCode: 'test.colour-invalid', allowed: ['red', 'green'], words: { red: 'red', 红: 'red', 'Light-Green': 'green', '2': 'green' } };

describe('readChoice', () => {
  it('reads words regardless of case, spacing, hyphens; numbers through their text', () => {
    expect(readChoice('  RED ', 'c', COLOURS)).toEqual({ kind: 'choice', value: 'red' });
    expect(readChoice('light_green', 'c', COLOURS)).toEqual({ kind: 'choice', value: 'green' });
    expect(readChoice('红', 'c', COLOURS)).toEqual({ kind: 'choice', value: 'red' });
    expect(readChoice(2, 'c', COLOURS)).toEqual({ kind: 'choice', value: 'green' });
  });
  it('blank is missing', () => {
    expect(readChoice(undefined, 'c', COLOURS)).toEqual({ kind: 'missing' });
    expect(readChoice('  ', 'c', COLOURS)).toEqual({ kind: 'missing' });
  });
  it('anything else is an issue quoting it, with a suggestion for a typo but never for a number', () => {
    expect(readChoice('rad', 'c', COLOURS)).toEqual({ kind: 'invalid', issue: { code: 'test.colour-invalid', field: 'c', params: { got: 'rad', allowed: ['red', 'green'], suggestion: 'red' } } });
    expect(readChoice(3, 'c', COLOURS)).toEqual({ kind: 'invalid', issue: { code: 'test.colour-invalid', field: 'c', params: { got: '3', allowed: ['red', 'green'] } } });
  });
});
