/**
 * SME.PRODUCTSCORE, PROCESSSCORE, MODE, STRATEGY, EXPORTMODE and RDINTENSITY as Excel calls them.
 * Expected values are worked out by hand from docs/framework.md §1–3 and standards.md §5:
 *
 *   each indicator scores 100 × min(1, value ÷ full) (yes 100, no 0); a side's score is Σ wᵢ·sᵢ ÷ Σ wᵢ
 *   over the indicators given, kept to one decimal; 50 or more is high.
 *   product: R&D ÷ revenue as a multiple of the Table 4 benchmark, full 2 (w 35); new-product share,
 *            full 40 % (w 30); patents per 100 employees, full 4 (w 20); own brand (w 15)
 *   process: process innovation (w 30); quality certified (w 20); automation share, full 100 % (w 25);
 *            labour productivity ÷ sector median, full 2 (w 25)
 *   Table 4 (R&D ÷ sales, 2002): all industry 1.0 % (also any sector not in the table, such as
 *   `industry`); electric machinery 1.8 %; electronics and communication 1.7 %; machinery 1.3 %;
 *   transport equipment, instruments, rubber 1.2 %; medicine 1.1 %.
 *   Figure 1 (process ↓ / product →): high/high fast-follower → cluster; process high, product low
 *   process-pioneer → niche; product high, process low product-pioneer → niche; low/low
 *   applications-specialist → free-riding. Figure 2: export share ≥ 50 % is high orientation.
 *
 * The sample firms are rows of examples/firms.csv:
 *   Lakeside   rd 62.5, revenue 2,500, industry, new 30 %, 10 patents, 350 persons, brand yes;
 *              process yes, yes, 0.7, 1.4; exports 60 %
 *   Yongkang   rd 3.6, revenue 1,800, manufacturing, new 4 %, 0 patents, 85 persons, brand no;
 *              process yes, yes, 0.7, 1.4; exports 10 %
 *   Ningbo     rd 1,300, revenue 52,000, industry, new 30 %, 44 patents, 1,450 persons, brand yes;
 *              process no, no, 0.2, 0.8; exports 0 %
 *   Dongguan   rd 30, revenue 15,000, 工业, new 4 %, 0 patents, 620 persons, brand no;
 *              process no, no, 0.2, 0.8; exports 35 %
 *   Jinjiang   rd and revenue blank, industry, new 30 %, 0 patents, 12 persons, brand yes;
 *              process no, no, 0.2, 0.8; exports 10 %
 *
 * Product scores by hand:
 *   Lakeside   R&D 62.5 ÷ 2,500 = 2.5 % = 2.5× the 1.0 % → 100; new 0.30 ÷ 0.40 → 75;
 *              10 ÷ 350 × 100 = 2.857 per 100 → 71.43; brand → 100
 *              (35·100 + 30·75 + 20·71.43 + 15·100) ÷ 100 = 86.79 → 86.8
 *   Yongkang   3.6 ÷ 1,800 = 0.2 % = 0.2× → 10; new 0.04 ÷ 0.4 → 10; patents 0; brand 0
 *              (350 + 300) ÷ 100 = 6.5
 *   Ningbo     1,300 ÷ 52,000 = 2.5 % → 100; new → 75; 44 ÷ 1,450 × 100 = 3.034 per 100 → 75.86; brand → 100
 *              (3,500 + 2,250 + 1,517.24 + 1,500) ÷ 100 = 87.67 → 87.7
 *   Dongguan   30 ÷ 15,000 = 0.2 % → 10; new → 10; 0; 0 → 6.5
 *   Jinjiang   no R&D (not given); new → 75, patents 0, brand 100 over weights 30 + 20 + 15 = 65:
 *              (2,250 + 0 + 1,500) ÷ 65 = 57.69 → 57.7
 * Process scores: yes, yes, 0.7, 1.4 → (30·100 + 20·100 + 25·70 + 25·70) ÷ 100 = 85;
 *                 no, no, 0.2, 0.8 → (0 + 0 + 25·20 + 25·40) ÷ 100 = 15.
 */
import { describe, expect, it } from 'vitest';
import { exportMode, mode, processScore, productScore, rdIntensity, strategy } from '../src/functions/functions.js';
import { NA, VALUE } from './support/custom-functions.js';

const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
const one = (v: unknown): unknown[][] => [[v]];
/** What Excel passes for an optional argument left out. */
const omitted = null as unknown as undefined;

