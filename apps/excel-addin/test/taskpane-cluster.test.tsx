// @vitest-environment jsdom
/**
 * The cluster view: the capability map and the size chart over the sample (examples/firms.xlsx),
 * the pane in Chinese with its language switch, and "Insert report sheet" through the file-backed
 * gateway. Expected counts are written by hand: 13 fast-follower, 13 process-pioneer, 12
 * product-pioneer, 12 applications-specialist; micro 10, small 13, medium 17, large 10 under prc-2017;
 * 20 firms of high export orientation (6 + 6 + 4 + 4 in Figure 2).
 */
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { missingMiddle, resolveStandard, type SizeStandard } from '@sme-navigator/engine';
import { App } from '../src/taskpane/App.js';
import { ClusterMap, SizeBars } from '../src/taskpane/components/ClusterCharts.js';
import { clusterView, readFirmRows, type ClusterView } from '../src/taskpane/core/cluster.js';
import { MemoryWorkbook, newSheet } from '../src/taskpane/gateway/memory.js';
import { REPORT_SHEET } from '../src/taskpane/gateway/types.js';
import { CHINESE, ENGLISH, StringsContext, type Strings } from '../src/taskpane/strings/index.js';
import { sampleFirms } from './support/sample.js';
import { installLayoutStubs } from './support/jsdom-layout.js';

configure({ asyncUtilTimeout: 5_000 });

beforeAll(installLayoutStubs);

afterEach(cleanup);

async function sampleBook(): Promise<MemoryWorkbook> {
  return new MemoryWorkbook([newSheet('Firms', await sampleFirms())]);
}

function prc2017(): SizeStandard {
  const r = resolveStandard('prc-2017');
  if (!r.ok) throw new Error('prc-2017 missing');
  return r.value;
}

async function sampleView(lang: 'en' | 'zh-CN'): Promise<ClusterView> {
  const wb = await sampleBook();
  const { rows, at } = await readFirmRows(wb, (await wb.readLayout('Firms'))!);
  return clusterView(rows, at, 'Firms', { standard: prc2017(), lang })!;
}

const inside = (strings: Strings, ui: React.ReactNode) => render(<StringsContext.Provider value={strings}>{ui}</StringsContext.Provider>);

describe('the capability map', () => {
  it('plots every rated firm of the sample in its own quadrant, ringed for high export orientation', async () => {
    const view = await sampleView('en');
    const { container } = inside(ENGLISH, <ClusterMap points={view.points} lang="en" />);
    const points = screen.getAllByTestId('firm-point');
    expect(points).toHaveLength(50);
    const byMode = (mode: string) => points.filter((p) => p.getAttribute('data-mode') === mode);
    expect(byMode('fast-follower')).toHaveLength(13);
    expect(byMode('process-pioneer')).toHaveLength(13);
    expect(byMode('product-pioneer')).toHaveLength(12);
    expect(byMode('applications-specialist')).toHaveLength(12);
    // Each dot's centre lies inside the rectangle of its quadrant.
    for (const p of points) {
      const rect = container.querySelector(`[data-quadrant="${p.getAttribute('data-mode')}"] rect`)!;
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)));
      const dot = p.querySelectorAll('circle');
      const c = dot[dot.length - 1]!;
      const cx = Number(c.getAttribute('cx'));
      const cy = Number(c.getAttribute('cy'));
      expect(cx >= x! && cx <= x! + w!, p.getAttribute('aria-label')!).toBe(true);
      expect(cy >= y! && cy <= y! + h!, p.getAttribute('aria-label')!).toBe(true);
    }
    expect(points.filter((p) => p.getAttribute('data-export') === 'high')).toHaveLength(20);
    expect(points.filter((p) => p.querySelectorAll('circle').length === 2)).toHaveLength(20);
    // The text alternative: a summary and a hidden table with a row per firm.
    expect(screen.getByTestId('cluster-map').getAttribute('aria-label')).toBe(
      'Capability map of 50 firms in the four quadrants of Figure 1: process-pioneer 13, fast-follower 13, applications-specialist 12, product-pioneer 12.',
    );
    expect(container.querySelectorAll('table tbody tr')).toHaveLength(50);
  });

  it('names the firm a dot is for when it is hovered or focused', async () => {
    const view = await sampleView('en');
    const user = userEvent.setup();
    inside(ENGLISH, <ClusterMap points={view.points} lang="en" />);
    const lakeside = screen.getByRole('img', { name: /^Lakeside Precision Castings: fast-follower \(product 86\.8, process 85\.0\)$/ });
    await user.hover(lakeside);
    const svg = screen.getByTestId('cluster-map');
    expect([...svg.querySelectorAll('g[aria-hidden="true"] text')].map((t) => t.textContent)).toContain('Lakeside Precision Castings');
  });

  it('places firms given as high / low words in the middle of their quadrant', () => {
    const words = [{ firm: 'Words Ltd', row: 1, productScore: null, processScore: null, product: 'low', process: 'high', threshold: 50, mode: 'process-pioneer', exportHigh: null }] as const;
    const { container } = inside(ENGLISH, <ClusterMap points={words} lang="en" />);
    const rect = container.querySelector('[data-quadrant="process-pioneer"] rect')!;
    const c = screen.getByTestId('firm-point').querySelector('circle')!;
    const mid = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    expect(Math.abs(Number(c.getAttribute('cx')) - mid)).toBeLessThanOrEqual(10);
  });
});

