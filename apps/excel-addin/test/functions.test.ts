/**
 * The SME.* functions as Excel calls them: arguments as 2-D arrays, errors as CustomFunctions.Error
 * (here the test polyfill). Expected classes are worked out by hand from the PRC 2011 table in
 * /work/shared/reference/standards.md §2 (prc-2017, the default, keeps every 2011 threshold):
 *
 *   industry (persons X, revenue Y, 万元)  large X ≥ 1000 and Y ≥ 40000; medium X ≥ 300 and Y ≥ 2000; small X ≥ 20 and Y ≥ 300
 *   retail                                 large 300, 20000;   medium 50, 500;    small 10, 100
 *   construction (Y, total assets Z)       large 80000, 80000; medium 6000, 5000; small 300, 300
 *   wholesale                              large 200, 40000;   medium 20, 5000;   small 5, 1000
 *   software and IT services               large 300, 10000;   medium 100, 1000;  small 10, 50
 *   other (X only)                         large 300;          medium 100;        small 10
 */
import { RULES_VERSION } from '@sme-navigator/engine';
import { describe, expect, it } from 'vitest';
import { isSme, rulesVersion, size, sizeReason } from '../src/functions/functions.js';
import { NA, VALUE } from './support/custom-functions.js';

const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
const one = (v: unknown): unknown[][] => [[v]];
/** What Excel passes for an optional argument left out. */
const omitted = null as unknown as undefined;

const SECTORS = ['industry', 'manufacturing', '工业', 'industry', 'retail', 'construction', 'software', null, 'wholesale', 'other'];
const EMPLOYEES = [1500, 350, 350, 10, 60, null, 120, null, 250, 150];
const REVENUE = [50000, 2500, 1500, 5000, 600, 7000, 800, null, 50000, null];
const ASSETS = [60000, 3000, null, null, null, 6000, null, null, null, null];
// By hand from the table above, row by row.
const CLASSES = ['large', 'medium', 'small', 'micro', 'medium', 'medium', 'small', '', 'large', 'medium'];
const IS_SME = [false, true, true, true, true, true, true, '', false, true];

const SECTOR_LIST =
  'agriculture, industry, construction, wholesale, retail, transportation, warehousing, post, accommodation, catering, information-transmission, software-it, real-estate-development, property-management, leasing-business-services, other';

describe('SME.SIZE on single values', () => {
  it.each([
    ['industry', 1500, 50000, null, 'large'],
    ['industry', 1000, 40000, null, 'large'], // both bounds are ≥
    ['industry', 999, 40000, null, 'medium'],
    ['industry', 350, 2500, null, 'medium'],
    ['industry', 350, 1500, null, 'small'],
    ['industry', 20, 300, null, 'small'],
    ['industry', 19, 300, null, 'micro'],
    ['retail', 60, 600, null, 'medium'],
    ['retail', 8, 200, null, 'micro'],
    ['construction', null, 7000, 6000, 'medium'],
    ['construction', null, 250, 9000, 'micro'],
    ['wholesale', 25, 6000, null, 'medium'],
    ['software', 120, 800, null, 'small'],
    ['other', 150, null, null, 'medium'],
    ['零售业', 60, 600, null, 'medium'],
  ])('%s, %s persons, revenue %s, assets %s → %s', (sector, employees, revenue, assets, expected) => {
    expect(size(one(sector), one(employees), one(revenue), one(assets))).toEqual([[expected]]);
  });

  it('reads revenue and assets in the unit given', () => {
    expect(size(one('industry'), one(350), one(25_000_000), one(null), omitted, one('yuan'))).toEqual([['medium']]);
    expect(size(one('industry'), one(350), one(25), one(null), omitted, one('million-yuan'))).toEqual([['medium']]);
    expect(size(one('industry'), one(350), one(2500), one(null), omitted, one('万元'))).toEqual([['medium']]);
    expect(size(one('industry'), one(350), one(15_000_000), one(null), omitted, one('元'))).toEqual([['small']]);
  });

  it('applies the standard given', () => {
    // PRC 2003 (standards.md §1): industry is an SME below any of 2000 persons / 30000 / 40000; medium needs all of 300 / 3000 / 4000.
    expect(size(one('industry'), one(1500), one(50000), one(60000), one('prc-2003'))).toEqual([['medium']]);
    expect(size(one('industry'), one(350), one(2500), one(3000), one('prc-2003'))).toEqual([['small']]);
    expect(size(one('industry'), one(1500), one(50000), one(60000), one('prc-2011'))).toEqual([['large']]);
    // EU 2003/361 (§3): micro < 10 AWU and turnover or balance sheet ≤ €2 m; medium < 250 and ≤ €50 m or ≤ €43 m.
    expect(size(one(null), one(5), one(1_000_000), one(1_000_000), one('eu-2003'))).toEqual([['micro']]);
    expect(size(one(null), one(60), one(20), one(5), one('eu-2003'), one('million-eur'))).toEqual([['medium']]);
    // IFC (§4): two of three; 8 employees and sales under US$100,000 make micro whatever the assets.
    expect(size(one(null), one(8), one(50_000), one(2_000_000), one('ifc'))).toEqual([['micro']]);
  });

  it('is blank when every figure is blank (a formula filled down past the data)', () => {
    expect(size(one(null), one(null), one(''), one(null))).toEqual([['']]);
  });
});

