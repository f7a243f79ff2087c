/**
 * A workbook of SME.* formulas over sample firms, evaluated by a real formula engine (HyperFormula),
 * with the functions the build produced: dist/functions.js run as Excel's runtime runs it (its
 * CustomFunctions.associate calls are recorded) and registered from dist/functions.json by id,
 * name and parameters. Expected classes by hand from the PRC 2011 table (standards.md §2; see
 * functions.test.ts for the thresholds); capability and financing results by hand from
 * docs/framework.md and docs/financing.md (the arithmetic is in functions-capability.test.ts and
 * functions-finance.test.ts, for the same firms of examples/firms.csv).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES_VERSION } from '@sme-navigator/engine';
import { ArraySize, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../tools/addin-config.mjs';
import { readManifest } from '../tools/manifest.mjs';
import { CONSTRAINTS, INSTRUMENTS } from '../src/functions/finance.js';
import { distFile, readDist } from './support/built.js';
import { loadBundle } from './support/custom-functions.js';
import { registerFunctions, type FunctionsJson } from './support/hyperformula-adapter.js';

const SECTOR_LIST =
  'agriculture, industry, construction, wholesale, retail, transportation, warehousing, post, accommodation, catering, information-transmission, software-it, real-estate-development, property-management, leasing-business-services, other';

// Row 1 is the header, as analysts keep it. Column G (notes) runs past the data, so B:E have an empty tail.
const FIRMS = [
  ['firm', 'sector', 'employees', 'revenue (万元)', 'assets (万元)', 'standard', 'note'],
  ['Anshan Steel Parts', 'industry', 1500, 50000, 60000, 'prc-2003', ''],
  ['Baoding Valves', 'manufacturing', 350, 2500, 3000, 'prc-2003', ''],
  ['Changzhou Molds', '工业', 350, 1500, null, null, ''],
  ['Dalian Fasteners', 'industry', 10, 5000, null, null, ''],
  ['East Market Stores', 'retail', 60, 600, null, null, ''],
  ['Foshan Builders', 'construction', null, 7000, 6000, null, ''],
  ['Guangzhou Code', 'software', 120, 800, null, null, ''],
  [null, null, null, null, null, null, 'row left blank'],
  ['Hefei Wholesale', 'wholesale', 250, 50000, null, null, ''],
  ['Inner Services', 'other', 150, null, null, null, ''],
  ['Jinan Mining', 'minning', 5, 1, null, null, 'sector misspelt'],
  ['Kunming Shops', 'retail', 'abc', 600, null, null, 'headcount typed as text'],
  ...Array.from({ length: 6 }, () => [null, null, null, null, null, null, 'later']),
];

const range = (col: string) => `Firms!${col}2:${col}13`;
const FIRM_RANGES = ['B', 'C', 'D', 'E'].map(range).join(', ');

const RATINGS = [
  [
    `=SME.SIZE(${FIRM_RANGES})`,
    `=SME.ISSME(${FIRM_RANGES}, "prc-2011", "万元")`,
    `=SME.SIZE(${FIRM_RANGES}, ${range('F')})`,
    '=SME.SIZE(Firms!B:B, Firms!C:C, Firms!D:D, Firms!E:E, "prc-2011")',
    '=SME.SIZE("industry", Firms!C2:C5, Firms!D2:D5, Firms!E2:E5)',
    '=SME.SIZE(Firms!B2:B5, Firms!C2:C4, Firms!D2:D5, Firms!E2:E5)',
    '=SME.RULESVERSION()',
    '=SME.SIZEREASON(Firms!B3, Firms!C3, Firms!D3, Firms!E3)',
    '=COUNTIF(A1:A12, "medium")',
    '=IF(SME.ISSME(Firms!B10, Firms!C10, Firms!D10, Firms!E10), "SME", "large firm")',
  ],
];
// Column K: one single-cell formula per firm, as when a formula is filled down.
for (let row = 2; row <= 13; row++) {
  const line = (RATINGS[row - 2] ??= []);
  line[10] = `=SME.SIZE(Firms!B${row}, Firms!C${row}, Firms!D${row}, Firms!E${row})`;
}

const CLASSES = ['large', 'medium', 'small', 'micro', 'medium', 'medium', 'small', '', 'large', 'medium'];

// Sample: firms of examples/firms.csv (all 49 columns, header in row 1), with a blank row, as an analyst's sheet.
const CSV = readFileSync(path.resolve(PACKAGE_ROOT, '../../examples/firms.csv'), 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
const HEADER = CSV[0]!;
/**
 * A firm's cells as Excel holds them: a blank is empty, a percentage a number (Excel stores 30% as
 * 0.3). HyperFormula would keep '30%' as a rich number object inside ranges, which the adapter hands on
 * as an object, so the sheet is given the number Excel would pass.
 */
