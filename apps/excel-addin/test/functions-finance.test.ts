/**
 * SME.CONSTRAINTS, CREDITSTATUS, INSTRUMENTS and VCFIT as Excel calls them. Expected values are
 * worked out by hand from docs/financing.md §2–6 and standards.md §6–7:
 *
 *   constraint weights (internal): differential_treatment 2, low_credit_accountability 3,
 *   no_collateral 3, low_transparency 2, weak_governance 2, market_risk 1, short_credit_history 2;
 *   (external): no_bank_competition 2, small_loans_uneconomic 2, thin_capital_markets 1,
 *   incomplete_commodity_markets 1, second_tier_perception 1, local_government_interference 1.
 *   index = round(100 × Σ weight binding ÷ Σ weight answered); unknown answers leave both sums.
 *   Derived: collateral_value < loan_need → no_collateral; credit_history_years < 3 →
 *   short_credit_history; audited_accounts no → low_credit_accountability (yes → not);
 *   owner_operated yes and independent_director no → weak_governance. A direct answer wins.
 *   Binding constraints are listed heaviest first, then in the order above.
 *   Instruments: the points of the signals met (docs/financing.md §5 table), best first, ties in the
 *   order leasing, factoring, venture capital, cluster banking, credit scoring, guarantee scheme,
 *   e-finance, SME policy lender. VC (Table A.1): one point per criterion met, 0 when a required one
 *   (technology for government, corporate, university; university link for university; high
 *   growth for foreign) is known to fail; ties in the order government, corporate, university, foreign.
 *
 * The sample firms are rows of examples/firms.csv (their financing columns, in the file's order).
 */
import { describe, expect, it } from 'vitest';
import { constraints, creditStatus, instruments, vcFit } from '../src/functions/functions.js';
import { NA, VALUE } from './support/custom-functions.js';

const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
const one = (v: unknown): unknown[][] => [[v]];
/** What Excel passes for an optional argument left out. */
const omitted = null as unknown as undefined;

const HEADERS = [
  'firm', 'loan_applied', 'loan_outcome', 'collateral_value', 'loan_need', 'credit_history_years', 'audited_accounts', 'owner_operated',
  'independent_director', 'stage', 'high_growth', 'equipment_need', 'receivables_share', 'buyers_creditworthy', 'cluster_member',
  'debt_outstanding', 'differential_treatment', 'low_transparency', 'market_risk', 'no_bank_competition', 'small_loans_uneconomic',
  'thin_capital_markets', 'incomplete_commodity_markets', 'second_tier_perception', 'local_government_interference',
];
const LAKESIDE = ['Lakeside Precision Castings', 'no', null, 125, 250, 1, 'yes', 'yes', 'no', 'early', 'yes', 'yes', 0.4, 'yes', 'yes', 250, 'yes', 'no', 'yes', 'no', 'yes', 'unknown', 'no', 'yes', 'no'];
const YONGKANG = ['Yongkang Hardware Tools', 'yes', 'rejected', 270, 180, 4, 'no', 'no', 'yes', 'growth', 'no', 'yes', 0.1, 'yes', 'yes', 720, 'yes', 'no', 'yes', 'unknown', 'no', 'yes', 'no', 'yes', 'no'];
const NINGBO = ['Ningbo Bearing Works', 'no', null, 4160, 5200, 8, 'yes', 'yes', 'no', 'expansion', 'no', 'no', 0.25, 'yes', 'yes', 41600, 'yes', 'unknown', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'unknown'];
const DONGGUAN = ['Dongguan Micro Motors', 'yes', 'approved', 3000, 1500, 12, 'yes', 'yes', 'no', 'mature', 'yes', 'no', 0.4, 'no', 'no', 22500, 'no', 'yes', 'no', 'yes', 'no', 'yes', 'unknown', 'no', 'yes'];
const BLANK = HEADERS.map(() => null);
const JINJIANG = ['Jinjiang Shoe Components', 'yes', 'rejected', 80, 100, 1, 'no', 'yes', 'no', 'expansion', 'yes', 'no', 0.4, 'yes', 'no', null, 'unknown', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'unknown', 'no'];
const FIRMS = [LAKESIDE, YONGKANG, NINGBO, DONGGUAN, BLANK, JINJIANG];

