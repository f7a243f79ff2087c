import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sme-cli-'));
const SAMPLE: string[][] = parse(readFileSync(join(ROOT, 'examples/firms.csv')), { bom: true });
const SAMPLE_HEADER = SAMPLE[0]!;
const RESULT_COLUMNS = [
  'size',
  'size_reason',
  'product_score',
  'process_score',
  'mode',
  'strategy',
  'export_orientation',
  'tech_gap',
  'constraint_index',
  'internal_index',
  'external_index',
  'binding_constraints',
  'credit_status',
  'instruments',
  'vc_fit',
  'rules_version',
  'error',
];
const LAKESIDE_SIZE_REASON =
  'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)';

/** Rows as objects keyed by header. */
const byHeader = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? ''])));

describe('sme-navigator rate on the sample', () => {
  it('rates the CSV to stdout, keeping every input column in order', async () => {
    const run = await runCli(['rate', 'examples/firms.csv', '--standard', 'prc-2017']);
    expect(run.code).toBe(0);
    const rows: string[][] = parse(run.stdout);
    expect(rows[0]).toEqual([...SAMPLE_HEADER, ...RESULT_COLUMNS]);
    expect(rows).toHaveLength(51);
    rows.forEach((row, i) => expect(row.slice(0, SAMPLE_HEADER.length)).toEqual(SAMPLE[i]));
    const firms = byHeader(rows);
    // Lakeside Precision Castings: industry, 350 persons, revenue 2,500 (10k yuan) → medium (2011 table: 300 / 2,000).
    expect(firms[0]!.size).toBe('medium');
    expect(firms[0]!.size_reason).toBe(LAKESIDE_SIZE_REASON);
    // Jinjiang Shoe Components: 12 persons settle micro without revenue.
    expect([firms[6]!.size, firms[6]!.size_reason]).toEqual(['micro', 'micro: not small: 12 < 20 persons; revenue not given, not needed to decide']);
    const sizes = firms.map((r) => r.size);
    for (const c of ['micro', 'small', 'medium', 'large']) expect(sizes).toContain(c);
    expect(firms.every((f) => f.error === '' && f.rules_version === '1.0.0')).toBe(true);
    expect(run.stderr.split('\n')[0]).toBe('sme-navigator: rated 50 of 50 firms under prc-2017; 10 with warnings');
  });

  it('places the sample firms in all four modes and every credit status', async () => {
    const firms = byHeader(parse((await runCli(['rate', 'examples/firms.csv'])).stdout));
    expect(new Set(firms.map((f) => f.mode))).toEqual(new Set(['fast-follower', 'process-pioneer', 'product-pioneer', 'applications-specialist']));
    expect(new Set(firms.map((f) => f.strategy))).toEqual(new Set(['cluster', 'niche', 'free-riding']));
    expect(new Set(firms.map((f) => f.credit_status))).toEqual(
      new Set(['not-constrained', 'maybe-constrained', 'partially-constrained', 'fully-constrained']),
    );
  });

  it('rates Lakeside Precision Castings as docs/framework.md and docs/financing.md say', async () => {
    const lakeside = byHeader(parse((await runCli(['rate', 'examples/firms.csv'])).stdout))[0]!;
    // Product: R&D 62.5 ÷ 2,500 = 2.5 % = 2.5× the 1.0 % all-industry benchmark → 100 (w 35); new products
    // 30 % of 40 % → 75 (w 30); 10 patents per 350 persons = 2.86 per 100, of 4 → 71.4 (w 20); own brand → 100
    // (w 15): 86.8. Process: innovation yes 100 (30), ISO yes 100 (20), automation 70 % → 70 (25), productivity
    // 1.4 of 2 → 70 (25): 85.0. Both ≥ 50 → fast follower, cluster strategy; exports 60 % ≥ 50 % → high.
    // Customer lag 100 − (40×60 + 30×100 + 30×100)/100 = 16, above innovation 15.5 and process 15.
    expect([lakeside.product_score, lakeside.process_score, lakeside.mode, lakeside.strategy, lakeside.export_orientation, lakeside.tech_gap]).toEqual([
      '86.8',
      '85.0',
      'fast-follower',
      'cluster',
      'high',
      'customer 16',
    ]);
    // Binding: no collateral (125 < 250, w 3), differential treatment (2), weak governance (owner-operated, no
    // independent director, 2), short history (1 year, 2), market risk (1), of internal weight 15 answered → 10/15 = 67;
    // external: small loans (2) and second-tier (1) of 7 answered (thin capital markets unknown) → 43; overall 13/22 → 59.
    expect([lakeside.constraint_index, lakeside.internal_index, lakeside.external_index]).toEqual(['59', '67', '43']);
    // Did not apply because it needed no loan (k17 = 1) → not constrained (standards.md §7).
    expect(lakeside.credit_status).toBe('not-constrained');
  });

  it('rates the XLSX into a new XLSX, numbers still numbers', async () => {
    const out = join(tmp(), 'rated.xlsx');
    const run = await runCli(['rate', 'examples/firms.xlsx', '--standard', 'prc-2011', '--out', out]);
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('Firms')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...SAMPLE_HEADER, ...RESULT_COLUMNS]);
    const cell = (row: number, column: string) => sheet.getRow(row).getCell(header.indexOf(column) + 1).value;
    expect([cell(2, 'firm'), cell(2, 'employees'), cell(2, 'revenue'), cell(2, 'size'), cell(2, 'size_reason')]).toEqual([
      'Lakeside Precision Castings',
      350,
      2500,
      'medium',
      LAKESIDE_SIZE_REASON,
    ]);
    // Ningbo Bearing Works: 1,450 persons, 52,000 → large.
    expect(cell(4, 'size')).toBe('large');
    expect(sheet.rowCount).toBe(51);
  });

  it('writes CSV from XLSX and XLSX from CSV', async () => {
    const dir = tmp();
    const csv = await runCli(['rate', 'examples/firms.xlsx', '--out', join(dir, 'a.csv')]);
    expect(csv.code).toBe(0);
    const firms = byHeader(parse(readFileSync(join(dir, 'a.csv')), { bom: true }));
    expect([firms[2]!.firm, firms[2]!.employees, firms[2]!.revenue, firms[2]!.size]).toEqual(['Ningbo Bearing Works', '1450', '52000', 'large']);
    const xlsx = await runCli(['rate', 'examples/firms.csv', '--out', join(dir, 'b.xlsx')]);
    expect(xlsx.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'b.xlsx'));
    expect(book.worksheets[0]!.getCell('C2').value).toBe(350);
  });
});

