/**
 * End to end: the playground from the production build (dist/, served by a tiny static server on
 * 127.0.0.1), in Debian's Chromium driven by playwright-core (no browser is downloaded). A credit
 * officer selects a firm, walks the assessment by keyboard, writes it to the row, rates the table and
 * downloads the workbook; a colleague opens the downloaded file in a second page and finds the same
 * ratings and answers. Screenshots of each step go to apps/excel-addin/screenshots/ (git-ignored).
 *
 * Needs `npm run build` first (turbo's test task does) and /usr/bin/chromium (CHROMIUM_PATH to use
 * another); the lead's CI installs Debian's chromium package.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../tools/addin-config.mjs';
import { DIST, distFile } from '../support/built.js';
import { serveStatic, type StaticServer } from './static-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(PACKAGE_ROOT, 'screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const NOW = new Date('2026-05-01T09:30:00');
const WAIT = 20_000;

let server: StaticServer;
let context: BrowserContext;
let scratch: string;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  distFile('playground.html');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), or set CHROMIUM_PATH`);
  mkdirSync(SHOTS, { recursive: true });
  scratch = mkdtempSync(path.join(tmpdir(), 'sme-e2e-'));
  server = await serveStatic(DIST);
  context = await chromium.launchPersistentContext(path.join(scratch, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    acceptDownloads: true,
    timeout: 60_000,
  });
  context.setDefaultTimeout(WAIT);
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
}, 90_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function open(language?: string): Promise<Page> {
  const page = language ? await context.newPage() : (context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage()));
  // The playground follows the browser's language, as the pane in Excel follows Office's.
  if (language) await page.addInitScript((lang) => Object.defineProperty(navigator, 'language', { get: () => lang }), language);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.clock.setFixedTime(NOW);
  await page.goto(`${server.url}playground.html`);
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** The grid cell of sheet row `row` (1-based, as Excel numbers rows) under the header `header`. */
async function cell(page: Page, row: number, header: string) {
  const headerCell = page.locator('[role=row][aria-rowindex="2"] [role=gridcell]').filter({ hasText: new RegExp(`^${header}$`) }).first();
  const column = await headerCell.getAttribute('aria-colindex');
  return page.locator(`[role=row][aria-rowindex="${row + 1}"] [role=gridcell][aria-colindex="${column}"]`);
}