/** The 13 constraints in the paper's order (SME.CONSTRAINTS without a header row). */
const ORDER =
  'differential_treatment, low_credit_accountability, no_collateral, low_transparency, weak_governance, market_risk, short_credit_history, no_bank_competition, small_loans_uneconomic, thin_capital_markets, incomplete_commodity_markets, second_tier_perception, local_government_interference';

describe('SME.CONSTRAINTS with the 13 answers in order', () => {
  // docs/financing.md §3's example: no collateral (3), lack of transparency (2) and bank competition
  // (2) bind, the rest no: internal 5 ÷ 15 = 33, external 2 ÷ 8 = 25, overall 7 ÷ 23 = 30.
  const EXAMPLE = [['no', 'no', 'yes', 'yes', 'no', 'no', 'no', 'yes', 'no', 'no', 'no', 'no', 'no']];

  it('lists the binding constraints, heaviest first', () => {
    expect(constraints(EXAMPLE)).toEqual([['no credible collateral; lack of transparency; failure of bank competition']]);
  });

  it('gives the overall, internal and external index', () => {
    expect(constraints(EXAMPLE, omitted, one('index'))).toEqual([[30]]);
    expect(constraints(EXAMPLE, omitted, one('internal'))).toEqual([[33]]);
    expect(constraints(EXAMPLE, omitted, one('external'))).toEqual([[25]]);
    expect(constraints(EXAMPLE, omitted, col('index', '约束指数', 'Internal Index', 'binding'))).toEqual(
      col(30, 30, 33, 'no credible collateral; lack of transparency; failure of bank competition'),
    );
  });

  it('lifts over the rows of a range, one firm a row, a blank row blank', () => {
    const yes = Array.from({ length: 13 }, () => '是');
    const no = Array.from({ length: 13 }, () => false);
    const blank = Array.from({ length: 13 }, () => null);
    // All yes: 100; all no: 0 and no binding constraint ("none"); one yes among unknowns: 100 from 1 answer.
    const oneYes = ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'yes', ...Array.from({ length: 7 }, () => 'unknown')];
    expect(constraints([yes, no, blank, oneYes], omitted, one('index'))).toEqual(col(100, 0, '', 100));
    expect(constraints([no, oneYes])).toEqual(col('none', 'risk of the firm’s specific market'));
  });

  it('#N/A when no constraint is answered, and for a group without an answer', () => {
    expect(constraints([Array.from({ length: 13 }, () => 'unknown')])).toEqual([[NA('none of the 13 constraints is answered or derivable from the data: no constraint index')]]);
    // Only market_risk (internal) answered: no external index.
    const oneYes = ['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'yes', ...Array.from({ length: 7 }, () => 'unknown')];
    expect(constraints([oneYes], omitted, one('external'))).toEqual([
      [NA('constraint index 100 (internal 100, external not rated) from 1 of 13 constraints answered')],
    ]);
  });

  it('#VALUE! for a row that is not 13 answers, or an answer that is not yes / no / unknown', () => {
    expect(constraints([['yes', 'no']])).toEqual([
      [VALUE(`firm_row has 2 cells but there are 13 constraints: give them in this order (${ORDER}), or give header_row naming each column`)],
    ]);
    const maybe = ['no', 'no', 'maybe', 'yes', 'no', 'no', 'no', 'yes', 'no', 'no', 'no', 'no', 'no'];
    expect(constraints([maybe])).toEqual([[VALUE("no_collateral must be yes, no or unknown (是 / 否 / 不知道), got 'maybe'")]]);
    expect(constraints(EXAMPLE, omitted, one('score'))).toEqual([[VALUE("show must be binding, index, internal or external, got 'score'")]]);
  });
});

