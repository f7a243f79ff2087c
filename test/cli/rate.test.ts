import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sme-cli-'));
const SAMPLE_HEADER = ['firm', 'sector', 'employees', 'revenue', 'assets', 'data_source'];

describe('sme-navigator rate on the sample', () => {
  it('rates the CSV to stdout, keeping every input column in order', async () => {
    const run = await runCli(['rate', 'examples/firms.csv', '--standard', 'prc-2017']);
    expect(run.code).toBe(0);
    const rows: string[][] = parse(run.stdout);
    expect(rows[0]).toEqual([...SAMPLE_HEADER, 'size', 'size_reason', 'error']);
    expect(rows).toHaveLength(51);
    const input: string[][] = parse(readFileSync(join(ROOT, 'examples/firms.csv')), { bom: true });
    rows.forEach((row, i) => expect(row.slice(0, 6)).toEqual(input[i]));
    // Lakeside Precision Castings: industry, 350 persons, revenue 2,500 (10k yuan) → medium (2011 table: 300 / 2,000).
    expect(rows[1]!.slice(6)).toEqual([
      'medium',
      'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
      '',
    ]);
    // Jinjiang Shoe Components: 12 persons settle micro without revenue.
    expect(rows[7]!.slice(6, 8)).toEqual(['micro', 'micro: not small: 12 < 20 persons; revenue not given, not needed to decide']);
    const sizes = rows.slice(1).map((r) => r[6]);
    for (const c of ['micro', 'small', 'medium', 'large']) expect(sizes).toContain(c);
    expect(run.stderr).toBe('sme-navigator: rated 50 of 50 firms under prc-2017\n');
  });

  it('rates the XLSX into a new XLSX, numbers still numbers', async () => {
    const out = join(tmp(), 'rated.xlsx');
    const run = await runCli(['rate', 'examples/firms.xlsx', '--standard', 'prc-2011', '--out', out]);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Firms')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...SAMPLE_HEADER, 'size', 'size_reason', 'error']);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Lakeside Precision Castings',
      'industry',
      350,
      2500,
      3100,
      'fictional example',
      'medium',
      'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
    ]);
    // Ningbo Bearing Works: 1,450 persons, 52,000 → large.
    expect(sheet.getCell('G4').value).toBe('large');
    expect(sheet.rowCount).toBe(51);
  });

  it('writes CSV from XLSX and XLSX from CSV', async () => {
    const dir = tmp();
    const csv = await runCli(['rate', 'examples/firms.xlsx', '--out', join(dir, 'a.csv')]);
    expect(csv.code).toBe(0);
    const rows: string[][] = parse(readFileSync(join(dir, 'a.csv')), { bom: true });
    expect(rows[3]!.slice(0, 7)).toEqual(['Ningbo Bearing Works', 'industry', '1450', '52000', '61000', 'fictional example', 'large']);
    const xlsx = await runCli(['rate', 'examples/firms.csv', '--out', join(dir, 'b.xlsx')]);
    expect(xlsx.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'b.xlsx'));
    expect(book.worksheets[0]!.getCell('C2').value).toBe(350);
  });
});