const excelCell = (text: string): string | number | null => (text === '' ? null : /^\d+(\.\d+)?%$/.test(text) ? Number(text.slice(0, -1)) / 100 : text);
const firmRow = (name: string) => CSV.find((r) => r[0] === name)!.map(excelCell);
const SAMPLE = [
  HEADER,
  firmRow('Lakeside Precision Castings'),
  firmRow('Yongkang Hardware Tools'),
  firmRow('Ningbo Bearing Works'),
  firmRow('Dongguan Micro Motors'),
  HEADER.map(() => null),
  firmRow('Jinjiang Shoe Components'),
];
/** The column letter of a field of firms.csv. */
const at = (field: string): string => {
  const i = HEADER.indexOf(field);
  if (i < 0) throw new Error(`examples/firms.csv has no column ${field}`);
  return i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
};
const LAST = at(HEADER[HEADER.length - 1]!);
/** Sample!F2:F7, the field's column over the six rows. */
const cells = (...fields: string[]) => fields.map((f) => `Sample!${at(f)}2:${at(f)}7`).join(', ');
/** Sample!F3, one firm's cell. */
const cell = (row: number, ...fields: string[]) => fields.map((f) => `Sample!${at(f)}${row}`).join(', ');
const PRODUCT_FIELDS = ['rd_spend', 'revenue', 'sector', 'new_product_share', 'patents', 'employees', 'own_brand'];
const PROCESS_FIELDS = ['process_innovation', 'quality_certified', 'automation_share', 'labour_productivity_ratio'];

const ANALYSIS: string[][] = [
  [
    `=SME.PRODUCTSCORE(${cells(...PRODUCT_FIELDS)})`,
    `=SME.PROCESSSCORE(${cells(...PROCESS_FIELDS)})`,
    '=SME.MODE(A1:A6, B1:B6)',
    '=SME.STRATEGY(A1:A6, B1:B6)',
    `=SME.EXPORTMODE(A1:A6, B1:B6, ${cells('export_share')})`,
    `=SME.RDINTENSITY(${cells('rd_spend', 'revenue', 'sector')}, "ratio")`,
    `=SME.CREDITSTATUS(${cells('loan_applied', 'loan_outcome', 'no_apply_reason', 'external_finance_share')})`,
    `=SME.VCFIT(${cells('stage', 'location')}, , ${cells('high_growth', 'university_link')})`, // no high_tech column: left blank
    `=SME.CONSTRAINTS(Sample!A2:${LAST}7, Sample!A1:${LAST}1, "index")`,
  ],
];
// Columns J to L: one formula per firm, filled down, each firm's row with the header row.
for (let row = 2; row <= 7; row++) {
  const line = (ANALYSIS[row - 2] ??= []);
  const firm = `Sample!A${row}:${LAST}${row}, Sample!A$1:${LAST}$1`;
  line[9] = `=SME.CONSTRAINTS(${firm})`;
  line[10] = `=SME.INSTRUMENTS(${firm}, SME.ISSME(${cell(row, 'sector', 'employees', 'revenue', 'assets')}))`;
  line[11] = `=SME.MODE(SME.PRODUCTSCORE(${cell(row, ...PRODUCT_FIELDS)}), SME.PROCESSSCORE(${cell(row, ...PROCESS_FIELDS)}))`;
}
ANALYSIS[0]![12] = '=COUNTIF(G1:G6, "partially-constrained")';
ANALYSIS[0]![13] = '=AVERAGE(I1:I6)';

/**
 * Excel sizes a spill by the array the function returns; the adapter predicts it from the arguments,
 * as Excel lifts equal ranges. A `row` parameter (SME.CONSTRAINTS, SME.INSTRUMENTS) takes one row of
 * cells per result, so only its height counts: the prediction is made again with those widths as 1.
 */
