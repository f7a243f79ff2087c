/**
 * The Office.js gateway against office-addin-mock ranges (test/support/excel-mock.ts): what it
 * reads and writes, and how many syncs it takes with how many bytes each, for 1,000 and 100,000
 * rows. Expected ratings are written by hand (the sample's first two firms, rated as the issue and
 * the command line's documentation give them).
 */
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '@sme-navigator/engine';
import { AUTO_SHOW_SETTING, rateRows } from '../src/taskpane/core/batch.js';
import { DEFAULT_SETTINGS } from '../src/taskpane/core/rate.js';
import { RATED_SETTING } from '../src/taskpane/core/results.js';
import { OfficeGateway } from '../src/taskpane/gateway/office.js';
import { PAYLOAD_LIMIT } from '../src/taskpane/gateway/payload.js';
import { ASSESSMENTS_SHEET, type Cell } from '../src/taskpane/gateway/types.js';
import { FakeExcel, type SyncRecord } from './support/excel-mock.js';
import { columnOf, cyclingTable, sampleFirms } from './support/sample.js';

const NOW = new Date('2026-05-01T09:30:00');
const MB4 = 4_000_000;

function gatewayOver(rows: Cell[][]): { fake: FakeExcel; gateway: OfficeGateway } {
  const fake = new FakeExcel();
  fake.addSheet('Firms', rows);
  return { fake, gateway: new OfficeGateway(fake.host()) };
}

const rateAll = (gateway: OfficeGateway, confirmReplace = async () => true, control = {}) =>
  rateRows(gateway, 'Firms', null, { settings: DEFAULT_SETTINGS, overrides: {}, confirmReplace, control, now: NOW });

function summary(syncs: readonly SyncRecord[]) {
  const payload = syncs.reduce((n, s) => n + s.request + s.response, 0);
  return {
    syncs: syncs.length,
    payload,
    maxRequest: Math.max(...syncs.map((s) => s.request)),
    maxResponse: Math.max(...syncs.map((s) => s.response)),
    writeSyncs: syncs.filter((s) => s.writes > 0).length,
    bound: Math.ceil(payload / MB4),
  };
}

/** The row's results by header, as Excel would show them. */
function resultsOf(fake: FakeExcel, row: number): Record<string, Cell> {
  const header = fake.sheets.get('Firms')!.rows[0]!;
  const out: Record<string, Cell> = {};
  for (const name of ['size', 'product_score', 'process_score', 'mode', 'strategy', 'credit_status', 'rules_version', 'rated_with'])
    out[name] = fake.cell('Firms', row, columnOf(header, name));
  return out;
}

const LAKESIDE = {
  size: 'medium',
  product_score: 86.8,
  process_score: 85,
  mode: 'fast-follower',
  strategy: 'cluster',
  credit_status: 'not-constrained',
  rules_version: RULES_VERSION,
  rated_with: `prc-2017; rules ${RULES_VERSION}; 2026-05-01`,
};
const YONGKANG = { size: 'small', product_score: 6.5, process_score: 85, mode: 'process-pioneer', strategy: 'niche', credit_status: 'fully-constrained' };

describe.each([1_000, 100_000])('rating a table of %i firms through Excel.run', (firms) => {
  it('reads and writes in chunks under 4 MB, close to the fewest syncs the payload allows', async () => {
    const { fake, gateway } = gatewayOver(await cyclingTable(firms));
    const report = await rateAll(gateway);
    expect(report).toMatchObject({ rated: firms, failures: [], written: firms, cancelled: false });

    const s = summary(fake.syncs);
    console.log(
      `[office gateway] ${firms.toLocaleString('en')} rows: ${s.syncs} syncs (${s.writeSyncs} writing) for ${(s.payload / 1e6).toFixed(2)} MB; ` +
        `largest request ${(s.maxRequest / 1e6).toFixed(2)} MB, largest response ${(s.maxResponse / 1e6).toFixed(2)} MB; ceil(payload / 4 MB) = ${s.bound}`,
    );
    // The only failing sync is the look for "SME Assessments", which this workbook does not have.
    expect(fake.syncs.filter((x) => x.failed).map((x) => x.failed)).toEqual(['ItemNotFound']);
    for (const sync of fake.syncs) {
      expect(sync.request).toBeLessThan(MB4);
      expect(sync.response).toBeLessThan(MB4);
    }
    expect(s.syncs).toBeLessThanOrEqual(s.bound + 6);
    // Calculation is suspended for every sync that writes cells.
    expect(fake.syncs.filter((x) => x.writes > 0).every((x) => x.calculationSuspended)).toBe(true);

    expect(resultsOf(fake, 1)).toEqual(LAKESIDE);
    expect(resultsOf(fake, 2)).toMatchObject(YONGKANG);
    // The last row is the sample's 50th firm again, and rated.
    expect(resultsOf(fake, firms).size).not.toBeNull();
    const header = fake.sheets.get('Firms')!.rows[0]!;
    expect(fake.sheets.get('Firms')!.numberFormats.get(`1,${columnOf(header, 'product_score')}`)).toBe('0.0');
    expect(fake.settingsStore.get(AUTO_SHOW_SETTING)).toBe(true);
    expect(fake.settingsStore.get(RATED_SETTING)).toEqual({ standard: 'prc-2017', unit: null, rulesVersion: RULES_VERSION, date: '2026-05-01' });
  }, 120_000);
});