describe('SME.CONSTRAINTS with a header row', () => {
  /*
   * By hand, answers and derived constraints (weights in brackets):
   * Lakeside  internal: differential yes (2), accountability no (3, audited), collateral yes (3, 125 < 250),
   *           transparency no (2), governance yes (2, owner-run, no director), market risk yes (1),
   *           history yes (2, 1 year): 10 ÷ 15 = 67; external: bank competition no (2), small loans
   *           yes (2), capital markets unknown, commodity no (1), second tier yes (1), local government
   *           no (1): 3 ÷ 7 = 43; overall 13 ÷ 22 = 59.
   * Yongkang  internal: differential yes (2), accountability yes (3, not audited), collateral no (3,
   *           270 ≥ 180), transparency no (2), governance not derived (not owner-run), market risk yes (1),
   *           history no (2, 4 years): 6 ÷ 13 = 46; external: bank competition unknown, small loans no (2),
   *           capital markets yes (1), commodity no (1), second tier yes (1), local no (1): 2 ÷ 6 = 33;
   *           overall 8 ÷ 19 = 42.
   * Ningbo    internal: differential yes, accountability no, collateral yes (4,160 < 5,200), transparency
   *           unknown, governance yes, market risk no, history no (8 years): 7 ÷ 13 = 54; external:
   *           bank competition yes (2), small loans no (2), capital markets yes (1), commodity no (1),
   *           second tier yes (1), local unknown: 4 ÷ 7 = 57; overall 11 ÷ 20 = 55.
   * Dongguan  internal: differential no, accountability no, collateral no (3,000 ≥ 1,500), transparency
   *           yes (2), governance yes (2), market risk no, history no: 4 ÷ 15 = 27; external: bank
   *           competition yes (2), small loans no, capital markets yes (1), commodity unknown, second
   *           tier no, local yes (1): 4 ÷ 7 = 57; overall 8 ÷ 22 = 36.
   * Jinjiang  internal: differential unknown, accountability yes (3), collateral yes (3, 80 < 100),
   *           transparency no (2), governance yes (2), market risk yes (1), history yes (2): 11 ÷ 13 = 85;
   *           external: bank competition no (2), small loans yes (2), capital markets no (1), commodity
   *           yes (1), second tier unknown, local no (1): 3 ÷ 7 = 43; overall 14 ÷ 20 = 70.
   */
  it('reads the columns its headers name, whatever else the row holds', () => {
    expect(constraints(FIRMS, [HEADERS])).toEqual(
      col(
        'no credible collateral; differential treatment by ownership, region, size or industry; weak corporate governance and management; short credit history; small loans not cost-effective for banks; risk of the firm’s specific market; SMEs seen as second-tier firms',
        'low accountability of credit; differential treatment by ownership, region, size or industry; risk of the firm’s specific market; underdeveloped capital markets; SMEs seen as second-tier firms',
        'no credible collateral; differential treatment by ownership, region, size or industry; weak corporate governance and management; failure of bank competition; underdeveloped capital markets; SMEs seen as second-tier firms',
        'lack of transparency; weak corporate governance and management; failure of bank competition; underdeveloped capital markets; local-government interference in local finance',
        '',
        'low accountability of credit; no credible collateral; weak corporate governance and management; short credit history; small loans not cost-effective for banks; risk of the firm’s specific market; incomplete commodity markets',
      ),
    );
    expect(constraints(FIRMS, [HEADERS], one('index'))).toEqual(col(59, 42, 55, 36, '', 70));
    expect(constraints(FIRMS, [HEADERS], one('internal'))).toEqual(col(67, 46, 54, 27, '', 85));
    expect(constraints(FIRMS, [HEADERS], one('external'))).toEqual(col(43, 33, 57, 57, '', 43));
  });

  it('takes one firm\'s row with the header row, and Chinese headers', () => {
    expect(constraints([LAKESIDE], [HEADERS], one('index'))).toEqual([[59]]);
    // No collateral (3) yes, transparency (2) no: internal 3 ÷ 5 = 60; bank competition (2) yes: external 100; overall 5 ÷ 7 = 71.
    const chinese = [['缺乏抵押', '信息不透明', '银行竞争不足']];
    expect(constraints([['是', '否', '是']], chinese)).toEqual([['no credible collateral; failure of bank competition']]);
    expect(constraints([['是', '否', '是']], chinese, col('internal', 'external', 'index'))).toEqual(col(60, 100, 71));
  });

  it('derives constraints from the firm\'s figures, and keeps the analyst\'s answer over them', () => {
    // 80 < 100: no collateral binds; 3 ÷ 3 = 100 over the one answered constraint; no external index.
    expect(constraints([[80, 100]], [['collateral_value', 'loan_need']])).toEqual([['no credible collateral']]);
    expect(constraints([[80, 100]], [['collateral_value', 'loan_need']], one('external'))).toEqual([
      [NA('constraint index 100 (internal 100, external not rated) from 1 of 13 constraints answered')],
    ]);
    // The analyst answered no (a guarantor, say): the answer stands and nothing binds.
    expect(constraints([[80, 100, 'no']], [['collateral_value', 'loan_need', 'no_collateral']])).toEqual([['none']]);
  });

  it('#VALUE! for rows of different widths, a header row naming nothing, or a bad figure', () => {
    expect(constraints([['yes', 'no', 'yes']], [['no_collateral', 'low_transparency']])).toEqual([
      [VALUE("firm_row has 3 cells but header_row has 2; give the header row over the same columns as the firm's row")],
    ]);
    expect(constraints([['x', 'y']], [['firm', 'note']])).toEqual([
      [
        VALUE(
          `header_row names none of the columns SME.CONSTRAINTS reads; give the header row above the firm's row, naming columns by these ids or by their English or Chinese headers: ${ORDER}, collateral_value, loan_need, credit_history_years, audited_accounts, owner_operated, independent_director`,
        ),
      ],
    ]);
    expect(constraints([[-80, 100]], [['collateral_value', 'loan_need']])).toEqual([[VALUE('collateral_value must be a number ≥ 0, got -80')]]);
  });
});