// Lakeside, Yongkang, Ningbo, Dongguan, a blank row, Jinjiang.
const RD = col(62.5, 3.6, 1300, 30, null, null);
const REVENUE = col(2500, 1800, 52000, 15000, null, null);
const SECTOR = col('industry', 'manufacturing', 'industry', '工业', null, 'industry');
const NEW = col('30%', '4%', 0.3, 0.04, null, 30);
const PATENTS = col(10, 0, 44, 0, null, 0);
const EMPLOYEES = col(350, 85, 1450, 620, null, 12);
const BRAND = col('yes', 'no', true, '否', null, '是');
const PROCESS_INNOVATION = col('yes', 'yes', 'no', 'no', null, 'no');
const CERTIFIED = col('yes', 1, 'no', false, null, 'no');
const AUTOMATION = col(0.7, '70%', 0.2, 20, null, 0.2);
const PRODUCTIVITY = col(1.4, 1.4, 0.8, 0.8, null, 0.8);
const EXPORTS = col('60%', 0.1, 0, 0.35, null, '10%');

const PRODUCT_SCORES = [86.8, 6.5, 87.7, 6.5, '', 57.7];
const PROCESS_SCORES = [85, 85, 15, 15, '', 15];

const NO_PRODUCT_INDICATOR =
  'no product capability indicator given: give product_capability (high / low / 高 / 低, or a score 0–100) or at least one of rd_spend with revenue, new_product_share, patents with employees, own_brand';
const NO_PROCESS_INDICATOR =
  'no process capability indicator given: give process_capability (high / low / 高 / 低, or a score 0–100) or at least one of process_innovation, quality_certified, automation_share, labour_productivity_ratio';

describe('SME.PRODUCTSCORE', () => {
  it('scores one firm', () => {
    expect(productScore(one(62.5), one(2500), one('industry'), one('30%'), one(10), one(350), one('yes'))).toEqual([[86.8]]);
  });

  it('scores every row of equal ranges, the blank row blank', () => {
    expect(productScore(RD, REVENUE, SECTOR, NEW, PATENTS, EMPLOYEES, BRAND)).toEqual(col(...PRODUCT_SCORES));
  });

  it('takes R&D intensity against the sector row of Table 4', () => {
    // R&D 11 ÷ 1,000 = 1.1 %: 1× medicine's 1.1 % → 100 × 1 ÷ 2 = 50; 1.1× the all-industry 1.0 % → 55;
    // 0.647× electronics' 1.7 % → 100 × 0.647 ÷ 2 = 32.35 → 32.4. R&D is the only indicator given, so the score is its own.
    expect(productScore(one(11), one(1000), col('医药制造业', 'industry', 'electronic and communication equipment'), one(null), one(null), one(null), one(null))).toEqual(
      col(50, 55, 32.4),
    );
  });

  it('uses the benchmark given instead of Table 4', () => {
    // Lakeside against 2.5 %: 1× → 50; (35·50 + 2,250 + 1,428.57 + 1,500) ÷ 100 = 69.29 → 69.3. As text '2.5%' too.
    expect(productScore(one(62.5), one(2500), one('industry'), one('30%'), one(10), one(350), one('yes'), col(0.025, '2.5%'))).toEqual(col(69.3, 69.3));
  });

  it('repeats a single sector against ranges of figures', () => {
    // 5 ÷ 1,000 = 0.5× → 25; 20 ÷ 1,000 = 2× → 100; 30 ÷ 1,000 = 3×, capped → 100.
    expect(productScore(col(5, 20, 30), one(1000), one('industry'), one(null), one(null), one(null), one(null))).toEqual(col(25, 100, 100));
  });

  it('leaves out patents without employees (the other indicators carry the score)', () => {
    // new 20 % → 50, patents without a divisor left out: 50.
    expect(productScore(one(null), one(null), one(null), one('20%'), one(3), one(null), one(null))).toEqual([[50]]);
  });

  it('#VALUE! naming the indicators when none is given', () => {
    // Revenue and a sector alone are no indicator; R&D without revenue is left out.
    expect(productScore(col(null, 40), col(2500, null), one('industry'), one(null), one(null), one(null), one(null))).toEqual([
      [VALUE(NO_PRODUCT_INDICATOR)],
      [VALUE(NO_PRODUCT_INDICATOR)],
    ]);
  });

  it('#VALUE! for a value that cannot be read, one message for the row', () => {
    expect(productScore(one('abc'), one(2500), one('industry'), one('140%'), one(null), one(null), one('maybe'))).toEqual([
      [
        VALUE(
          "rd_spend must be a number ≥ 0, got 'abc'; new_product_share must be between 0 % and 100 %, got 140%; own_brand must be yes, no or unknown (是 / 否 / 不知道), got 'maybe'",
        ),
      ],
    ]);
    expect(productScore(one(62.5), one(2500), one('industry'), one(null), one(null), one(null), one(null), one('abc'))).toEqual([
      [VALUE("rd_benchmark must be a share above 0 and at most 100 % (a fraction like 0.5 or a percentage like '50%'), got abc")],
    ]);
  });

  it('refuses ranges of different heights', () => {
    expect(productScore(col(1, 2), col(10, 20, 30), one(null), one(null), one(null), one(null), one(null))).toEqual([
      [VALUE('rd_spend has 2 rows but revenue has 3 rows; give ranges of the same size (a single cell is used for every row)')],
    ]);
  });
});

