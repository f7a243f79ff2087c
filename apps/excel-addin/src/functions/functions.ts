/**
 * The SME.* functions as Excel sees them. custom-functions-metadata-plugin reads the JSDoc below
 * into functions.json at build time and appends the `CustomFunctions.associate` calls itself.
 *
 * Each function here is a shim: its JSDoc is the help Excel shows, its signature gives the
 * parameters (all `any[][]`, so each accepts a value or a range), and its body hands the arguments
 * to a declaration made with `defineFunction` (see ./size.ts, ./capability.ts, ./finance.ts and
 * ./sheet/define.ts).
 * Every function needs a Chinese entry in ./i18n/zh-cn.json; the build fails without one.
 */
import './polyfills.js';
import { RULES_VERSION } from '@sme-navigator/engine';
import { EXPORTMODE, MODE, PROCESSSCORE, PRODUCTSCORE, RDINTENSITY, STRATEGY } from './capability.js';
import { CONSTRAINTS, CREDITSTATUS, INSTRUMENTS, VCFIT } from './finance.js';
import { ISSME, SIZE, SIZEREASON } from './size.js';

/**
 * Size class of a firm under an official size standard: micro, small, medium or large. Give one firm's cells, or whole columns to rate every row at once (blank rows stay blank).
 * @customfunction SIZE
 * @param sector Industry of the firm, as a word or its Chinese name: industry (or mining, manufacturing, utilities), construction, wholesale, retail, transportation, warehousing, post, accommodation, catering, software, real estate, leasing and business services, agriculture, other; 工业, 零售业, ... Ignored by eu-2003 and ifc.
 * @param employees Persons employed (year-end headcount; annual work units under eu-2003). Leave blank if the sector's rule does not use it.
 * @param revenue Operating revenue for the year (sales; turnover under eu-2003), in 10,000 yuan (万元) under the PRC standards, euros under eu-2003, US dollars under ifc, unless unit says otherwise.
 * @param assets Total assets at year end (balance-sheet total), in the same unit as revenue.
 * @param [standard] Size standard: prc-2017 (default; the 2011 thresholds as revised in 2017), prc-2011, prc-2003, eu-2003 or ifc.
 * @param [unit] Unit of revenue and assets when not the standard's own: yuan, 10k-yuan (万元), million-yuan; eur, million-eur; usd, million-usd.
 * @returns micro, small, medium or large
 */
export function size(sector: any[][], employees: any[][], revenue: any[][], assets: any[][], standard?: any[][], unit?: any[][]): any[][] {
  return SIZE.call(sector, employees, revenue, assets, standard, unit);
}

/**
 * TRUE when the firm is a small or medium enterprise (micro, small or medium) under the size standard, FALSE when it is large. Same arguments as SME.SIZE.
 * @customfunction ISSME
 * @param sector Industry of the firm, e.g. industry, retail, construction, software, or its Chinese name (工业, 零售业). Ignored by eu-2003 and ifc.
 * @param employees Persons employed (year-end headcount; annual work units under eu-2003).
 * @param revenue Operating revenue for the year, in 10,000 yuan (万元) under the PRC standards, euros under eu-2003, US dollars under ifc, unless unit says otherwise.
 * @param assets Total assets at year end, in the same unit as revenue.
 * @param [standard] Size standard: prc-2017 (default), prc-2011, prc-2003, eu-2003 or ifc.
 * @param [unit] Unit of revenue and assets when not the standard's own: yuan, 10k-yuan (万元), million-yuan; eur, million-eur; usd, million-usd.
 * @returns TRUE for an SME, FALSE for a large firm
 */
export function isSme(sector: any[][], employees: any[][], revenue: any[][], assets: any[][], standard?: any[][], unit?: any[][]): any[][] {
  return ISSME.call(sector, employees, revenue, assets, standard, unit);
}

/**
 * Why the firm has its size class: the thresholds it met and the ones that kept it out of the next class up, with the figures compared, e.g. "medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); ...". Same arguments as SME.SIZE.
 * @customfunction SIZEREASON
 * @param sector Industry of the firm, e.g. industry, retail, construction, software, or its Chinese name (工业, 零售业). Ignored by eu-2003 and ifc.
 * @param employees Persons employed (year-end headcount; annual work units under eu-2003).
 * @param revenue Operating revenue for the year, in 10,000 yuan (万元) under the PRC standards, euros under eu-2003, US dollars under ifc, unless unit says otherwise.
 * @param assets Total assets at year end, in the same unit as revenue.
 * @param [standard] Size standard: prc-2017 (default), prc-2011, prc-2003, eu-2003 or ifc.
 * @param [unit] Unit of revenue and assets when not the standard's own: yuan, 10k-yuan (万元), million-yuan; eur, million-eur; usd, million-usd.
 * @returns The reason, as a sentence
 */