describe('SME.CREDITSTATUS', () => {
  it('classes the sample firms (standards.md §7), a blank row blank', () => {
    // Lakeside did not apply, no need (1); Yongkang rejected, no external finance; Ningbo discouraged
    // by collateral (4) with 30 % external finance; Dongguan approved; Jinjiang rejected with 15 %.
    expect(
      creditStatus(col('no', 'yes', 'no', 'yes', null, 'yes'), col(null, 'rejected', null, 'approved', null, 'rejected'), col(1, null, 4, null, null, null), col(0, 0, '30%', 0.4, null, 0.15)),
    ).toEqual(col('not-constrained', 'fully-constrained', 'partially-constrained', 'maybe-constrained', '', 'partially-constrained'));
  });

  it('reads the survey words in English and Chinese, and the application from an outcome or a reason', () => {
    expect(creditStatus(one('否'), one(null), one('抵押要求高'), one(0))).toEqual([['fully-constrained']]);
    expect(creditStatus(one(true), one('部分批准'), one(null), one(0))).toEqual([['maybe-constrained']]); // approved, though no external finance yet
    expect(creditStatus(one(null), col('rejected', null), col(null, 'no need'), col('20%', null))).toEqual(col('partially-constrained', 'not-constrained'));
  });

  it('#N/A with the reason when the facts do not decide the status', () => {
    expect(creditStatus(col('yes', 'no', 'yes', 'unknown'), col('pending', null, 'rejected', null), one(null), col(0, 0, null, 0.2))).toEqual([
      [NA('the loan application is pending: the firm could be maybe constrained or fully constrained; assess again once it is decided')],
      [NA('no_apply_reason needed to decide the credit-constraint status: the firm could be not constrained or fully constrained')],
      [NA('external_finance_share needed to decide the credit-constraint status: the firm could be partially constrained or fully constrained')],
      [NA('no loan-application facts (loan_applied, loan_outcome, no_apply_reason): credit-constraint status not assessed')],
    ]);
  });

  it('#VALUE! for facts that contradict each other or cannot be read', () => {
    expect(creditStatus(one('no'), one('rejected'), one(null), one(0))).toEqual([
      [VALUE("loan_outcome is 'rejected' but loan_applied is no: a firm that did not apply has no application outcome; correct one of the two")],
    ]);
    expect(creditStatus(one('yes'), one(null), one(2), one(0))).toEqual([
      [VALUE('no_apply_reason is 2 but loan_applied is yes: a reason for not applying needs a firm that did not apply; correct one of the two')],
    ]);
    expect(creditStatus(one('yes'), one('aproved'), one(null), one(0))).toEqual([
      [VALUE("loan_outcome must be approved, partly approved, rejected or pending, got 'aproved'; did you mean 'approved'?")],
    ]);
    expect(creditStatus(one('no'), one(null), one(9), one(1.5))).toEqual([
      [
        VALUE(
          "no_apply_reason must be a k17 code 1–7 (1 no need, 2 complex procedures, 3 interest rates, 4 collateral, 5 loan size or maturity, 6 not expected to be approved, 7 other) or its words, got '9'",
        ),
      ],
    ]);
  });
});

