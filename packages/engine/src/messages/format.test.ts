import { describe, expect, it } from 'vitest';
import { groupDigits } from './format.js';

describe('groupDigits', () => {
  it.each([
    [0, '0'],
    [350, '350'],
    [2500, '2,500'],
    [1234567.891, '1,234,567.89'],
    [0.333333, '0.33'],
    [-1500.5, '-1,500.5'],
    [3e12, '3,000,000,000,000'],
    [1e15, '1,000,000,000,000,000'],
    [1e21, '1e+21'],
  ])('%d → %s', (value, text) => {
    expect(groupDigits(value)).toBe(text);
  });
});
