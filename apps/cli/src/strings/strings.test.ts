import { describe, expect, it } from 'vitest';
import { describeSummary } from '../rate-command.js';
import { en, type CliStrings } from './en.js';
import { commanderMessage, STRINGS } from './index.js';

type Params<K extends keyof CliStrings> = CliStrings[K] extends (p: infer P) => string ? P : undefined;

/** Parameters for every message, so each can be rendered in every language. */
const SAMPLES: { readonly [K in keyof CliStrings]: Params<K> } = {
  prefix: undefined,
  summary: { standard: 'prc-2017', firms: 6, rated: 3, failed: 3, warned: 1, blank: 1 },
  failureLine: { row: 3, column: '行业', message: 'm' },
  moreFailures: { count: 2 },
  warningLine: { row: 8, message: 'm' },
  moreWarnings: { count: 3 },
  progressBar: undefined,
  errorSeparator: undefined,
  sizeWarning: { warnings: 'w' },
  noSuchFile: { path: 'a.csv' },
  notCsvOrXlsx: { path: 'a.json' },
  outIsInput: { out: 'a.csv' },
  outExists: { out: 'b.csv' },
  sheetNeedsXlsx: undefined,
  badJobs: { typed: 'many', max: 16 },
  emptyInput: { path: 'a.csv' },
  hasResultColumns: { path: 'a.csv', columns: ['size', 'error'] },
  noSectorColumn: { path: 'a.csv', standard: 'prc-2017' },
  noSizeColumns: { path: 'a.csv', standard: 'prc-2017' },
  notXlsx: { path: 'a.xlsx' },
  noWorksheet: { path: 'a.xlsx' },
  noSuchSheet: { path: 'a.xlsx', sheet: 'X', sheets: ['Firms', 'About'] },
  badCsv: { path: 'a.csv', row: 1, detail: 'd' },
  noFirmRows: { path: 'a.csv' },
  unknownLanguage: { typed: 'fr' },
  reportNeedsXlsx: { out: 'report.csv' },
  reportWritten: { out: 'report.xlsx', sheet: 'SME Cluster Report' },
};

const render = (s: CliStrings, key: keyof CliStrings): string => {
  const entry = s[key] as string | ((p: unknown) => string);
  return typeof entry === 'string' ? entry : entry(SAMPLES[key]);
};

describe('the command line strings', () => {
  it.each(Object.keys(STRINGS))('%s has exactly the keys of en, each a message where en has a message', (lang) => {
    const s = STRINGS[lang as keyof typeof STRINGS];
    expect(Object.keys(s).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).filter((k) => typeof s[k as keyof CliStrings] !== typeof en[k as keyof CliStrings])).toEqual([]);
  });

  it('has parameters for every message (so the checks below see them all)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(en).sort());
  });

  it('writes Chinese with full-width punctuation beside Chinese characters', () => {
    const halfWidth = /[\u4e00-\u9fff][,;:()?]|[,;:()?][\u4e00-\u9fff]/;
    const bad = (Object.keys(en) as (keyof CliStrings)[]).map((k) => render(STRINGS['zh-CN'], k)).filter((t) => halfWidth.test(t));
    expect(bad).toEqual([]);
  });

  it('renders no message the same in Chinese as in English', () => {
    const same = (Object.keys(en) as (keyof CliStrings)[]).filter((k) => render(STRINGS['zh-CN'], k) === render(en, k));
    expect(same).toEqual([]);
  });
});

describe('describeSummary in Chinese', () => {
  it('counts and quotes the first failures, and says how many more', () => {
    const failures = [
      { row: 3, column: '行业', message: '行业“minning”不在 prc-2017 中' },
      { row: 5, column: '', message: '没有企业数据' },
    ];
    expect(describeSummary({ rows: 12, rated: 4, failed: 7, blank: 1, warned: 4, failures, warnings: [{ row: 9, message: '该企业不属于中小企业' }] }, 'prc-2011', 'zh-CN')).toBe(
      [
        'sme-navigator：共11家企业，按 prc-2011 标准评定4家；7家无法评定；4家有警告；保留空行1行',
        '  第3行“行业”列：行业“minning”不在 prc-2017 中',
        '  第5行：没有企业数据',
        '  ……另有5家无法评定（见 error 列）',
        '  第9行，警告：该企业不属于中小企业',
        '  ……另有3行有警告',
      ].join('\n'),
    );
  });

  it('says nothing of failures, warnings or blank rows when there are none', () => {
    expect(describeSummary({ rows: 50, rated: 50, failed: 0, blank: 0, warned: 0, failures: [], warnings: [] }, 'prc-2017', 'zh-CN')).toBe(
      'sme-navigator：共50家企业，按 prc-2017 标准评定50家',
    );
  });
});

describe("commander's usage errors", () => {
  it.each([
    ["error: unknown option '--bogus'\n", '错误：未知选项“--bogus”\n'],
    ["error: unknown option '--forc'\n(Did you mean --force?)\n", '错误：未知选项“--forc”（是否为 --force？）\n'],
    ["error: unknown command 'rat'\n(Did you mean rate?)\n", '错误：未知命令“rat”（是否为 rate？）\n'],
    ["error: missing required argument 'input'\n", '错误：缺少必需的参数“input”\n'],
    ["error: option '-s, --standard <id>' argument missing\n", '错误：选项“-s, --standard <id>”缺少取值\n'],
    ["error: too many arguments for 'rate'. Expected 1 argument but got 2.\n", '错误：rate 命令的参数过多：应为1个，实际为2个\n'],
  ])('%j in Chinese', (text, chinese) => {
    expect(commanderMessage(text, 'zh-CN')).toBe(chinese);
    expect(commanderMessage(text, 'en')).toBe(text);
  });

  it('are shown as commander wrote them when not known', () => {
    expect(commanderMessage("error: option '--x' argument 'y' is invalid.\n", 'zh-CN')).toBe("error: option '--x' argument 'y' is invalid.\n");
  });
});