describe('SME.INSTRUMENTS', () => {
  /*
   * By hand (points; docs/financing.md §5), high_tech not given:
   * Lakeside  factoring 5 (creditworthy buyers 2, sales on credit 1, short history 1, no collateral 1);
   *           leasing 4 (equipment 2, no collateral 2); venture capital 4 (high growth 2, early 1, no
   *           collateral 1); cluster banking 4 (member 2, short history 1, small loans 1); guarantee 4
   *           (no collateral 2, short history 1, second tier 1); SME policy lender 3 (differential 2,
   *           second tier 1); e-finance 2 (small loans 2). Credit scoring needs 3 years of history.
   * Yongkang  factoring 3; cluster banking 3 (member 2, accountability 1); SME policy lender 3
   *           (differential 2, second tier 1); leasing 2 (equipment); guarantee 1 (second tier).
   *           Venture capital not assessed (technology unknown, growth no); credit scoring excluded
   *           (accountability binds); e-finance 0.
   * Ningbo    factoring 4 (2 + 1 + no collateral 1); SME policy lender 4 (differential 2, second tier 1,
   *           bank competition 1); credit scoring 3 (8 years 1, debt known 1, no collateral 1);
   *           guarantee 3 (no collateral 2, second tier 1); cluster banking 2; e-finance 1 (bank
   *           competition). Leasing excluded (no equipment need).
   * Dongguan  credit scoring 2 (12 years, debt known); SME policy lender 2 (bank competition 1, local
   *           government 1); e-finance 1. Factoring excluded (buyers not creditworthy), venture capital
   *           (mature), cluster banking (not a member), leasing (no equipment need).
   * Jinjiang  factoring 5 (2 + 1 + short history 1 + no collateral 1); venture capital 4 (growth 2,
   *           expansion 1, no collateral 1); guarantee 3; e-finance 2 (small loans).
   */
  const LISTS = [
    'factoring; leasing; venture capital; relationship banking with the cluster; credit guarantee scheme; SME policy lender; e-finance',
    'factoring; relationship banking with the cluster; SME policy lender; leasing; credit guarantee scheme',
    'factoring; SME policy lender; credit scoring; credit guarantee scheme; relationship banking with the cluster; e-finance',
    'credit scoring; SME policy lender; e-finance',
    '',
    'factoring; venture capital; credit guarantee scheme; e-finance',
  ];

  it('ranks the instruments that fit each firm, a blank row blank', () => {
    expect(instruments(FIRMS, [HEADERS])).toEqual(col(...LISTS));
  });

  it('drops the SME schemes for a firm that is not an SME', () => {
    // Ningbo: 1,450 persons and revenue 52,000 (万元) make it large under prc-2017 (SME.ISSME gives FALSE).
    expect(instruments([NINGBO], [HEADERS], one(false))).toEqual([['factoring; credit scoring; relationship banking with the cluster; e-finance']]);
    expect(instruments([NINGBO], [HEADERS], one('yes'))).toEqual([[LISTS[2]]]);
  });

  it('takes a product-capability score for a blank high_tech (50 or more: technology-intensive)', () => {
    // Yongkang at 86.8: venture capital now requires nothing unknown and scores technology 2 + growth stage 1 = 3.
    expect(instruments([YONGKANG], [HEADERS], omitted, col(86.8, 6.5))).toEqual(
      col('factoring; venture capital; relationship banking with the cluster; SME policy lender; leasing; credit guarantee scheme', LISTS[1]),
    );
  });

  it('ignores the columns it does not read (survey answers that would fail SME.CREDITSTATUS)', () => {
    const contradictory = [...LAKESIDE];
    contradictory[2] = 'rejected'; // an outcome for a firm that did not apply
    expect(instruments([contradictory], [HEADERS])).toEqual([[LISTS[0]]]);
  });

  it('says "none" when nothing fits on what is known', () => {
    expect(instruments([['no']], [['equipment_need']])).toEqual([['none']]);
  });

  it('#VALUE! for a bad fact, a bad option, or a header row naming nothing it reads', () => {
    const adult = [...LAKESIDE];
    adult[9] = 'adult';
    expect(instruments([adult], [HEADERS])).toEqual([[VALUE("stage must be early, growth, expansion or mature, got 'adult'")]]);
    expect(instruments([LAKESIDE], [HEADERS], one('big'))).toEqual([[VALUE("is_sme must be yes, no or unknown (是 / 否 / 不知道), got 'big'")]]);
    expect(instruments([LAKESIDE], [HEADERS], omitted, one(150))).toEqual([[VALUE('product_score must be a score from 0 to 100, got 150')]]);
    expect(instruments([['yes']], [['location']])[0]![0]).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/^header_row names none of the columns SME\.INSTRUMENTS reads/) });
  });
});