describe('the size chart', () => {
  it('draws micro 10, small 13, medium 17 and large 10 under prc-2017, in Chinese', async () => {
    const view = await sampleView('zh-CN');
    const { container } = inside(CHINESE, <SizeBars counts={view.report.size.counts} standard="prc-2017" middle={view.report.missingMiddle} lang="zh-CN" />);
    const bars = screen.getAllByTestId('size-bar');
    expect(bars.map((b) => [b.getAttribute('data-class'), b.getAttribute('data-count')])).toEqual([
      ['micro', '10'],
      ['small', '13'],
      ['medium', '17'],
      ['large', '10'],
    ]);
    // Bars as tall as their counts: medium the tallest, micro and large alike.
    const height = (i: number) => Number(bars[i]!.querySelector('rect')!.getAttribute('height'));
    expect(height(2)).toBeGreaterThan(height(1));
    expect(height(0)).toBeCloseTo(height(3));
    expect(screen.getByTestId('size-chart').getAttribute('aria-label')).toBe('按 prc-2017 划型的企业数量：微型企业 10，小型企业 13，中型企业 17，大型企业 10。');
    expect([...container.querySelectorAll('table th')].map((th) => th.textContent)).toEqual(['微型企业', '小型企业', '中型企业', '大型企业']);
  });
});

describe('the missing-middle call-out', () => {
  it('marks the medium bar when small firms abound and medium ones are fewer than large', () => {
    const counts = { micro: 30, small: 20, medium: 2, large: 5 };
    inside(ENGLISH, <SizeBars counts={counts} standard="prc-2017" middle={missingMiddle(counts)} lang="en" />);
    const bars = screen.getAllByTestId('size-bar');
    expect(bars.filter((b) => b.hasAttribute('data-gap')).map((b) => b.getAttribute('data-class'))).toEqual(['medium']);
  });

  it('marks no bar for the sample, which has no missing middle', async () => {
    const view = await sampleView('en');
    inside(ENGLISH, <SizeBars counts={view.report.size.counts} standard="prc-2017" middle={view.report.missingMiddle} lang="en" />);
    expect(screen.getAllByTestId('size-bar').filter((b) => b.hasAttribute('data-gap'))).toEqual([]);
  });
});

describe('the pane in Chinese', () => {
  it('switches language, opens the cluster report and inserts the report sheet, asking before it replaces it', async () => {
    const wb = await sampleBook();
    wb.select('Firms', 1, 0);
    const user = userEvent.setup();
    render(<App gateway={wb} />);
    await screen.findByRole('button', { name: 'Start assessment' });
    await user.click(within(screen.getByRole('group', { name: 'Language' })).getByRole('button', { name: '中文' }));
    await screen.findByRole('button', { name: '开始评估' });
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: '集群报告' }));
    await screen.findByRole('heading', { name: '集群报告：Firms' });
    expect(screen.getAllByTestId('firm-point')).toHaveLength(50);
    expect(screen.getByRole('region', { name: '学习模式（图1）：50家企业中已评定50家' })).toBeTruthy();
    expect(screen.getByTestId('missing-middle').textContent).toContain('不存在“缺失的中间层”');

    await user.click(screen.getByRole('button', { name: '插入报告工作表' }));
    await screen.findByText('已写入工作表“SME Cluster Report”：8 张表格；图表以表格形式给出。');
    const sheet = wb.sheet(REPORT_SHEET)!;
    expect(sheet.rows.slice(0, 10).map((r) => r.filter((c) => c !== null))).toEqual([
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
    expect(sheet.numberFormats.get('6,2')).toBe('0.0%');

    // Again: the sheet exists, so the pane asks; keeping it writes nothing.
    sheet.rows[0]![0] = 'kept';
    await user.click(screen.getByRole('button', { name: '插入报告工作表' }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: '保留之前的结果', hidden: true }));
    await screen.findByText('未写入：保留了现有的工作表。');
    expect(wb.sheet(REPORT_SHEET)!.rows[0]![0]).toBe('kept');
  });
});