describe('SME.SIZE messages say what to fix', () => {
  it('#VALUE! for a figure that is not a number ≥ 0', () => {
    expect(size(one('retail'), one('abc'), one(600), one(null))).toEqual([[VALUE("employees must be a number ≥ 0, got 'abc'")]]);
    expect(size(one('retail'), one(60), one(-5), one(null))).toEqual([[VALUE('revenue must be a number ≥ 0, got -5')]]);
  });

  it('#VALUE! listing every bad figure of the row', () => {
    expect(size(one('industry'), one('abc'), one('n/a'), one(null))).toEqual([
      [VALUE("employees must be a number ≥ 0, got 'abc'; revenue must be a number ≥ 0, got 'n/a'")],
    ]);
  });

  it('#N/A for a sector not in the standard, with the likely one', () => {
    expect(size(one('minning'), one(5), one(1), one(null))).toEqual([[NA("sector 'minning' is not in prc-2017; did you mean 'mining' → industry?")]]);
  });

  it('#N/A for an unknown standard or unit, listing the accepted ones', () => {
    expect(size(one('industry'), one(350), one(2500), one(null), one('prc-2099'))).toEqual([
      [NA("unknown standard 'prc-2099'; use one of: prc-2003, prc-2011, prc-2017, eu-2003, ifc")],
    ]);
    expect(size(one('industry'), one(350), one(2500), one(null), omitted, one('yen'))).toEqual([
      [NA("unknown unit 'yen' for prc-2017; use one of: 10k-yuan, yuan, million-yuan")],
    ]);
    expect(size(one('industry'), one(350), one(2500), one(null), one('prc-2011'), one('usd'))).toEqual([
      [NA("unknown unit 'usd' for prc-2011; use one of: 10k-yuan, yuan, million-yuan")],
    ]);
  });

  it('#VALUE! for a blank sector or a figure the rule needs', () => {
    expect(size(one(null), one(350), one(2500), one(null))).toEqual([[VALUE(`sector is blank; prc-2017 needs one of: ${SECTOR_LIST}`)]]);
    // 350 persons rule out large; medium, small and micro all remain without revenue.
    expect(size(one('industry'), one(350), one(null), one(null))).toEqual([
      [VALUE('revenue is needed: under prc-2017 (industry) the firm could be medium, small or micro')],
    ]);
  });
});

