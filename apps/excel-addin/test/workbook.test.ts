/**
 * A workbook of SME.* formulas over sample firms, evaluated by a real formula engine (HyperFormula),
 * with the functions the build produced: dist/functions.js run as Excel's runtime runs it (its
 * CustomFunctions.associate calls are recorded) and registered from dist/functions.json by id,
 * name and parameters. Expected classes by hand from the PRC 2011 table (standards.md §2; see
 * functions.test.ts for the thresholds).
 */
import { RULES_VERSION } from '@sme-navigator/engine';
import { HyperFormula, type FunctionPluginDefinition } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../build/manifest.mjs';
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
const MINNING = { type: 'NA', message: "sector 'minning' is not in prc-2017; did you mean 'mining' → industry?" };
const ABC = { type: 'VALUE', message: "employees must be a number ≥ 0, got 'abc'" };

let hf: HyperFormula;
let plugin: FunctionPluginDefinition | undefined;

beforeAll(() => {
  const metadata = JSON.parse(readDist('functions.json')) as FunctionsJson;
  const namespace = /<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"/.exec(readManifest())![1]!;
  plugin = registerFunctions(metadata, loadBundle(distFile('functions.js')), namespace);
  hf = HyperFormula.buildFromSheets({ Firms: FIRMS, Ratings: RATINGS }, { licenseKey: 'gpl-v3' });
});

afterAll(() => {
  hf?.destroy();
  if (plugin) HyperFormula.unregisterFunctionPlugin(plugin);
});

/** A column of the Ratings sheet from row 1, errors as { type, message }. */
function column(col: number, rows: number): unknown[] {
  const sheet = hf.getSheetId('Ratings')!;
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