describe('SME.PROCESSSCORE', () => {
  it('scores every row, the blank row blank', () => {
    expect(processScore(PROCESS_INNOVATION, CERTIFIED, AUTOMATION, PRODUCTIVITY)).toEqual(col(...PROCESS_SCORES));
  });

  it('spreads the weight of an indicator not given over the others', () => {
    // yes and 2× the median only: (30·100 + 25·100) ÷ 55 = 100; no and 0.5× the median: (0 + 25·25) ÷ 55 = 11.36 → 11.4.
    expect(processScore(col('yes', 'no'), one(null), one(null), col(2, 0.5))).toEqual(col(100, 11.4));
  });

  it('#VALUE! for a bad value or no indicator', () => {
    expect(processScore(one('sometimes'), one('yes'), one(1.5), one(null))).toEqual([
      [VALUE("process_innovation must be yes, no or unknown (是 / 否 / 不知道), got 'sometimes'")],
    ]);
    expect(processScore(one('unknown'), one(null), one(null), one(null))).toEqual([[VALUE(NO_PROCESS_INDICATOR)]]);
  });
});

describe('SME.MODE and SME.STRATEGY', () => {
  it('place scores and words in Figure 1', () => {
    const product = col(86.8, 6.5, 87.7, 6.5, '', 'high', '低', 50);
    const process = col(85, 85, 15, 15, '', '高', 'low', 49.9);
    expect(mode(product, process)).toEqual(
      col('fast-follower', 'process-pioneer', 'product-pioneer', 'applications-specialist', '', 'fast-follower', 'applications-specialist', 'product-pioneer'),
    );
    expect(strategy(product, process)).toEqual(col('cluster', 'niche', 'niche', 'free-riding', '', 'cluster', 'free-riding', 'niche'));
  });

  it('apply the threshold given (at the threshold is high)', () => {
    // Lakeside 86.8 / 85 against 86: product high, process low; against 90 both low.
    expect(mode(one(86.8), one(85), col(86, 90, 85))).toEqual(col('product-pioneer', 'applications-specialist', 'fast-follower'));
    expect(strategy(one(86.8), one(85), one('86'))).toEqual([['niche']]);
  });

  it('take the scores SME.PRODUCTSCORE and SME.PROCESSSCORE spill', () => {
    const product = productScore(RD, REVENUE, SECTOR, NEW, PATENTS, EMPLOYEES, BRAND);
    const process = processScore(PROCESS_INNOVATION, CERTIFIED, AUTOMATION, PRODUCTIVITY);
    expect(mode(product, process)).toEqual(col('fast-follower', 'process-pioneer', 'product-pioneer', 'applications-specialist', '', 'product-pioneer'));
  });

  it('pass an error from the score cell through', () => {
    const failed = productScore(one(null), one(2500), one('industry'), one(null), one(null), one(null), one(null));
    expect(mode(failed, one(85))).toEqual([[VALUE(NO_PRODUCT_INDICATOR)]]);
  });

  it('#VALUE! for a word that is not a level, a score out of range, a bad threshold or a missing side', () => {
    expect(mode(one('medium'), one(85))).toEqual([[VALUE("product_capability must be high or low (高 / 低) or a score from 0 to 100, got 'medium'")]]);
    expect(mode(one('hight'), one(85))).toEqual([[VALUE("product_capability must be high or low (高 / 低) or a score from 0 to 100, got 'hight'; did you mean 'high'?")]]);
    expect(strategy(one(80), one(120))).toEqual([[VALUE('process_capability must be a score from 0 to 100, got 120')]]);
    expect(mode(one(80), one(85), one('abc'))).toEqual([[VALUE('threshold must be a number above 0 and at most 100, got abc')]]);
    expect(mode(one(80), one(85), one(0))).toEqual([[VALUE('threshold must be a number above 0 and at most 100, got 0')]]);
    expect(mode(one(80), one(null))).toEqual([[VALUE(NO_PROCESS_INDICATOR)]]);
  });
});