describe('OfficeGateway', () => {
  it('adds the result headers right of everything the sheet uses, bold, in the order of the command line', async () => {
    const rows = await cyclingTable(3);
    const width = rows[0]!.length;
    rows[2]![width + 1] = 'a note under no header';
    const { fake, gateway } = gatewayOver(rows);
    await rateAll(gateway);
    const header = fake.sheets.get('Firms')!.rows[0]!;
    expect([header[width] ?? null, header[width + 1] ?? null, header[width + 2]]).toEqual([null, null, 'size']);
    expect(header.slice(width + 2)).toEqual([
      'size', 'size_reason', 'product_score', 'process_score', 'mode', 'strategy', 'export_orientation', 'tech_gap',
      'constraint_index', 'internal_index', 'external_index', 'binding_constraints', 'credit_status', 'instruments', 'vc_fit',
      'rules_version', 'rated_with',
    ]);
    expect(fake.cell('Firms', 2, width + 1)).toBe('a note under no header');
    expect(fake.sheets.get('Firms')!.bold.has(`0,${width + 2}`)).toBe(true);
  });

  it('lists the rows it cannot rate with their row number and reason, and leaves them untouched', async () => {
    const rows = await cyclingTable(4);
    const sector = columnOf(rows[0]!, 'sector');
    rows[3]![sector] = 'minning';
    const { fake, gateway } = gatewayOver(rows);
    const report = await rateAll(gateway);
    expect(report.rated).toBe(3);
    expect(report.failures).toEqual([{ row: 4, message: "sector 'minning' is not in prc-2017; did you mean 'mining' → industry?" }]);
    const header = fake.sheets.get('Firms')!.rows[0]!;
    expect(fake.sheets.get('Firms')!.rows[3]!.slice(columnOf(header, 'size')).every((v) => v === null || v === undefined)).toBe(true);
    expect(fake.cell('Firms', 4, columnOf(header, 'size'))).not.toBeNull();
  });

  it('asks before replacing earlier results, and writes nothing when told to keep them', async () => {
    const { fake, gateway } = gatewayOver(await cyclingTable(20));
    await rateAll(gateway);
    fake.resetSyncs();
    const asked: number[] = [];
    const report = await rateAll(gateway, async () => {
      asked.push(1);
      return false;
    });
    expect(asked).toHaveLength(1);
    expect(report).toMatchObject({ declined: true, written: 0 });
    expect(fake.syncs.filter((s) => s.writes > 0)).toEqual([]);
  });

  it('rates only the selected rows, across several areas', async () => {
    const { fake, gateway } = gatewayOver(await cyclingTable(10));
    fake.select('Firms', 2, 0, [
      { first: 0, last: 2 },
      { first: 7, last: 7 },
    ]);
    const selection = await gateway.getSelection();
    expect(selection).toEqual({ sheet: 'Firms', row: 2, column: 0, spans: [{ first: 0, last: 2 }, { first: 7, last: 7 }] });
    const report = await rateRows(gateway, 'Firms', selection!.spans, { settings: DEFAULT_SETTINGS, overrides: {}, confirmReplace: async () => true, now: NOW });
    expect(report.rated).toBe(3); // rows 2, 3 and 8: the header is not a firm
    const size = columnOf(fake.sheets.get('Firms')!.rows[0]!, 'size');
    // Row 8 is the sample's seventh firm, Jinjiang Shoe Components: 12 persons in industry, micro.
    expect([1, 2, 3, 7].map((r) => fake.cell('Firms', r, size))).toEqual(['medium', 'small', null, 'micro']);
  });

  it('stops between chunks when cancelled, saying how many rows it wrote', async () => {
    const { fake, gateway } = gatewayOver(await cyclingTable(30_000));
    const controller = new AbortController();
    const report = await rateAll(gateway, async () => true, {
      signal: controller.signal,
      onProgress: (p: { phase: string; done: number }) => {
        if (p.phase === 'write' && p.done > 0) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.written).toBeGreaterThan(0);
    expect(report.written).toBeLessThan(30_000);
    const size = columnOf(fake.sheets.get('Firms')!.rows[0]!, 'size');
    expect(fake.cell('Firms', 30_000, size)).toBeNull();
  }, 60_000);

  it('reads again in halves when Excel finds a response too large', async () => {
    const { fake, gateway } = gatewayOver(await cyclingTable(300));
    const layout = (await gateway.readLayout('Firms'))!;
    fake.resetSyncs();
    fake.failSync(0, 'ResponsePayloadSizeLimitExceeded');
    const rows = await gateway.readRows(layout, [{ first: 1, last: 300 }]);
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(fake.syncs.map((x) => x.failed ?? 'ok')).toEqual(['ResponsePayloadSizeLimitExceeded', 'ok', 'ok']);
  });

  it('reports an empty or missing sheet as having no table', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Empty', []);
    const gateway = new OfficeGateway(fake.host());
    expect(await gateway.readLayout('Empty')).toBeNull();
    expect(await gateway.readLayout('Nowhere')).toBeNull();
    expect(await gateway.readAssessments()).toEqual([]);
  });

  it('keeps the answers on the sheet "SME Assessments", replacing a firm’s earlier ones, with formulas written as text', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Firms', await sampleFirms());
    const gateway = new OfficeGateway(fake.host());
    const at = '2026-05-01T09:30:00.000Z';
    await gateway.saveAssessments(['A'], [
      { key: 'A', question: 'Q1', answer: 'yes', when: at, field: 'high_tech' },
      { key: 'A', question: 'Q2', answer: '12', when: at, field: 'patents' },
    ]);
    await gateway.saveAssessments(['=HYPERLINK("http://x")'], [{ key: '=HYPERLINK("http://x")', question: 'Q1', answer: 'no', when: at, field: 'high_tech' }]);
    await gateway.saveAssessments(['A'], [{ key: 'A', question: 'Q1', answer: 'no', when: at, field: 'high_tech' }]);
    const sheet = fake.sheets.get(ASSESSMENTS_SHEET)!;
    expect(sheet.rows.filter((r) => r?.some((v) => v !== null))).toEqual([
      ['Firm key', 'Question', 'Answer', 'When', 'Field'],
      ['=HYPERLINK("http://x")', 'Q1', 'no', at, 'high_tech'],
      ['A', 'Q1', 'no', at, 'high_tech'],
    ]);
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.bold.has('0,0')).toBe(true);
    expect(await gateway.readAssessments()).toHaveLength(2);
  });

  it('saves settings in the document', async () => {
    const fake = new FakeExcel();
    const gateway = new OfficeGateway(fake.host());
    await gateway.setSettings({ 'SMENavigator.mapping': { Firms: { employees: 'Staff' } } });
    expect(await gateway.getSetting('SMENavigator.mapping')).toEqual({ Firms: { employees: 'Staff' } });
    expect(await gateway.getSetting('missing')).toBeUndefined();
  });

  it('converts SME formulas, whole spills included, to their values and leaves other formulas alone', async () => {
    const fake = new FakeExcel();
    const sheet = fake.addSheet('Rated', [
      ['sector', 'employees', 'size', 'total'],
      ['industry', 350, 'medium', 350],
      ['retail', 8, 'micro', 8],
      ['retail', 65, 'small', 65],
    ]);
    sheet.formulas.set('1,2', '=SME.SIZE(A2:A4,B2:B4)');
    sheet.spills.set('1,2', { rows: 3, columns: 1 });
    sheet.formulas.set('1,3', '=SUM(B2)');
    fake.addSheet('Other', [['x'], ['y']]).formulas.set('1,0', '=SME.RULESVERSION()');
    const gateway = new OfficeGateway(fake.host());
    expect(await gateway.convertFormulasToValues()).toBe(4);
    expect([...sheet.formulas.keys()]).toEqual(['1,3']);
    expect(sheet.rows.map((r) => r[2])).toEqual(['size', 'medium', 'micro', 'small']);
    expect(fake.sheets.get('Other')!.formulas.size).toBe(0);
    expect(fake.cell('Other', 1, 0)).toBe('y');
  });
});