function sizeRowParameters(plugin: FunctionPluginDefinition): void {
  type Internals = { arraySizeForAst(ast: unknown, state: unknown): ArraySize; evaluateAst(ast: unknown, state: unknown): unknown };
  const methods = (plugin as unknown as { prototype: Record<string, unknown> }).prototype;
  for (const fn of [CONSTRAINTS, INSTRUMENTS]) {
    const perRow = fn.params.map((p) => p.per === 'row');
    methods[`size_${fn.id}`] = function (this: Internals, ast: { args: unknown[] }, state: unknown): ArraySize {
      let size: ArraySize | undefined;
      for (const [i, arg] of ast.args.entries()) {
        let s = this.arraySizeForAst(arg, state);
        if (!Number.isFinite(s.height) || !Number.isFinite(s.width)) {
          const value = this.evaluateAst(arg, state);
          s = value instanceof SimpleRangeValue ? value.size : new ArraySize(1, 1);
        }
        if (perRow[i]) s = new ArraySize(1, s.height);
        if (s.width === 1 && s.height === 1) continue;
        if (size === undefined) size = s;
        else if (size.width !== s.width || size.height !== s.height) return new ArraySize(1, 1);
      }
      return size ?? new ArraySize(1, 1);
    };
  }
}
const MINNING = { type: 'NA', message: "sector 'minning' is not in prc-2017; did you mean 'mining' → industry?" };
const ABC = { type: 'VALUE', message: "employees must be a number ≥ 0, got 'abc'" };

let hf: HyperFormula;
let plugin: FunctionPluginDefinition | undefined;

beforeAll(() => {
  const metadata = JSON.parse(readDist('functions.json')) as FunctionsJson;
  const namespace = /<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(readManifest())![1]!;
  plugin = registerFunctions(metadata, loadBundle(distFile('functions.js')), namespace);
  sizeRowParameters(plugin);
  hf = HyperFormula.buildFromSheets({ Firms: FIRMS, Ratings: RATINGS, Sample: SAMPLE, Analysis: ANALYSIS }, { licenseKey: 'gpl-v3' });
});

afterAll(() => {
  hf?.destroy();
  if (plugin) HyperFormula.unregisterFunctionPlugin(plugin);
});

/** A column of the Ratings sheet (or another) from row 1, errors as { type, message }. */
function column(col: number, rows: number, name = 'Ratings'): unknown[] {
  const sheet = hf.getSheetId(name)!;
  return Array.from({ length: rows }, (_, row) => {
    const v = hf.getCellValue({ sheet, row, col });
    return typeof v === 'object' && v !== null && 'type' in v ? { type: v.type, message: v.message } : v;
  });
}