async function pressTabUntil(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('the playground, end to end', () => {
  it('rates a firm and the table, and a colleague reopens the downloaded file', async () => {
    const page = await open();
    const pane = page.getByRole('complementary', { name: 'SME Navigator task pane' });

    // 1. The sample opens beside the pane.
    // Row 2, column A (other rows name the firm too, as a partner).
    const lakeside = page.locator('[role=row][aria-rowindex="3"] [role=gridcell][aria-colindex="2"]');
    await expect.poll(() => lakeside.textContent(), { timeout: WAIT }).toBe('Lakeside Precision Castings');
    await shot(page, '01-playground');

    // 2. Select the firm's row.
    await lakeside.click();
    await pane.getByRole('heading', { name: 'Row 2 on Firms' }).waitFor();
    await shot(page, '02-row-selected');

    // 3. The assessment by keyboard only: Tab to Start assessment, Enter, Tab to Next, Enter.
    await pressTabUntil(page, 'Start assessment');
    await page.keyboard.press('Enter');
    await pane.getByRole('heading', { name: 'Step 1 of 2: What the row gives' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Step 1 of 2: What the row gives');
    await shot(page, '03-what-the-row-gives');
    await pressTabUntil(page, 'Next');
    await page.keyboard.press('Enter');
    await pane.getByRole('heading', { name: 'Step 2 of 2: Financing facts' }).waitFor();

    // 4. The one missing question: arrows move the radio selection from Unknown to Yes.
    const techGroup = pane.getByRole('radiogroup', { name: /Technology-intensive/ });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Step 2 of 2: Financing facts');
    await page.keyboard.press('Tab'); // the checked radio of the first question
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('unknown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await techGroup.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    await shot(page, '04-question');
    await pressTabUntil(page, 'See the result');
    await page.keyboard.press(' ');

    // 5. The result card, as the issue gives it for row 2 of the sample.
    await pane.getByTestId('result-size').waitFor();
    expect(await pane.getByTestId('result-size').textContent()).toBe('medium');
    expect(await pane.getByTestId('result-product').textContent()).toBe('86.8');
    expect(await pane.getByTestId('result-process').textContent()).toBe('85.0');
    expect(await pane.getByTestId('result-mode').textContent()).toBe('Learning mode: fast-follower; strategy: cluster');
    expect(await pane.getByTestId('result-credit').textContent()).toBe('not-constrained');
    await pane.getByRole('img', { name: /This firm is in the fast-follower quadrant/ }).waitFor();
    await shot(page, '05-result');
    await pane.getByTestId('result-binding').scrollIntoViewIfNeeded();
    await shot(page, '05b-result-financing');

    // 6. Write to row: the results land in row 2, right of the data.
    await pane.getByRole('button', { name: 'Write to row' }).click();
    await pane.getByText('Written to row 2; the answers are saved in “SME Assessments”.').waitFor();
    expect(await (await cell(page, 2, 'size')).textContent()).toBe('medium');
    expect(await (await cell(page, 2, 'product_score')).textContent()).toBe('86.8');
    expect(await (await cell(page, 3, 'size')).textContent()).toBe('');
    await (await cell(page, 2, 'mode')).click();
    await shot(page, '06-written-to-row');

    // 7. Rate the whole table; row 2 has results, so the pane asks before replacing them.
    await pane.getByRole('button', { name: 'Close' }).click();
    await lakeside.click();
    await pane.getByRole('heading', { name: 'Row 2 on Firms' }).waitFor();
    await pane.getByRole('button', { name: 'Rate whole table' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace earlier results?' });
    await dialog.waitFor();
    await shot(page, '07-replace-dialog');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await pane.getByText('Rated 50 firms.').waitFor();
    expect(await (await cell(page, 51, 'size')).count()).toBe(0); // row 51 is below the first screen: not drawn yet
    expect(await (await cell(page, 3, 'size')).textContent()).toBe('small');
    await (await cell(page, 2, 'credit_status')).click(); // scrolls the results into view
    await shot(page, '08-table-rated');

    // 8. Download the rated workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download rated .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('firms-rated.xlsx');
    const file = path.join(scratch, 'firms-rated.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Firms', 'About', 'SME Assessments', 'SME Settings']);

    // 9. The colleague opens the file in another page: the same ratings, and the answers behind them.
    const colleague = await context.newPage();
    colleague.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`colleague console ${m.type()}: ${m.text()}`);
    });
    await colleague.clock.setFixedTime(new Date('2026-05-02T10:00:00'));
    await colleague.goto(`${server.url}playground.html`);
    const firstFirm = colleague.locator('[role=row][aria-rowindex="3"] [role=gridcell][aria-colindex="2"]');
    await expect.poll(() => firstFirm.textContent(), { timeout: WAIT }).toBe('Lakeside Precision Castings');
    await colleague.getByLabel('Open .xlsx').setInputFiles(file);
    await colleague.getByRole('region', { name: 'Showing firms-rated.xlsx.' }).waitFor();
    const expected: Record<string, string> = {
      size: 'medium',
      product_score: '86.8',
      process_score: '85.0',
      mode: 'fast-follower',
      strategy: 'cluster',
      credit_status: 'not-constrained',
      rated_with: 'prc-2017; rules 1.0.0; 2026-05-01',
    };
    for (const [header, value] of Object.entries(expected)) expect(await (await cell(colleague, 2, header)).textContent(), header).toBe(value);
    const cpane = colleague.getByRole('complementary', { name: 'SME Navigator task pane' });
    await firstFirm.click();
    await cpane.getByText('Assessed 2026-05-01: 1 answer saved in the sheet “SME Assessments”.').waitFor();
    await cpane.getByRole('button', { name: 'Open saved assessment' }).click();
    expect(await cpane.getByTestId('result-size').textContent()).toBe('medium');
    expect(await cpane.getByTestId('result-credit').textContent()).toBe('not-constrained');
    const answers = cpane.getByTestId('result-answers');
    await answers.getByText('Technology-intensive (e.g. a certified 高新技术企业)?').waitFor();
    expect(await answers.getByText('yes', { exact: true }).count()).toBe(1);
    await answers.scrollIntoViewIfNeeded();
    await (await cell(colleague, 2, 'strategy')).click(); // the results, beside the answers
    await shot(colleague, '09-colleague-reopens');
    await colleague.getByRole('tab', { name: 'SME Assessments' }).click();
    await colleague.getByRole('grid', { name: 'Sheet SME Assessments' }).waitFor();
    await colleague.getByRole('gridcell', { name: 'high_tech' }).waitFor();
    await shot(colleague, '10-assessments-sheet');

    // Nothing but the page's own origin was asked for, and nothing went wrong on the way.
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  }, 170_000);

  it('works in Chinese: the browser language, the cluster view and the report sheet in the downloaded file', async () => {
    const page = await open('zh-CN');
    const pane = page.getByRole('complementary', { name: 'SME Navigator 任务窗格' });
    const lakeside = page.locator('[role=row][aria-rowindex="3"] [role=gridcell][aria-colindex="2"]');
    await expect.poll(() => lakeside.textContent(), { timeout: WAIT }).toBe('Lakeside Precision Castings');
    await lakeside.click();
    await pane.getByRole('heading', { name: 'Firms 第 2 行' }).waitFor();
    await shot(page, 'zh-01-row-selected');

    // The guided assessment and its result, with the engine's sentences in Chinese.
    await pane.getByRole('button', { name: '开始评估' }).click();
    await pane.getByRole('heading', { name: '第 1 步，共 2 步：该行已有的数据' }).waitFor();
    await pane.getByRole('button', { name: '下一步' }).click();
    await pane.getByRole('heading', { name: '第 2 步，共 2 步：融资情况' }).waitFor();
    await shot(page, 'zh-02-question');
    await pane.getByRole('button', { name: '查看结果' }).click();
    expect(await pane.getByTestId('result-size').textContent()).toBe('中型企业');
    expect(await pane.getByTestId('result-mode').textContent()).toBe('学习模式：快速跟随创新模式；战略：集群战略');
    await pane.getByRole('img', { name: /该企业位于“快速跟随创新模式”象限/ }).waitFor();
    await shot(page, 'zh-03-result');
    await pane.getByRole('button', { name: '关闭' }).click();

    // The cluster view: 50 firms on the map, the size chart, the report's tables.
    await pane.getByRole('button', { name: '集群报告' }).click();
    await pane.getByRole('heading', { name: '集群报告：Firms' }).waitFor();
    expect(await pane.getByTestId('firm-point').count()).toBe(50);
    expect(await pane.locator('[data-testid=firm-point][data-mode=fast-follower]').count()).toBe(13);
    expect(await pane.getByTestId('size-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-count')))).toEqual(['10', '13', '17', '10']);
    await pane.getByRole('img', { name: /^Lakeside Precision Castings：快速跟随创新模式/ }).focus(); // a neighbour's dot covers it for the mouse
    await shot(page, 'zh-04-cluster-map');
    await pane.getByTestId('size-chart').scrollIntoViewIfNeeded();
    await shot(page, 'zh-05-size-chart');
    await pane.getByRole('region', { name: /^政策工具（§5）/ }).scrollIntoViewIfNeeded();
    await shot(page, 'zh-06-levers');

    // Insert the report sheet; the downloaded file holds it.
    await pane.getByRole('button', { name: '插入报告工作表' }).click();
    await pane.getByText('已写入工作表“SME Cluster Report”：8 张表格；图表以表格形式给出。').waitFor();
    await page.getByRole('tab', { name: 'SME Cluster Report' }).click();
    await page.getByRole('grid', { name: '工作表 SME Cluster Report' }).waitFor();
    await shot(page, 'zh-07-report-sheet');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载已评定的 .xlsx' }).click()]);
    const file = path.join(scratch, 'firms-zh.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet('SME Cluster Report')!;
    const rows: unknown[][] = [];
    for (let r = 1; r <= 10; r++) rows.push(((sheet.getRow(r).values as unknown[]) ?? []).slice(1).filter((v) => v !== null && v !== undefined));
    expect(rows).toEqual([
      ['SME Navigator 集群报告'],
      ['评定规则版本：1.0.0'],
      ['本文件生成时无法绘制图表，图表以对应的数据表代替。'],
      [],
      ['规模分布（按 prc-2017 标准，金额单位：万元）：50家企业中已划型50家'],
      ['规模类型', '企业数', '占比'],
      ['微型企业', 10, 0.2],
      ['小型企业', 13, 0.26],
      ['中型企业', 17, 0.34],
      ['大型企业', 10, 0.2],
    ]);
    expect(sheet.getCell('C7').numFmt).toBe('0.0%');

    // The switch back to English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'SME Navigator playground' }).waitFor();
    await page.getByRole('button', { name: 'English', pressed: true }).waitFor();
    await page.mouse.move(0, 400); // off the switch, so the screenshot shows it at rest
    await page.waitForTimeout(300); // Fluent's colour transition
    await shot(page, 'zh-08-switched-to-english');
    expect(problems).toEqual([]);
  }, 120_000);
});
