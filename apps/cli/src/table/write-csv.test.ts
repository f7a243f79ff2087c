import { describe, expect, it } from 'vitest';
import { csvRecord, excelSafe } from './write-csv.js';

describe('excelSafe', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+86 21 5555', "'+86 21 5555"],
    ['-Infinity', "'-Infinity"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rcarriage', "'\rcarriage"],
  ])('prefixes text Excel would run: %j', (text, safe) => {
    expect(excelSafe(text)).toBe(safe);
  });

  it.each(['-5', '+3.5', '-1e3', 'Lakeside Precision Castings', '', '工业'])('leaves numbers and plain text alone: %j', (text) => {
    expect(excelSafe(text)).toBe(text);
  });
});

describe('csvRecord', () => {
  it.each([
    [['a', 'b'], 'a,b\n'],
    [['Lakeside, Inc.', 'x'], '"Lakeside, Inc.",x\n'],
    [['say "hi"'], '"say ""hi"""\n'],
    [['two\nlines', ''], '"two\nlines",\n'],
    [['cr\rhere'], '"cr\rhere"\n'],
    [[undefined, null, 350, ''], ',,350,\n'],
    [['=HYPERLINK("x")'], '"\'=HYPERLINK(""x"")"\n'],
    [['-5', '工业'], '-5,工业\n'],
  ])('%j → %j', (cells, line) => {
    expect(csvRecord(cells)).toBe(line);
  });
});