describe('SME.EXPORTMODE', () => {
  it('crosses the Figure 1 mode with export orientation (≥ 50 % is high)', () => {
    // Lakeside 60 % → globalized; Yongkang 10 %, Ningbo 0 %, Dongguan 35 %, Jinjiang 10 % → domestic.
    expect(exportMode(col(...PRODUCT_SCORES), col(...PROCESS_SCORES), EXPORTS)).toEqual(
      col('globalized-fast-follower', 'domestic-process-pioneer', 'domestic-product-pioneer', 'domestic-applications-specialist', '', 'domestic-product-pioneer'),
    );
    expect(exportMode(one('high'), one('high'), col(0.5, 0.49, '50%', 50))).toEqual(
      col('globalized-fast-follower', 'domestic-fast-follower', 'globalized-fast-follower', 'globalized-fast-follower'),
    );
    expect(exportMode(col('low', 'high', 'low'), col('high', 'low', 'low'), one(0.8))).toEqual(
      col('exporting-process-pioneer', 'exporting-product-pioneer', 'exporting-applications-specialist'),
    );
  });

  it('applies the thresholds given', () => {
    // 50 % exports against 60 %: low; scores 70 / 70 against 75: both low.
    expect(exportMode(one(70), one(70), one(0.5), omitted, one('60%'))).toEqual([['domestic-fast-follower']]);
    expect(exportMode(one(70), one(70), one(0.5), one(75))).toEqual([['exporting-applications-specialist']]);
    expect(exportMode(one(70), one(70), one(0.5), omitted, one('none'))).toEqual([
      [VALUE("export_threshold must be a share above 0 and at most 100 % (a fraction like 0.5 or a percentage like '50%'), got none")],
    ]);
  });

  it('#N/A with the reason when the export share is blank', () => {
    expect(exportMode(col(80, null), col(80, null), col(null, null))).toEqual([
      [NA('export_share not given: export orientation and the Figure 2 mode are left open')],
      [''],
    ]);
  });

  it('#VALUE! for an export share that is not a share', () => {
    expect(exportMode(one(80), one(80), one('abc'))).toEqual([[VALUE("export_share must be a share: a fraction 0–1 or a percentage like '30%', got 'abc'")]]);
  });
});

describe('SME.RDINTENSITY', () => {
  it('is R&D ÷ revenue as a fraction', () => {
    // 62.5 ÷ 2,500 = 0.025; 1,300 ÷ 52,000 = 0.025; 30 ÷ 15,000 = 0.002; 0.8 ÷ 420 = 0.0019048.
    const out = rdIntensity(col(62.5, 1300, 30, null, 0.8), col(2500, 52000, 15000, null, 420));
    expect(out.slice(0, 2)).toEqual(col(0.025, 0.025));
    expect(out[2]![0]).toBeCloseTo(0.002, 15);
    expect(out[3]).toEqual(['']);
    expect(out[4]![0]).toBeCloseTo(0.0019047619, 10);
  });

  it('as a multiple of the sector benchmark, or the benchmark itself', () => {
    // 2.5 % ÷ 1.0 % = 2.5; 1.1 % ÷ medicine's 1.1 % = 1; 1.8 % ÷ electric machinery's 1.8 % = 1.
    expect(rdIntensity(col(62.5, 11, 18), col(2500, 1000, 1000), col('industry', 'medicine', '电气机械及器材制造业'), one('ratio'))).toEqual(col(2.5, 1, 1));
    // No R&D figures needed for the benchmark; a sector not in Table 4 (or none) has the all-industry 1.0 %.
    expect(rdIntensity(one(null), one(null), col('electronics', 'rubber', 'retail', '医药制造业'), one('benchmark'))).toEqual(col(0.017, 0.012, 0.01, 0.011));
    expect(rdIntensity(one(10), one(1000), one(null), col('benchmark', '基准倍数', 'R&D intensity'))).toEqual(col(0.01, 1, 0.01));
  });

  it('#VALUE! saying what is needed', () => {
    expect(rdIntensity(col(null, 10, 10, 'abc'), col(1000, null, 0, 1000))).toEqual([
      [VALUE('rd_spend is needed: R&D intensity is rd_spend ÷ revenue')],
      [VALUE('revenue is needed: R&D intensity is rd_spend ÷ revenue, and revenue must be above 0')],
      [VALUE('revenue is needed: R&D intensity is rd_spend ÷ revenue, and revenue must be above 0')],
      [VALUE("rd_spend must be a number ≥ 0, got 'abc'")],
    ]);
    expect(rdIntensity(one(10), one(1000), omitted, one('percent'))).toEqual([[VALUE("show must be intensity, ratio or benchmark, got 'percent'")]]);
  });
});