describe('bad rows', () => {
  it('never stop the run: each gets its error, and stderr names the row and column', async () => {
    const run = await runCli(['rate', 'test/cli/fixtures/bad-rows.csv']);
    expect(run.code).toBe(1);
    const rows: string[][] = parse(run.stdout);
    expect(rows[0]).toEqual(['企业名称', '行业', '从业人员', '营业收入', '资产总额', 'size', 'size_reason', 'error']);
    expect(rows.map((r) => [r[5], r[7]])).toEqual([
      ['size', 'error'],
      ['medium', ''],
      ['', "sector 'minning' is not in prc-2017; did you mean 'mining' → industry?"],
      ['', "employees must be a number ≥ 0, got 'abc'"],
      ['', ''],
      ['', 'revenue must be a number ≥ 0, got -5'],
      ['micro', ''],
      ['large', ''],
    ]);
    expect(rows[7]![6]).toBe(
      'large: 400 persons ≥ 300 and revenue 3,000,000,000,000 ≥ 20,000 (10k yuan); warning: revenue 3,000,000,000,000 (10k yuan) is more than any firm in the world reports (over 1,000,000,000); check the unit',
    );
    expect(run.stderr).toBe(
      [
        'sme-navigator: rated 3 of 6 firms under prc-2017; 3 could not be rated; 1 with warnings (see size_reason); 1 blank row kept',
        "  row 3, column 行业: sector 'minning' is not in prc-2017; did you mean 'mining' → industry?",
        "  row 4, column 从业人员: employees must be a number ≥ 0, got 'abc'",
        '  row 6, column 营业收入: revenue must be a number ≥ 0, got -5',
        '',
      ].join('\n'),
    );
  });

  it('writes a formula-like text cell with a leading apostrophe so Excel shows it as text', async () => {
    const run = await runCli(['rate', 'test/cli/fixtures/bad-rows.csv']);
    const rows: string[][] = parse(run.stdout);
    expect(rows[6]![0]).toBe(`'=HYPERLINK("http://example.test")`);
  });
});

describe('unusable input exits 2 with one line', () => {
  it.each([
    [['rate', 'nope.csv'], 'sme-navigator: nope.csv: no such file\n'],
    [['rate', 'test/cli/fixtures/no-sector.csv'], "sme-navigator: no 'sector' column (or 行业) in test/cli/fixtures/no-sector.csv; prc-2017 needs it\n"],
    [['rate', 'examples/firms.csv', '--standard', 'prc-2020'], "sme-navigator: unknown standard 'prc-2020'; use one of: prc-2003, prc-2011, prc-2017, eu-2003, ifc\n"],
    [['rate', 'examples/firms.csv', '--unit', 'usd'], "sme-navigator: unknown unit 'usd' for prc-2017; use one of: 10k-yuan, yuan, million-yuan\n"],
    [['rate', 'examples/firms.csv', '--out', 'examples/firms.csv'], 'sme-navigator: --out examples/firms.csv is the input file; write the ratings to a new file\n'],
    [['rate', 'examples/firms.csv', '--out', 'rated.json'], 'sme-navigator: rated.json: use a .csv or .xlsx file\n'],
    [['rate', 'examples/firms.xlsx', '--sheet', 'Nope'], "sme-navigator: examples/firms.xlsx has no sheet named 'Nope'; it has: Firms, About\n"],
    [['rate', 'test/cli/fixtures/broken-quote.csv'], 'sme-navigator: test/cli/fixtures/broken-quote.csv is not valid CSV after row 1: Quote Not Closed: the parsing is finished with an opening quote at line 2\n'],
    [['rate', 'test/cli/fixtures/has-size.csv'], 'sme-navigator: test/cli/fixtures/has-size.csv already has the column size; pass --replace to overwrite them, or rename them\n'],
  ])('%j', async (args, message) => {
    const run = await runCli(args);
    expect(run.stderr).toBe(message);
    expect(run.code).toBe(2);
  });

  it('does not overwrite an existing --out file without --force', async () => {
    const out = join(tmp(), 'kept.csv');
    writeFileSync(out, 'precious\n');
    const run = await runCli(['rate', 'examples/firms.csv', '--out', out]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('precious\n');
    const forced = await runCli(['rate', 'examples/firms.csv', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFfirm,sector,/);
  });

  it('replaces old result columns in place with --replace', async () => {
    const run = await runCli(['rate', 'test/cli/fixtures/has-size.csv', '--replace']);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual([
      ['firm', 'sector', 'employees', 'revenue', 'size', 'size_reason', 'error'],
      ['A', 'industry', '350', '2500', 'medium', 'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)', ''],
    ]);
  });
});