describe('a workbook of SME.* formulas (HyperFormula)', () => {
  it('spills SME.SIZE over ranges of firms, blank row blank, errors per row', () => {
    expect(column(0, 12)).toEqual([...CLASSES, MINNING, ABC]);
  });

  it('gives the same results filled down one firm per cell', () => {
    expect(column(10, 12)).toEqual([...CLASSES, MINNING, ABC]);
  });

  it('spills SME.ISSME with a standard and a unit for all rows', () => {
    expect(column(1, 12)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      '',
      false,
      true,
      { type: 'NA', message: "sector 'minning' is not in prc-2011; did you mean 'mining' → industry?" },
      ABC,
    ]);
  });

  it('takes each firm\'s own standard from a column (blank: the default)', () => {
    // PRC 2003 (standards.md §1): Anshan is below 2000 persons, so an SME, and meets all of 300 / 3000 / 4000: medium.
    // Baoding's sales 2,500 < 3,000 keep it small.
    expect(column(2, 12)).toEqual(['medium', 'small', ...CLASSES.slice(2), MINNING, ABC]);
  });

  it('rates whole-column references: the header row is an error, the empty tail blank', () => {
    expect(column(3, FIRMS.length)).toEqual([
      { type: 'NA', message: `sector 'sector' is not in prc-2011, which lists: ${SECTOR_LIST}` },
      ...CLASSES,
      { type: 'NA', message: "sector 'minning' is not in prc-2011; did you mean 'mining' → industry?" },
      ABC,
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('repeats a single sector against ranges', () => {
    expect(column(4, 4)).toEqual(['large', 'medium', 'small', 'micro']);
  });

  it('refuses ranges of different heights with #VALUE! and a message', () => {
    expect(column(5, 1)).toEqual([
      { type: 'VALUE', message: 'sector has 4 rows but employees has 3 rows; give ranges of the same size (a single cell is used for every row)' },
    ]);
  });

  it('gives the rules version', () => {
    expect(column(6, 1)).toEqual([RULES_VERSION]);
  });

  it('explains a rating in a cell', () => {
    expect(column(7, 1)).toEqual([
      'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
    ]);
  });

  it('feeds ordinary Excel formulas', () => {
    expect(column(8, 1)).toEqual([4]); // medium: Baoding, East Market, Foshan, Inner Services
    expect(column(9, 1)).toEqual(['large firm']); // Hefei Wholesale: 250 ≥ 200 persons and 50,000 ≥ 40,000
  });
});

describe('a sheet of capability and financing formulas over firms of examples/firms.csv', () => {
  // Lakeside, Yongkang, Ningbo, Dongguan, a blank row, Jinjiang.
  const analysis = (col: number, rows = 6) => column(col, rows, 'Analysis');
  const MODES = ['fast-follower', 'process-pioneer', 'product-pioneer', 'applications-specialist', '', 'product-pioneer'];

  it('scores product and process capability, spilled', () => {
    expect(analysis(0)).toEqual([86.8, 6.5, 87.7, 6.5, '', 57.7]);
    expect(analysis(1)).toEqual([85, 85, 15, 15, '', 15]);
  });

  it('places the spilled scores in Figures 1 and 2', () => {
    expect(analysis(2)).toEqual(MODES);
    expect(analysis(3)).toEqual(['cluster', 'niche', 'niche', 'free-riding', '', 'niche']);
    expect(analysis(4)).toEqual(['globalized-fast-follower', 'domestic-process-pioneer', 'domestic-product-pioneer', 'domestic-applications-specialist', '', 'domestic-product-pioneer']);
  });

  it('gives one firm\'s mode from its scores in one formula, filled down', () => {
    expect(analysis(11)).toEqual(MODES);
  });

  it('compares R&D intensity with Table 4, and says what a firm without figures lacks', () => {
    // 2.5 % and 0.2 % against all industry's 1.0 % (industry, manufacturing and 工业 are not Table 4 rows).
    const ratios = analysis(5);
    expect(ratios.slice(0, 5).map((v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))).toEqual([2.5, 0.2, 2.5, 0.2, '']);
    expect(ratios[5]).toEqual({ type: 'VALUE', message: 'rd_spend is needed: R&D intensity is rd_spend ÷ revenue' });
  });

  it('classes credit-constraint status and ranks venture-capital types, spilled', () => {
    expect(analysis(6)).toEqual(['not-constrained', 'fully-constrained', 'partially-constrained', 'maybe-constrained', '', 'partially-constrained']);
    expect(analysis(7)).toEqual([
      'university VC; foreign VC; government VC',
      'government VC; corporate VC',
      'corporate VC; government VC; university VC',
      'foreign VC',
      '',
      'foreign VC; corporate VC; university VC',
    ]);
  });

  it('reads each firm\'s row by its headers: the constraint index spilled, the binding constraints filled down', () => {
    expect(analysis(8)).toEqual([59, 42, 55, 36, '', 70]);
    expect(analysis(9)).toEqual([
      'no credible collateral; differential treatment by ownership, region, size or industry; weak corporate governance and management; short credit history; small loans not cost-effective for banks; risk of the firm’s specific market; SMEs seen as second-tier firms',
      'low accountability of credit; differential treatment by ownership, region, size or industry; risk of the firm’s specific market; underdeveloped capital markets; SMEs seen as second-tier firms',
      'no credible collateral; differential treatment by ownership, region, size or industry; weak corporate governance and management; failure of bank competition; underdeveloped capital markets; SMEs seen as second-tier firms',
      'lack of transparency; weak corporate governance and management; failure of bank competition; underdeveloped capital markets; local-government interference in local finance',
      '',
      'low accountability of credit; no credible collateral; weak corporate governance and management; short credit history; small loans not cost-effective for banks; risk of the firm’s specific market; incomplete commodity markets',
    ]);
  });

  it('ranks instruments with the firm\'s SME status from SME.ISSME (Ningbo is large: no SME schemes)', () => {
    expect(analysis(10)).toEqual([
      'factoring; leasing; venture capital; relationship banking with the cluster; credit guarantee scheme; SME policy lender; e-finance',
      'factoring; relationship banking with the cluster; SME policy lender; leasing; credit guarantee scheme',
      'factoring; credit scoring; relationship banking with the cluster; e-finance',
      'credit scoring; SME policy lender; e-finance',
      '',
      'factoring; venture capital; credit guarantee scheme; e-finance',
    ]);
  });

  it('feeds ordinary Excel formulas, the blank row ignored', () => {
    expect(analysis(12, 1)).toEqual([2]); // Ningbo and Jinjiang
    expect(analysis(13, 1)).toEqual([52.4]); // (59 + 42 + 55 + 36 + 70) ÷ 5
  });
});
