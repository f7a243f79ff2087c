/**
 * `npm run bench`: every figure is measured in the same run as its reference and reported as a
 * ratio or a cost per row, so it means something on a noisy shared machine. Prints one table and
 * writes BENCHMARKS.md. `--quick` runs at a tenth of the sizes (a smoke run, not the record).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { assessFirm, classifySize, STANDARD_IDS } from '@sme-navigator/engine';
import { FLOORS, SCALE_FOR, UNIT_FOR } from './floors.js';
import { generateFirms, random, writeRegister } from './generate.js';
import { bestOf, measureNode, type Measured } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const quick = process.argv.includes('--quick');
/** `--only=engine,taskpane,...`: run some sections (nothing is written to BENCHMARKS.md then). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (section: string) => only === undefined || only.includes(section);
const scale = (n: number) => (quick ? Math.round(n / 10) : n);
const work = mkdtempSync(join(tmpdir(), 'sme-bench-'));
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time(run: () => void): number {
  const t = performance.now();
  run();
  return (performance.now() - t) / 1000;
}

function engineSection(): void {
  const n = scale(1_000_000);
  say(`\n## Engine: ${fmt(n)} generated firms per standard, in process\n`);
  say('| standard | floor (by hand) rows/s | classifySize rows/s | × floor | ns/row over floor | assessFirm rows/s (size, capability, financing columns) |');
  say('|---|---:|---:|---:|---:|---:|');
  const firms = generateFirms(n);
  const r = random(3);
  const fullRows = firms.map((f) => ({
    ...f,
    rd_spend: Math.round(f.revenue * r() * 0.04),
    new_product_share: r(),
    own_brand: r() < 0.5 ? 'yes' : 'no',
    process_innovation: r() < 0.5 ? 'yes' : 'no',
    quality_certified: r() < 0.5 ? 'yes' : 'no',
    automation_share: r(),
    export_share: r(),
    loan_applied: 'no',
    no_apply_reason: 1 + Math.floor(r() * 7),
    external_finance_share: r() < 0.5 ? 0 : 0.3,
    audited_accounts: r() < 0.5 ? 'yes' : 'no',
    credit_history_years: Math.round(r() * 10),
  }));
  for (const standard of STANDARD_IDS) {
    const k = SCALE_FOR[standard] ?? 1;
    const scaled = k === 1 ? firms : firms.map((f) => ({ ...f, revenue: f.revenue * k, assets: f.assets * k }));
    const options = { standard, unit: UNIT_FOR[standard] };
    const floorFn = FLOORS[standard]!;
    let sink = 0;
    // Warm both up, then time each twice and keep the better run.
    for (let i = 0; i < 20_000; i++) {
      sink += floorFn(scaled[i]!).length;
      sink += classifySize(scaled[i]!, options).ok ? 1 : 0;
    }
    const floor = Math.min(...[0, 1].map(() => time(() => scaled.forEach((f) => (sink += floorFn(f).length)))));
    const engine = Math.min(...[0, 1].map(() => time(() => scaled.forEach((f) => (sink += classifySize(f, options).ok ? 1 : 0)))));
    const full = k === 1 ? fullRows : fullRows.map((f) => ({ ...f, revenue: f.revenue * k, assets: f.assets * k }));
    const assess = time(() => full.forEach((f) => (sink += assessFirm(f, options).size.ok ? 1 : 0)));
    if (sink < 0) console.log(sink);
    say(`| ${standard} | ${fmt(n / floor)} | ${fmt(n / engine)} | ${fmt(engine / floor, 1)} | ${fmt(((engine - floor) / n) * 1e9)} | ${fmt(n / assess)} |`);
  }
}

async function customFunctionSection(): Promise<void> {
  const n = scale(100_000);
  // The add-in's own declaration of SME.SIZE, as Excel's custom-functions runtime calls it.
  const { SIZE } = await import('../../apps/excel-addin/src/functions/size.js');
  const firms = generateFirms(n, 11);
  const column = (pick: (f: (typeof firms)[number]) => unknown) => firms.map((f) => [pick(f)]);
  const [sector, employees, revenue, assets] = [column((f) => f.sector), column((f) => f.employees), column((f) => f.revenue), column((f) => f.assets)];
  const standard = [['prc-2017']];
  let sink = 0;
  const engine = () => firms.forEach((f) => (sink += classifySize(f, { standard: 'prc-2017' }).ok ? 1 : 0));
  const array = () => (sink += SIZE.call(sector, employees, revenue, assets, standard, null).length);
  const cells = () => firms.forEach((_, i) => (sink += SIZE.call([sector[i]!], [employees[i]!], [revenue[i]!], [assets[i]!], standard, null).length));
  engine();
  array();
  cells();
  const best = (run: () => void) => Math.min(...[0, 1, 2].map(() => time(run)));
  const [e, a, c] = [best(engine), best(array), best(cells)];
  if (sink < 0) console.log(sink);
  say(`\n## Custom functions: SME.SIZE over ${fmt(n)} rows, in process (Excel's own per-call cost comes on top of the single-cell figure)\n`);
  say('| how | rows/s | µs/row | × engine alone |');
  say('|---|---:|---:|---:|');
  say(`| engine alone (classifySize loop) | ${fmt(n / e)} | ${fmt((e / n) * 1e6, 2)} | 1.00 |`);
  say(`| one array call: =SME.SIZE(B2:B${n + 1}, …) | ${fmt(n / a)} | ${fmt((a / n) * 1e6, 2)} | ${fmt(a / e, 2)} |`);
  say(`| ${fmt(n)} single-cell calls: =SME.SIZE(B2, …) | ${fmt(n / c)} | ${fmt((c / n) * 1e6, 2)} | ${fmt(c / e, 2)} |`);
}

async function taskPaneSection(): Promise<void> {
  const n = scale(100_000);
  // The task pane's own code: its Office.js gateway over office-addin-mock ranges, and its batch job.
  const { FakeExcel } = await import('../../apps/excel-addin/test/support/excel-mock.js');
  const { cyclingTable } = await import('../../apps/excel-addin/test/support/sample.js');
  const { OfficeGateway } = await import('../../apps/excel-addin/src/taskpane/gateway/office.js');
  const { rateRows } = await import('../../apps/excel-addin/src/taskpane/core/batch.js');
  const { DEFAULT_SETTINGS } = await import('../../apps/excel-addin/src/taskpane/core/rate.js');
  const table = await cyclingTable(n);
  const header = table[0] as unknown[];
  const firms = table.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [String(h), (r as unknown[])[i] ?? undefined])));
  let sink = 0;
  const engine = time(() => firms.forEach((f) => (sink += assessFirm(f, { standard: 'prc-2017' }).size.ok ? 1 : 0)));
  const fake = new FakeExcel();
  fake.addSheet('Firms', table);
  const started = performance.now();
  await rateRows(new OfficeGateway(fake.host()), 'Firms', null, { settings: DEFAULT_SETTINGS, overrides: {}, confirmReplace: async () => true, control: {}, now: new Date('2026-01-01') });
  const pane = (performance.now() - started) / 1000;
  const syncs = fake.syncs as { request: number; response: number; writes: number }[];
  const mb = (b: number) => fmt(b / 1e6, 2);
  if (sink < 0) console.log(sink);
  say(`\n## Task pane: "Rate whole table" over ${fmt(n)} rows through the Office.js gateway (office-addin-mock)\n`);
  say('| syncs | writing syncs | payload MB | largest request MB | largest response MB | µs/row (read, rate, serialise, write) | × assessFirm alone |');
  say('|---:|---:|---:|---:|---:|---:|---:|');
  say(
    `| ${syncs.length} | ${syncs.filter((x) => x.writes > 0).length} | ${mb(syncs.reduce((t, x) => t + x.request + x.response, 0))} | ${mb(Math.max(...syncs.map((x) => x.request)))} | ${mb(Math.max(...syncs.map((x) => x.response)))} | ${fmt((pane / n) * 1e6, 1)} | ${fmt(pane / engine, 2)} |`,
  );
}

async function cliCsvSection(): Promise<void> {
  say('\n## Command line, CSV: rated end to end vs csv-parse → csv-stringify on the same file\n');
  say('`--jobs 1` rates in the main thread; `--jobs 2` cuts the file into pieces that two worker threads parse and rate while the main thread reads and writes.\n');
  say(TABLE_HEADER);
  say(TABLE_RULE);
  const bin = join(ROOT, 'apps/cli/bin/sme-navigator.js');
  for (const rows of quick ? [100_000] : [1_000_000, 4_000_000]) {
    const input = join(work, `register-${rows}.csv`);
    await writeRegister(input, rows);
    const mb = statSync(input).size / 1e6;
    const floor = await bestOf(2, () => measureNode([join(ROOT, 'test/bench/io-floor.mjs'), input, join(work, 'floor.csv')], ROOT));
    const rate = (jobs: number) => bestOf(2, () => measureNode([bin, 'rate', input, '--out', join(work, 'rated.csv'), '--force', '--jobs', String(jobs)], ROOT));
    say(row(rows, mb, floor, await rate(1), await rate(2)));
    rmSync(input);
  }
}

async function cliXlsxSection(): Promise<void> {
  const rows = scale(200_000);
  say(`\n## Command line, XLSX: ${fmt(rows)} rows with exceljs' streaming reader and writer vs the same copy with no rating\n`);
  say(TABLE_HEADER);
  say(TABLE_RULE);
  const csv = join(work, 'register.csv');
  const xlsx = join(work, 'register.xlsx');
  await writeRegister(csv, rows);
  await measureNode([join(ROOT, 'test/bench/csv-to-xlsx.mjs'), csv, xlsx], ROOT);
  const floor = await bestOf(2, () => measureNode([join(ROOT, 'test/bench/xlsx-floor.mjs'), xlsx, join(work, 'floor.xlsx')], ROOT));
  const rate = (jobs: number) =>
    bestOf(2, () => measureNode([join(ROOT, 'apps/cli/bin/sme-navigator.js'), 'rate', xlsx, '--out', join(work, 'rated.xlsx'), '--force', '--jobs', String(jobs)], ROOT));
  say(row(rows, statSync(xlsx).size / 1e6, floor, await rate(1), await rate(2)));
}

const TABLE_HEADER = '| rows | file MB | floor s | --jobs 1 s | ÷ floor | --jobs 2 s | ÷ floor | best µs/row | floor peak MB | --jobs 1 peak MB | --jobs 2 peak MB |';
const TABLE_RULE = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

function row(rows: number, mb: number, floor: Measured, one: Measured, two: Measured): string {
  const best = Math.min(one.seconds, two.seconds);
  return `| ${fmt(rows)} | ${fmt(mb)} | ${fmt(floor.seconds, 1)} | ${fmt(one.seconds, 1)} | ${fmt(one.seconds / floor.seconds, 2)} | ${fmt(two.seconds, 1)} | ${fmt(two.seconds / floor.seconds, 2)} | ${fmt((best / rows) * 1e6, 1)} | ${fmt(floor.peakMb)} | ${fmt(one.peakMb)} | ${fmt(two.peakMb)} |`;
}

function bundleSection(): void {
  const dist = join(ROOT, 'apps/excel-addin/dist');
  say('\n## Bundles (gzip) vs budgets\n');
  if (!existsSync(dist)) return say('The add-in is not built: run `npm run build` first.');
  say('| bundle | gzip KB | budget KB |');
  say('|---|---:|---:|');
  const budgets: Record<string, number> = { 'functions.js': 60, 'taskpane.js': 400 };
  for (const name of readdirSync(dist).filter((f) => f.endsWith('.js')).sort()) {
    const kb = gzipSync(readFileSync(join(dist, name))).length / 1024;
    say(`| ${name} | ${fmt(kb, 1)} | ${budgets[name] ?? ''} |`);
  }
}

const header = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? ' (quick run: a tenth of the sizes)' : ''}.`,
  'Reproduce with `npm run bench` (about 15 minutes on 2 cores; `npm run bench -- --quick` for a smoke run, `-- --only=engine,functions,taskpane,csv,xlsx,bundles` for some sections). Each figure is taken in the same run as its reference; read the ratios, not the seconds.',
];
header.forEach((l) => console.log(l));
try {
  if (wanted('engine')) engineSection();
  if (wanted('functions')) await customFunctionSection();
  if (wanted('taskpane')) await taskPaneSection();
  if (wanted('csv')) await cliCsvSection();
  if (wanted('xlsx')) await cliXlsxSection();
  if (wanted('bundles')) bundleSection();
} finally {
  rmSync(work, { recursive: true, force: true });
}
const notes = existsSync(join(ROOT, 'test/bench/NOTES.md')) ? ['', readFileSync(join(ROOT, 'test/bench/NOTES.md'), 'utf8').trim()] : [];
if (!quick && only === undefined) writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${[...header, ...lines, ...notes].join('\n')}\n`);
