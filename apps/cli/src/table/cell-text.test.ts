import { describe, expect, it } from 'vitest';
import { cellText, cellValue } from './cell-text.js';

describe('cellValue', () => {
  it('reads what a spreadsheet cell shows', () => {
    expect(cellValue(350)).toBe(350);
    expect(cellValue({ formula: 'B2*2', result: 700 })).toBe(700);
    expect(cellValue({ richText: [{ text: '软件' }, { text: '和信息技术服务业' }] })).toBe('软件和信息技术服务业');
    expect(cellValue({ text: 'Lakeside', hyperlink: 'https://example.test' })).toBe('Lakeside');
    expect(cellValue({ error: '#N/A' })).toBe('#N/A');
    expect(cellValue(new Date('2026-03-01T00:00:00Z'))).toBe('2026-03-01');
    expect(cellValue(null)).toBeUndefined();
  });

  it('a formula with no cached result reads as blank', () => {
    expect(cellText({ formula: 'B2*2' })).toBe('');
  });
});
