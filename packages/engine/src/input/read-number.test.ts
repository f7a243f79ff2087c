import { describe, expect, it } from 'vitest';
import { readNonNegative } from './read-number.js';

describe('readNonNegative', () => {
  it.each([
    [350, 350],
    ['350', 350],
    [' 1,234.5 ', 1234.5],
    ['1 234', 1234],
    ['2.5e3', 2500],
    [0, 0],
  ])('%j reads as %d', (raw, value) => {
    expect(readNonNegative(raw, 'employees')).toEqual({ kind: 'value', value });
  });

  it.each([null, undefined, '', '   '])('%j is missing', (raw) => {
    expect(readNonNegative(raw, 'employees')).toEqual({ kind: 'missing' });
  });

  it.each([
    ['1,23', "'1,23'"],
    ['12abc', "'12abc'"],
    ['-0.5', '-0.5'],
  ])('%j is invalid, quoted as %s', (raw, got) => {
    expect(readNonNegative(raw, 'revenue')).toEqual({ kind: 'invalid', issue: { code: 'value.not-a-number', field: 'revenue', params: { got } } });
  });
});
