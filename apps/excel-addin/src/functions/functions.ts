/**
 * The SME.* functions as Excel sees them. custom-functions-metadata-plugin reads the JSDoc below
 * into functions.json at build time and appends the `CustomFunctions.associate` calls itself.
 *
 * Each function here is a shim: its JSDoc is the help Excel shows, its signature gives the
 * parameters (all `any[][]`, so each accepts a value or a range), and its body hands the arguments
 * to a declaration made with `defineFunction` (see ./size.ts and ./sheet/define.ts).
 * Every function needs a Chinese entry in ./i18n/zh-cn.json; the build fails without one.
 */
import './polyfills.js';
import { RULES_VERSION } from '@sme-navigator/engine';
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