export function sizeReason(sector: any[][], employees: any[][], revenue: any[][], assets: any[][], standard?: any[][], unit?: any[][]): any[][] {
  return SIZEREASON.call(sector, employees, revenue, assets, standard, unit);
}

/**
 * Version of the rating rules (thresholds, weights, mappings) in this add-in. Record it beside ratings so a workbook rated under one version can be told from another.
 * @customfunction RULESVERSION
 * @returns The rules version, e.g. 1.0.0
 */
export function rulesVersion(): string {
  return RULES_VERSION;
}

/**
 * Product capability of the firm, 0–100 (one decimal): its ability to create, design and sell new products (ADBI DP 55 §2.1). The weighted mean of the indicators given: R&D intensity against the sector's Table 4 benchmark (weight 35), new-product share of sales (30), patents per 100 employees (20), own design or brand (15); a missing one's weight is shared by the others. 50 or more is high.
 * @customfunction PRODUCTSCORE
 * @param rd_spend R&D expenditure for the year, in the same money unit as revenue (e.g. 10,000 yuan). Scored as R&D ÷ revenue against the sector benchmark: twice the benchmark scores 100.
 * @param revenue Operating revenue (sales income) for the year, in the same unit as rd_spend.
 * @param sector Industry, for the paper's Table 4 R&D benchmark: e.g. electronic and communication equipment (1.7 %), medicine or 医药制造业 (1.1 %). Any other sector, or blank, uses all industry (1.0 %).
 * @param new_product_share Share of sales from products new or improved in the last three years: 0.3, 30% or 30. 40 % scores 100.
 * @param patents Patents and other IP titles held (a count). Scored per 100 employees: 4 per 100 scores 100.
 * @param employees Persons employed (year-end headcount), the divisor of patents.
 * @param own_brand Sells under its own design or brand: yes or no (是 / 否, TRUE / FALSE).
 * @param [rd_benchmark] R&D intensity benchmark to use instead of Table 4's: a fraction (0.015) or a percentage (1.5%).
 * @returns Product capability score, 0–100
 */
export function productScore(
  rd_spend: any[][],
  revenue: any[][],
  sector: any[][],
  new_product_share: any[][],
  patents: any[][],
  employees: any[][],
  own_brand: any[][],
  rd_benchmark?: any[][],
): any[][] {
  return PRODUCTSCORE.call(rd_spend, revenue, sector, new_product_share, patents, employees, own_brand, rd_benchmark);
}

/**
 * Process capability of the firm, 0–100 (one decimal): its ability to make many copies of a product at low cost and high quality (ADBI DP 55 §2.1). The weighted mean of the indicators given: process innovation (weight 30), quality certification (20), automated or recent equipment (25), labour productivity against the sector median (25); a missing one's weight is shared by the others. 50 or more is high.
 * @customfunction PROCESSSCORE
 * @param process_innovation A new or improved production or logistics process in the last three years: yes or no (是 / 否, TRUE / FALSE).
 * @param quality_certified Holds a quality-management certification such as ISO 9001: yes or no.
 * @param automation_share Share of production equipment that is automated or recent: 0.5, 50% or 50. All of it scores 100.
 * @param labour_productivity_ratio The firm's labour productivity (sales or value added per person) divided by the sector median you use: 1 is the median and scores 50; 2 or more scores 100.
 * @returns Process capability score, 0–100
 */
export function processScore(process_innovation: any[][], quality_certified: any[][], automation_share: any[][], labour_productivity_ratio: any[][]): any[][] {
  return PROCESSSCORE.call(process_innovation, quality_certified, automation_share, labour_productivity_ratio);
}

/**
 * Learning mode of the firm in the paper's Figure 1: fast-follower (product and process capability high), process-pioneer (process high, product low), product-pioneer (product high, process low) or applications-specialist (both low). Give the scores from SME.PRODUCTSCORE and SME.PROCESSSCORE, or high / low.
 * @customfunction MODE
 * @param product_capability Product capability: a score 0–100 (e.g. SME.PRODUCTSCORE) or high / low (高 / 低).
 * @param process_capability Process capability: a score 0–100 (e.g. SME.PROCESSSCORE) or high / low (高 / 低).
 * @param [threshold] Score at or above which a capability is high: 50 if blank; a number above 0 and at most 100.
 * @returns fast-follower, process-pioneer, product-pioneer or applications-specialist
 */
