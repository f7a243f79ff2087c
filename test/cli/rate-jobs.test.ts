import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'sme-jobs-'));

/**
 * 3,000 firms in about 130 KB, so the file is cut into several pieces: CRLF line breaks and a byte
 * order mark; names quoted for a comma (every 7th) or for doubled quotes and a line break (every
 * 11th); a blank row at firm 1,000; bad figures at firms 1,500 and 2,750; an extra cell past the
 * header at firm 2,000. Firm i is on spreadsheet row i + 1 (the header is row 1), whatever line it
 * starts on.
 */
function awkwardRegister(): string {
  const lines = ['firm,sector,employees,revenue,assets'];
  for (let i = 1; i <= 3000; i++) {
    const name = i % 11 === 0 ? `"Note ""${i}""\r\nsecond line"` : i % 7 === 0 ? `"Firm ${i}, Ltd."` : `Firm ${i}`;
    if (i === 1000) lines.push(',,,,');
    else if (i === 1500) lines.push(`${name},industry,-3,${100 + i},1000`);
    else if (i === 2750) lines.push(`${name},minning,25,${100 + i},1000`);
    else if (i === 2000) lines.push(`${name},industry,${10 + (i % 400)},${100 + i},1000,extra`);
    else lines.push(`${name},industry,${10 + (i % 400)},${100 + i},1000`);
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

describe('sme-navigator rate --jobs', () => {
  it('writes the same bytes and the same summary with 3 threads as with none, across pieces', async () => {
    const dir = tmp();
    const input = join(dir, 'awkward.csv');
    writeFileSync(input, awkwardRegister());
    const one = await runCli(['rate', input, '--jobs', '1']);
    const three = await runCli(['rate', input, '--jobs', '3']);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(
      [
        'sme-navigator: rated 2997 of 2999 firms under prc-2017; 2 could not be rated; 1 blank row kept',
        '  row 1501, column employees: employees must be a number ≥ 0, got -3',
        "  row 2751, column sector: sector 'minning' is not in prc-2017; did you mean 'mining' → industry?",
        '',
      ].join('\n'),
    );
    const rows: string[][] = parse(one.stdout, { relax_column_count: true });
    expect(rows).toHaveLength(3001);
    expect(rows[0]).toEqual(['firm', 'sector', 'employees', 'revenue', 'assets', 'size', 'size_reason', 'error']);
    expect(rows[7]!.slice(0, 2)).toEqual(['Firm 7, Ltd.', 'industry']);
    expect(rows[11]![0]).toBe('Note "11"\r\nsecond line');
    expect(rows[1000]).toEqual(['', '', '', '', '', '', '', '']);
    // Firm 2,000 (2,000 mod 400 = 0, so 10 persons): the extra cell is kept, after the result columns.
    expect(rows[2000]).toEqual(['Firm 2000', 'industry', '10', '2100', '1000', 'micro', 'micro: not small: 10 < 20 persons', '', 'extra']);
  });

  it('rates a workbook on threads as in the main thread, cell types kept', async () => {
    const dir = tmp();
    const [a, b] = [join(dir, 'one.xlsx'), join(dir, 'two.xlsx')];
    expect((await runCli(['rate', 'examples/firms.xlsx', '--out', a, '--jobs', '1'])).code).toBe(0);
    expect((await runCli(['rate', 'examples/firms.xlsx', '--out', b, '--jobs', '2'])).code).toBe(0);
    const values = async (path: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      return book.worksheets[0]!.getSheetValues();
    };
    const [first, second] = [await values(a), await values(b)];
    expect(second).toEqual(first);
    expect(first).toHaveLength(52); // exceljs counts from 1: the header and 50 firms
  });

  it('reads a file broken with bare CR line breaks in the main thread, with any --jobs', async () => {
    const dir = tmp();
    const input = join(dir, 'old-mac.csv');
    writeFileSync(input, 'firm,sector,employees,revenue\rA,industry,5,100\rB,industry,500,3000\r');
    const run = await runCli(['rate', input, '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).map((r: string[]) => r[4])).toEqual(['size', 'micro', 'medium']);
  });

  it('says where a file stops being CSV, the same with threads as without', async () => {
    const dir = tmp();
    const input = join(dir, 'unclosed.csv');
    writeFileSync(input, `firm,sector,employees\n${Array.from({ length: 3000 }, (_, i) => `F${i},industry,${i % 400}\n`).join('')}Broken,"industry,5\n`);
    const expected = `sme-navigator: ${input} is not valid CSV after row 3001: Quote Not Closed: the parsing is finished with an opening quote at line 3002\n`;
    for (const jobs of ['1', '2']) {
      const run = await runCli(['rate', input, '--jobs', jobs]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(expected);
    }
  });

  it.each(['0', 'many', '1.5', '33'])('refuses --jobs %s in one line', async (jobs) => {
    const run = await runCli(['rate', 'examples/firms.csv', '--jobs', jobs]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sme-navigator: --jobs ${jobs}: give auto or a whole number of threads from 1 to 32\n`);
    expect(run.stdout).toBe('');
  });

  it('gives the sample the same ratings on threads, and by default (auto: one thread for a small file)', async () => {
    const one = await runCli(['rate', 'examples/firms.csv', '--jobs', '1']);
    expect(await runCli(['rate', 'examples/firms.csv', '--jobs', '2'])).toEqual(one);
    expect(await runCli(['rate', 'examples/firms.csv', '--jobs', 'auto'])).toEqual(one);
    expect(await runCli(['rate', 'examples/firms.csv'])).toEqual(one);
  });
});
