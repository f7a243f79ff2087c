import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainDecimal } from './plain-decimal.js';

describe('isPlainDecimal', () => {
  it.each(['0', '350', '007', '2.5', '1234567.891'])('%j is plain', (text) => {
    expect(isPlainDecimal(text)).toBe(true);
  });
  it.each(['', '.5', '5.', '1.2.3', '-5', '+5', ' 5', '5 ', '1,234', '1e3', '30%', 'abc', '１２'])('%j takes the general path', (text) => {
    expect(isPlainDecimal(text)).toBe(false);
  });
});

describe('the plain-decimal shortcut gives what the general path gives', () => {
  // The general path's patterns, as read-number.ts and read-share.ts apply them to any text.
  const generalNumber = (text: string) => (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN);
  const generalShare = (text: string) => {
    const pct = /^([+-]?\d+(\.\d+)?)\s*[%％]$/.exec(text);
    return pct ? Number(pct[1]) / 100 : /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
  };
  const texts = fc.stringMatching(/^[0-9.%]{1,8}$/);

  it('for numbers (property)', () => {
    fc.assert(fc.property(texts, (t) => void (isPlainDecimal(t) && expect(Number(t)).toBe(generalNumber(t)))), { numRuns: 5000 });
  });

  it('for shares written with a percent sign (property)', () => {
    fc.assert(fc.property(texts, (t) => void (t.endsWith('%') && isPlainDecimal(t.slice(0, -1)) && expect(Number(t.slice(0, -1)) / 100).toBe(generalShare(t)))), { numRuns: 5000 });
  });
});