describe('SME.SIZE on ranges', () => {
  it('rates every row of equal-height ranges, blank rows blank', () => {
    expect(size(col(...SECTORS), col(...EMPLOYEES), col(...REVENUE), col(...ASSETS))).toEqual(col(...CLASSES));
  });

  it('gives each row its own error, the other rows their class', () => {
    expect(size(col('industry', 'minning', 'retail', null), col(350, 5, 'abc', null), col(2500, 1, 600, null), col(null, null, null, null))).toEqual([
      ['medium'],
      [NA("sector 'minning' is not in prc-2017; did you mean 'mining' → industry?")],
      [VALUE("employees must be a number ≥ 0, got 'abc'")],
      [''],
    ]);
  });

  it('spills as tall as a whole-column reference, its empty tail blank', () => {
    const tail = Array.from({ length: 5000 }, () => null);
    const out = size(col(...SECTORS, ...tail), col(...EMPLOYEES, ...tail), col(...REVENUE, ...tail), col(...ASSETS, ...tail), one('prc-2011'));
    expect(out).toHaveLength(SECTORS.length + tail.length);
    expect(out.slice(0, SECTORS.length)).toEqual(col(...CLASSES));
    expect(out.slice(SECTORS.length).every((row) => row.length === 1 && row[0] === '')).toBe(true);
  });

  it('refuses ranges of different heights with one #VALUE! naming them', () => {
    expect(size(col('industry', 'retail', 'other'), col(350, 60), col(2500, 600, null), col(null, null, null))).toEqual([
      [VALUE('sector has 3 rows but employees has 2 rows; give ranges of the same size (a single cell is used for every row)')],
    ]);
  });
});

describe('SME.SIZE on mixed shapes', () => {
  it('repeats a single sector against ranges of figures', () => {
    expect(size(one('industry'), col(1500, 350, 350, 10), col(50000, 2500, 1500, 5000), one(null))).toEqual(col('large', 'medium', 'small', 'micro'));
  });

  it('takes a standard per row from a range, and a single unit for all', () => {
    expect(size(col('industry', 'industry'), col(1500, 1500), col(500, 500), col(600, 600), col('prc-2011', 'prc-2003'), one('million-yuan'))).toEqual(
      col('large', 'medium'),
    );
  });

  it('keeps blank rows blank when the sector is a single value', () => {
    expect(size(one('retail'), col(60, null, 8), col(600, null, 200), one(null))).toEqual(col('medium', '', 'micro'));
  });

  it('lifts a row of firms into a row of results', () => {
    expect(size([['industry', 'retail']], [[350, 60]], [[2500, 600]], [[null, null]])).toEqual([['medium', 'medium']]);
  });
});

describe('SME.ISSME', () => {
  it('is TRUE for micro, small and medium, FALSE for large', () => {
    expect(isSme(col(...SECTORS), col(...EMPLOYEES), col(...REVENUE), col(...ASSETS))).toEqual(col(...IS_SME));
  });

  it('fails the way SME.SIZE does', () => {
    expect(isSme(one('minning'), one(5), one(1), one(null), one('prc-2011'))).toEqual([[NA("sector 'minning' is not in prc-2011; did you mean 'mining' → industry?")]]);
  });
});

describe('SME.SIZEREASON', () => {
  it('states the thresholds met and the ones that kept the firm out of the next class', () => {
    expect(sizeReason(col('industry', 'industry', 'industry'), col(350, 1500, 10), col(2500, 50000, 5000), col(null, null, null))).toEqual([
      ['medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)'],
      ['large: 1,500 persons ≥ 1,000 and revenue 50,000 ≥ 40,000 (10k yuan)'],
      ['micro: not small: 10 < 20 persons'],
    ]);
  });

  it('names the standard\'s own indicators (total assets for construction)', () => {
    expect(sizeReason(one('construction'), one(null), one(7000), one(6000))).toEqual([
      ['medium: revenue 7,000 ≥ 6,000 (10k yuan) and total assets 6,000 ≥ 5,000 (10k yuan); not large: revenue 7,000 < 80,000 (10k yuan) and total assets 6,000 < 80,000 (10k yuan)'],
    ]);
  });

  it('adds the engine\'s warnings, such as a figure no firm reports', () => {
    expect(sizeReason(one('industry'), one(350), one(2_500_000_000), one(null))).toEqual([
      [
        'medium: 350 persons ≥ 300 and revenue 2,500,000,000 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons; revenue 2,500,000,000 (10k yuan) is more than any firm in the world reports (over 1,000,000,000); check the unit',
      ],
    ]);
  });

  it('keeps blank rows blank and fails the way SME.SIZE does', () => {
    expect(sizeReason(col('retail', null), col('abc', null), col(600, null), col(null, null))).toEqual([[VALUE("employees must be a number ≥ 0, got 'abc'")], ['']]);
  });
});

describe('SME.RULESVERSION', () => {
  it("is the engine's RULES_VERSION", () => {
    expect(rulesVersion()).toBe(RULES_VERSION);
    expect(rulesVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
