import { describe, expect, it } from 'vitest';
import { readShare } from './read-share.js';

describe('readShare', () => {
  it.each([
    [0.3, 0.3],
    ['30%', 0.3],
    ['30 %', 0.3],
    [30, 0.3],
    ['45', 0.45],
    [1, 1],
    ['100%', 1],
    [0, 0],
  ])('%j reads as %d', (raw, value) => {
    expect(readShare(raw, 'export_share')).toEqual({ kind: 'value', value });
  });

  it.each([
    ['140%', 'share.out-of-range', '140%'],
    [140, 'share.out-of-range', '140'],
    [-0.2, 'share.out-of-range', '-0.2'],
    ['lots', 'share.not-a-share', "'lots'"],
  ])('%j is invalid', (raw, code, got) => {
    expect(readShare(raw, 'export_share')).toEqual({ kind: 'invalid', issue: { code, field: 'export_share', params: { got } } });
  });
});