describe('SME.VCFIT', () => {
  /*
   * By hand (Table A.1; high_tech blank):
   * Lakeside  early, metropolitan, growth yes, university yes: university 2 (early, link), foreign 2
   *           (growth, metropolitan), government 1 (early), corporate 0.
   * Yongkang  growth, regional, growth no, university no: government 1 (regional), corporate 1
   *           (regional); university and foreign out of reach (no link; not high growth).
   * Ningbo    expansion, local, growth no, university yes: corporate 2 (expansion, local),
   *           government 1 (local), university 1 (link); foreign out of reach.
   * Dongguan  mature, metropolitan, growth yes, university no: foreign 2; the others 0.
   * Jinjiang  expansion, metropolitan, growth yes, university yes: foreign 2, corporate 1, university 1.
   */
  const STAGE = col('early', 'growth', 'expansion', 'mature', null, 'expansion');
  const LOCATION = col('metropolitan', 'regional', 'local', 'metropolitan', null, 'metropolitan');
  const GROWTH = col('yes', 'no', 'no', 'yes', null, 'yes');
  const UNIVERSITY = col('yes', 'no', 'yes', 'no', null, 'yes');

  it('ranks the VC types with any fit, a blank row blank', () => {
    expect(vcFit(STAGE, LOCATION, one(null), GROWTH, UNIVERSITY)).toEqual(
      col('university VC; foreign VC; government VC', 'government VC; corporate VC', 'corporate VC; government VC; university VC', 'foreign VC', '', 'foreign VC; corporate VC; university VC'),
    );
  });

  it('takes a product-capability score for a blank high_tech', () => {
    // Lakeside at 86.8, technology-intensive: university 3, government 2, foreign 2, corporate 1.
    expect(vcFit(one('early'), one('metropolitan'), one(null), one('yes'), one('yes'), one(86.8))).toEqual([['university VC; government VC; foreign VC; corporate VC']]);
  });

  it('reads Chinese words', () => {
    // 初创期 (early), 县城 (local), technology yes: government 3, corporate 2 (technology, local); university out
    // of reach (no link), foreign out of reach (not high growth).
    expect(vcFit(one('初创期'), one('县城'), one('是'), one('否'), one('否'))).toEqual([['government VC; corporate VC']]);
  });

  it('says "none" when every type is out of reach', () => {
    expect(vcFit(one('mature'), one('metropolitan'), one('no'), one('no'), one('no'))).toEqual([['none']]);
  });

  it('#N/A when nothing is known, #VALUE! for a word it does not know', () => {
    expect(vcFit(one(null), one(null), one('unknown'), one('unknown'), one('不知道'))).toEqual([
      [NA('venture-capital fit not assessed: stage, location, high_tech, high_growth and university_link are all blank')],
    ]);
    expect(vcFit(one('early'), one('moon'), one(null), one(null), one(null))).toEqual([[VALUE("location must be metropolitan, regional or local, got 'moon'")]]);
  });

  it('refuses ranges of different heights', () => {
    expect(vcFit(col('early', 'growth'), col('local', 'local', 'local'), one(null), one(null), one(null))).toEqual([
      [VALUE('stage has 2 rows but location has 3 rows; give ranges of the same size (a single cell is used for every row)')],
    ]);
  });
});