describe('the payload limit', () => {
  it('is under the 5 MB Excel on the web accepts', () => {
    expect(PAYLOAD_LIMIT).toBeLessThanOrEqual(MB4);
  });
});

describe('the cluster report sheet through Office.js', () => {
  const report = async (lang: 'en' | 'zh-CN') => {
    const { resolveStandard } = await import('@sme-navigator/engine');
    const { clusterView, readFirmRows } = await import('../src/taskpane/core/cluster.js');
    const { fake, gateway } = gatewayOver(await sampleFirms());
    const layout = (await gateway.readLayout('Firms'))!;
    const { rows, at } = await readFirmRows(gateway, layout);
    const standard = resolveStandard('prc-2017');
    if (!standard.ok) throw new Error('prc-2017');
    const view = clusterView(rows, at, 'Firms', { standard: standard.value, lang })!;
    fake.resetSyncs();
    return { fake, gateway, tables: view.tables };
  };

  it('writes the tables and a native chart for each table that has one, in two syncs', async () => {
    const { fake, gateway, tables } = await report('en');
    const outcome = await gateway.writeReportSheet({ tables, lang: 'en' }, false);
    expect(outcome).toEqual({ written: true, tables: 8, charts: 4 });
    expect(fake.syncs).toHaveLength(2);
    const sheet = fake.sheets.get('SME Cluster Report')!;
    const rows = Array.from(sheet.rows.slice(0, 10), (r) => (r ?? []).filter((c) => c !== null));
    // In Excel the charts are drawn, so the heading has no line saying they are tables.
    expect(rows).toEqual([
      ['SME Navigator cluster report'],
      ['Rated with SME Navigator rules ' + RULES_VERSION],
      [],
      ['Size distribution under prc-2017 (money in 10k yuan): 50 of 50 firms sized'],
      ['size class', 'firms', 'share'],
      ['micro', 10, 0.2],
      ['small', 13, 0.26],
      ['medium', 17, 0.34],
      ['large', 10, 0.2],
      [],
    ]);
    expect(sheet.numberFormats.get('5,2')).toBe('0.0%');
    expect(sheet.bold.has('3,0')).toBe(true);
    expect(fake.charts.map((c) => [c.type, c.title.text.split(':')[0], c.position])).toEqual([
      ['ColumnClustered', 'Size distribution under prc-2017 (money in 10k yuan)', 'G1'],
      ['BarClustered', 'Learning modes (Figure 1)', 'G17'],
      ['BarClustered', 'Financing constraints (§3.5, Appendix A.2)', 'G33'],
      ['Pie', 'Credit-constraint status (World Bank Enterprise Surveys)', 'G49'],
    ]);
    // The size chart: the firms column (B5:B9 with its header) against the classes (A6:A9).
    expect(fake.charts[0]!.source).toEqual({ sheet: 'SME Cluster Report', row: 4, column: 1, rowCount: 5, columnCount: 1 });
    expect(fake.charts[0]!.xAxis).toEqual({ sheet: 'SME Cluster Report', row: 5, column: 0, rowCount: 4, columnCount: 1 });
    // The modes chart draws the firms column (C), not the strategy column (B).
    expect(fake.charts[1]!.source?.column).toBe(2);
  });

  it('asks before replacing an existing report sheet, then replaces it', async () => {
    const { fake, gateway, tables } = await report('zh-CN');
    fake.addSheet('SME Cluster Report', [['old']]);
    expect(await gateway.writeReportSheet({ tables, lang: 'zh-CN' }, false)).toEqual({ written: false, exists: true });
    expect(fake.cell('SME Cluster Report', 0, 0)).toBe('old');
    await gateway.writeReportSheet({ tables, lang: 'zh-CN' }, true);
    expect(fake.cell('SME Cluster Report', 0, 0)).toBe('SME Navigator 集群报告');
    expect(fake.cell('SME Cluster Report', 5, 0)).toBe('微型企业');
    expect(fake.charts).toHaveLength(4);
    expect(fake.order.filter((n) => n === 'SME Cluster Report')).toHaveLength(1);
  });
});