export function mode(product_capability: any[][], process_capability: any[][], threshold?: any[][]): any[][] {
  return MODE.call(product_capability, process_capability, threshold);
}

/**
 * Competitive strategy that suits the firm's learning mode (the paper's Figure 1): cluster for a fast follower, niche for a process or product pioneer, free-riding for an applications specialist. Same arguments as SME.MODE.
 * @customfunction STRATEGY
 * @param product_capability Product capability: a score 0–100 (e.g. SME.PRODUCTSCORE) or high / low (高 / 低).
 * @param process_capability Process capability: a score 0–100 (e.g. SME.PROCESSSCORE) or high / low (高 / 低).
 * @param [threshold] Score at or above which a capability is high: 50 if blank; a number above 0 and at most 100.
 * @returns cluster, niche or free-riding
 */
export function strategy(product_capability: any[][], process_capability: any[][], threshold?: any[][]): any[][] {
  return STRATEGY.call(product_capability, process_capability, threshold);
}

/**
 * Innovation mode with export orientation (the paper's Figure 2): the Figure 1 mode with high or low exports, e.g. globalized-fast-follower (both capabilities high, exports at least half of sales: the mode the paper recommends for SMEs), domestic-fast-follower, exporting-process-pioneer. #N/A when export_share is blank.
 * @customfunction EXPORTMODE
 * @param product_capability Product capability: a score 0–100 (e.g. SME.PRODUCTSCORE) or high / low (高 / 低).
 * @param process_capability Process capability: a score 0–100 (e.g. SME.PROCESSSCORE) or high / low (高 / 低).
 * @param export_share Exports as a share of sales: 0.6, 60% or 60.
 * @param [threshold] Score at or above which a capability is high: 50 if blank; a number above 0 and at most 100.
 * @param [export_threshold] Export share at or above which export orientation is high: 50 % if blank (the PRC's test of a product-export enterprise); a fraction or a percentage.
 * @returns globalized-fast-follower, domestic-fast-follower, exporting- or domestic- process-pioneer, product-pioneer or applications-specialist
 */
export function exportMode(product_capability: any[][], process_capability: any[][], export_share: any[][], threshold?: any[][], export_threshold?: any[][]): any[][] {
  return EXPORTMODE.call(product_capability, process_capability, export_share, threshold, export_threshold);
}

/**
 * R&D intensity: R&D spend ÷ sales, as a fraction (format the cell as %). With show "ratio", that intensity as a multiple of the sector's benchmark in the paper's Table 4 (1 = at the benchmark; 2 scores 100 in SME.PRODUCTSCORE); with show "benchmark", the benchmark itself.
 * @customfunction RDINTENSITY
 * @param rd_spend R&D expenditure for the year, in the same money unit as revenue.
 * @param revenue Operating revenue (sales income) for the year, in the same unit as rd_spend; above 0.
 * @param [sector] Industry, for the Table 4 benchmark (2002): electric machinery and equipment 1.8 %, electronic and communication equipment 1.7 %, conventional and specialised machinery 1.3 %, transport equipment, instruments and office machinery, rubber 1.2 %, medicine 1.1 %; in English or by the NBS Chinese name (医药制造业). Others, or blank: all industry 1.0 %.
 * @param [show] intensity (if blank): R&D ÷ revenue; ratio: that ÷ the sector benchmark; benchmark: the sector's Table 4 benchmark as a fraction.
 * @returns A fraction (0.025 = 2.5 %), or a multiple of the benchmark
 */
export function rdIntensity(rd_spend: any[][], revenue: any[][], sector?: any[][], show?: any[][]): any[][] {
  return RDINTENSITY.call(rd_spend, revenue, sector, show);
}

/**
 * Financing constraints that bind the firm (ADBI DP 55 §3.5, Appendix A.2), heaviest first, joined with "; ", e.g. "no credible collateral; short credit history"; or, with show, a constraint index 0–100: the weighted share of the answered constraints that bind. An analyst's aid, not a credit decision. #N/A when no constraint is answered.
 * @customfunction CONSTRAINTS
 * @param firm_row The firm's row of cells. With header_row, any columns: those headed by a constraint (no_collateral, 缺乏抵押, ...) or a fact one is derived from (collateral_value, loan_need, credit_history_years, audited_accounts, owner_operated, independent_director) are read. Without, the 13 answers (yes / no / unknown) in the paper's order: differential_treatment, low_credit_accountability, no_collateral, low_transparency, weak_governance, market_risk, short_credit_history, no_bank_competition, small_loans_uneconomic, thin_capital_markets, incomplete_commodity_markets, second_tier_perception, local_government_interference.
 * @param [header_row] The header row over the same columns as firm_row, e.g. $A$1:$AW$1: column ids as in examples/firms.csv, or their English or Chinese headers.
 * @param [show] binding (if blank): the binding constraints; index: the constraint index 0–100 over both groups; internal or external: the index of that group.
 * @returns The binding constraints, or a constraint index 0–100
 */