describe('sme-navigator cluster', () => {
  it('reports the sample as a vertical cluster led by Ningbo Bearing Works', async () => {
    const run = await runCli(['cluster', 'examples/firms.csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Cluster of 50 firm rows',
      '',
      'Size under prc-2017 (money in 10k yuan): 50 of 50 firms sized',
      '  - micro 10, small 13, medium 17, large 10',
      'Missing middle:',
      '  - no missing middle: 10 large, 17 medium, 23 small or micro of 50 sized (more medium firms than large ones)',
    ]);
    expect(lines).toContain('Cluster type: vertical: a lead firm linked with some of the firms, plus functional agents (§2.5)');
    expect(lines).toContain('  - lead firm Ningbo Bearing Works (lead_firm = yes)');
  });

  it('writes the report as a sheet a colleague without the add-in can read', async () => {
    const out = join(tmp(), 'report.xlsx');
    const run = await runCli(['cluster', 'examples/firms.csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`sme-navigator: wrote the sheet 'SME Cluster Report' to ${out}\n`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet('SME Cluster Report')!;
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows[1]).toEqual(['SME Navigator cluster report']);
    expect(rows[5]).toEqual(['Size distribution under prc-2017 (money in 10k yuan): 50 of 50 firms sized']);
    expect(rows.slice(6, 11)).toEqual([
      ['size class', 'firms', 'share'],
      ['micro', 10, 0.2],
      ['small', 13, 0.26],
      ['medium', 17, 0.34],
      ['large', 10, 0.2],
    ]);
    expect(sheet.getCell('C7').numFmt).toBe('0.0%');
    const titles = rows.filter((r) => r.length === 1).map((r) => r[0]);
    expect(titles).toContain('Credit-constraint status (World Bank Enterprise Surveys): 50 firms');
    // The sample reaches every credit status: 8 not constrained, 14 of each other (see the rate test).
    const credit = rows.findIndex((r) => r[0] === 'Credit-constraint status (World Bank Enterprise Surveys): 50 firms');
    expect(rows.slice(credit + 2, credit + 6).map((r) => r.slice(0, 2))).toEqual([
      ['not constrained', 8],
      ['maybe constrained', 14],
      ['partially constrained', 14],
      ['fully constrained', 14],
    ]);
  });

  it('gives the same report as JSON', async () => {
    const run = await runCli(['cluster', 'examples/firms.xlsx', '--json']);
    const report = JSON.parse(run.stdout);
    expect(report.size.counts).toEqual({ micro: 10, small: 13, medium: 17, large: 10 });
    expect(report.clusterType.type).toBe('vertical');
    expect(report.modes.modes).toEqual({ 'fast-follower': 13, 'process-pioneer': 13, 'product-pioneer': 12, 'applications-specialist': 12 });
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
        'sme-navigator: rated 3 of 6 firms under prc-2017; 3 could not be rated; 1 with warnings; 1 blank row kept',
        "  row 3, column 行业: sector 'minning' is not in prc-2017; did you mean 'mining' → industry?",
        "  row 4, column 从业人员: employees must be a number ≥ 0, got 'abc'",
        '  row 6, column 营业收入: revenue must be a number ≥ 0, got -5',
        '  row 8, warning: revenue 3,000,000,000,000 (10k yuan) is more than any firm in the world reports (over 1,000,000,000); check the unit',
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
    [['rate', 'test/cli/fixtures/not-a-workbook.xlsx'], 'sme-navigator: test/cli/fixtures/not-a-workbook.xlsx is not an .xlsx workbook (it is not a zip archive); save it from Excel as .xlsx, or as .csv\n'],
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
