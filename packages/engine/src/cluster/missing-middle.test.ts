import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { missingMiddle } from './missing-middle.js';

const counts = (micro: number, small: number, medium: number, large: number) => ({ micro, small, medium, large });

describe('missing middle: large ≥ 1, small + micro > medium, medium ≤ large', () => {
  it('finds it with large firms at the top, many small ones and no medium', () => {
    const m = missingMiddle(counts(2, 8, 0, 1));
    expect([m.missing, m.smallOrMicro, m.medium, m.large, m.rated]).toEqual([true, 10, 0, 1, 11]);
    expect(m.shares.medium).toBe(0);
    expect(formatIssue(m.reasons[0]!)).toBe(
      'missing middle: 1 large, 0 medium, 10 small or micro of 11 sized: medium firms are no more than large ones and fewer than small ones',
    );
  });

  it('finds it when the middle is as thin as the top', () => {
    expect(missingMiddle(counts(0, 10, 1, 1)).missing).toBe(true);
    expect(missingMiddle(counts(0, 20, 2, 3)).missing).toBe(true);
  });

  it('does not find it in a pyramid (more medium than large firms)', () => {
    const m = missingMiddle(counts(0, 10, 4, 1));
    expect(m.missing).toBe(false);
    expect(formatIssue(m.reasons[0]!)).toBe('no missing middle: 1 large, 4 medium, 10 small or micro of 15 sized (more medium firms than large ones)');
  });

  it('does not find it without a top, or when small firms do not outnumber medium ones', () => {
    expect(formatIssue(missingMiddle(counts(3, 7, 0, 0)).reasons[0]!)).toBe('no missing middle: 0 large, 0 medium, 10 small or micro of 10 sized (no large firm)');
    expect(missingMiddle(counts(0, 1, 1, 1)).missing).toBe(false);
  });

  it('says nothing when no firm could be sized', () => {
    const m = missingMiddle(counts(0, 0, 0, 0));
    expect(m.missing).toBeNull();
    expect(formatIssue(m.reasons[0]!)).toBe('missing middle not assessed: no firm could be sized');
  });
});