export function constraints(firm_row: any[][], header_row?: any[][], show?: any[][]): any[][] {
  return CONSTRAINTS.call(firm_row, header_row, show);
}

/**
 * Credit-constraint status from the World Bank Enterprise Survey facts: fully-constrained, partially-constrained, maybe-constrained or not-constrained. #N/A, with the reason, when the facts do not decide it (a pending application, a missing fact).
 * @customfunction CREDITSTATUS
 * @param loan_applied Applied for a loan or line of credit in the last year (survey k16): yes or no (是 / 否, TRUE / FALSE).
 * @param loan_outcome Outcome of the last application: approved, partly approved, rejected or pending (批准, 部分批准, 被拒绝, 审批中). Blank if the firm did not apply.
 * @param no_apply_reason Main reason for not applying (k17), a code or its words: 1 no need, 2 complex procedures, 3 interest rates, 4 collateral, 5 loan size or maturity, 6 not expected to be approved, 7 other. Blank if the firm applied.
 * @param external_finance_share Share of working capital or fixed assets financed externally (k3/k5: banks, other lenders, supplier credit): 0.3, 30% or 30.
 * @returns fully-constrained, partially-constrained, maybe-constrained or not-constrained
 */
export function creditStatus(loan_applied: any[][], loan_outcome: any[][], no_apply_reason: any[][], external_finance_share: any[][]): any[][] {
  return CREDITSTATUS.call(loan_applied, loan_outcome, no_apply_reason, external_finance_share);
}

/**
 * Financing instruments that fit the firm, best first, joined with "; ", e.g. "leasing; factoring; credit guarantee scheme"; "none" when none fits on what is known. From the binding constraints and the firm's facts (ADBI DP 55 §5.3, A.1, A.3). An analyst's aid, not a credit decision.
 * @customfunction INSTRUMENTS
 * @param firm_row The firm's row of cells, any columns: those headed by a constraint, a fact a constraint is derived from, or equipment_need, receivables_share, buyers_creditworthy, cluster_member, high_tech, high_growth, stage, debt_outstanding are read; the others are ignored.
 * @param header_row The header row over the same columns as firm_row, e.g. $A$1:$AW$1: column ids as in examples/firms.csv, or their English or Chinese headers.
 * @param [is_sme] Whether the firm is an SME, e.g. SME.ISSME(...): TRUE / FALSE or yes / no. A large firm gets no credit guarantee scheme or SME policy lender.
 * @param [product_score] Product capability 0–100, e.g. SME.PRODUCTSCORE(...): 50 or more counts as technology-intensive when high_tech is blank.
 * @returns The instruments that fit, best first
 */
export function instruments(firm_row: any[][], header_row: any[][], is_sme?: any[][], product_score?: any[][]): any[][] {
  return INSTRUMENTS.call(firm_row, header_row, is_sme, product_score);
}

/**
 * Kinds of venture capital the firm fits, best first, joined with "; " (the paper's Table A.1: government, corporate, university and foreign VC), e.g. "government VC; university VC"; "none" when each is out of reach. #N/A when nothing is known.
 * @customfunction VCFIT
 * @param stage Development stage: early (seed, start-up), growth, expansion (late) or mature (初创期, 成长期, 扩张期, 成熟期).
 * @param location Where the firm is: metropolitan (Beijing, Shanghai, Shenzhen, Guangzhou), regional (other cities) or local (county level and below) (一线城市, 地级市, 县城).
 * @param high_tech Technology-intensive, e.g. a certified high-tech enterprise (高新技术企业): yes or no.
 * @param high_growth Sales or staff up more than 20 % a year over three years: yes or no.
 * @param university_link Works with a university (licence, spin-off, joint research): yes or no.
 * @param [product_score] Product capability 0–100, e.g. SME.PRODUCTSCORE(...): 50 or more counts as technology-intensive when high_tech is blank.
 * @returns The kinds of VC that fit, best first
 */
export function vcFit(stage: any[][], location: any[][], high_tech: any[][], high_growth: any[][], university_link: any[][], product_score?: any[][]): any[][] {
  return VCFIT.call(stage, location, high_tech, high_growth, university_link, product_score);
}
