/**
 * Every string the task pane and the playground show, in English. A translation is a file beside
 * this one typed `Catalogue` (see ./index.ts): the compiler then rejects a missing key, an extra key
 * or a message that takes other parameters, and `test/taskpane-strings.test.ts` checks the rest.
 *
 * Results in cells (size, mode, credit status, ...) are ids and the engine's sentences, as the
 * command line writes them; they are not in this catalogue.
 */

/** One question of the guided assessment: its label and one line of plain help from the paper. */
export interface QuestionText {
  readonly label: string;
  readonly help: string;
}

const n = (value: number): string => value.toLocaleString('en-US');

export const en = {
  language: 'en',
  appTitle: 'SME Navigator',
  appSubtitle: 'Rates small and medium enterprises after ADBI Discussion Paper 55.',
  loading: 'Loading…',
  officeNotReady: 'Open this pane from Excel: Home > SME Navigator.',
  excelTooOld: 'This version of Excel is too old for the SME Navigator pane (it needs Excel API 1.9: Microsoft 365, Excel 2021 or later, or Excel on the web). The SME.* functions still work.',

  // The selected row
  selectRowHint: 'Select any cell in a firm’s row. The first row of the used range is read as the header.',
  noHeader: 'This sheet has no header row yet. Put the column names in the first row and one firm per row below.',
  headerRowSelected: 'That is the header row: select a firm’s row below it.',
  emptyRowSelected: (p: { row: number }) => `Row ${n(p.row)} is empty: select a row with a firm.`,
  selectedRow: (p: { row: number; sheet: string }) => `Row ${n(p.row)} on ${p.sheet}`,
  unnamedFirm: '(no firm name)',
  savedAssessment: (p: { when: string; count: number }) =>
    `Assessed ${p.when}: ${n(p.count)} ${p.count === 1 ? 'answer' : 'answers'} saved in the sheet “SME Assessments”.`,
  rowRated: (p: { ratedWith: string }) => `Results in this row: ${p.ratedWith}.`,
  startAssessment: 'Start assessment',
  openSavedAssessment: 'Open saved assessment',

  // Rating many rows
  manyFirms: 'Many firms',
  manyFirmsHint: 'Writes the same result columns as the command line, to the right of the data. Rows that cannot be rated are listed and left as they are.',
  rateSelectedRows: 'Rate selected rows',
  rateWholeTable: 'Rate whole table',
  cancel: 'Cancel',
  phaseRead: (p: { done: number; total: number }) => `Reading rows: ${n(p.done)} of ${n(p.total)}`,
  phaseRate: (p: { done: number; total: number }) => `Rating: ${n(p.done)} of ${n(p.total)}`,
  phaseWrite: (p: { done: number; total: number }) => `Writing results: ${n(p.done)} of ${n(p.total)} rows`,
  batchDone: (p: { rated: number; failed: number; blank: number }) =>
    `Rated ${n(p.rated)} ${p.rated === 1 ? 'firm' : 'firms'}.` +
    (p.failed > 0 ? ` ${n(p.failed)} could not be rated and ${p.failed === 1 ? 'was' : 'were'} left untouched.` : '') +
    (p.blank > 0 ? ` ${n(p.blank)} blank ${p.blank === 1 ? 'row' : 'rows'} skipped.` : ''),
  batchCancelled: (p: { written: number }) => `Cancelled. ${n(p.written)} rows were written before you cancelled; the rest are unchanged.`,
  batchNotWritten: 'Nothing was written.',
  failuresTitle: 'Rows that could not be rated',
  failureRow: (p: { row: number; message: string }) => `Row ${n(p.row)}: ${p.message}`,
  moreFailures: (p: { count: number }) => `… and ${n(p.count)} more.`,
  noRowsToRate: 'There are no firm rows to rate here.',

  // Replacing results
  replaceTitle: 'Replace earlier results?',
  replaceOne: 'This row already has results. Replace them with the new rating?',
  replaceMany: (p: { count: number }) => `${n(p.count)} ${p.count === 1 ? 'row already has' : 'rows already have'} results. Replace them with the new ratings?`,
  replace: 'Replace',
  keep: 'Keep the earlier results',

  // Settings
  settings: 'Standard and columns',
  standard: 'Size standard',
  unit: 'Money unit of revenue and assets',
  unitDefault: (p: { unit: string }) => `the standard’s own (${p.unit})`,
  mapping: 'Column mapping',
  mappingHint: 'Which column holds each field. Saved in the workbook, so colleagues get the same mapping.',
  mappingFound: (p: { found: number; total: number }) => `${n(p.found)} of ${n(p.total)} fields found in the header row`,
  mappingNone: '— not in this sheet —',
  mappingSaved: 'Mapping saved in the workbook.',
  mappingReset: 'Reset to the automatic mapping',
  mappingGroupSize: 'Size',
  mappingGroupCapability: 'Capability and export',
  mappingGroupFinance: 'Financing',
  mappingGroupCluster: 'Cluster links',

  // Sharing
  share: 'Sharing the workbook',
  shareHint: 'Ratings, the answers behind them and the column mapping are kept in this workbook. Colleagues with the add-in see them when they open it.',
  convertFormulas: 'Convert SME formulas to values',
  convertHint: 'For people without the add-in: replaces every =SME.… formula with the value it shows.',
  convertDone: (p: { cells: number }) => (p.cells === 0 ? 'No SME formulas found.' : `Converted ${n(p.cells)} ${p.cells === 1 ? 'cell' : 'cells'} to values.`),
  rulesChanged: (p: { recorded: string; current: string }) =>
    `This workbook was rated with rules ${p.recorded}; this add-in has rules ${p.current}. Re-rate to bring the results up to date.`,
  reRate: 'Re-rate whole table',

  // The guided assessment
  wizardTitle: 'Assessment',
  stepOf: (p: { step: number; total: number; title: string }) => `Step ${p.step} of ${p.total}: ${p.title}`,
  stepFound: 'What the row gives',
  stepSize: 'Size',
  stepCapability: 'Capability',
  stepExport: 'Export',
  stepFacts: 'Financing facts',
  stepConstraints: 'Financing constraints',
  stepCredit: 'Credit application',
  foundIntro: (p: { found: number; asked: number }) =>
    `The row gives ${n(p.found)} ${p.found === 1 ? 'field' : 'fields'}. ${p.asked === 0 ? 'Nothing is missing.' : `${n(p.asked)} ${p.asked === 1 ? 'question follows' : 'questions follow'}, only for what is missing; “unknown” is always an answer.`}`,
  foundNone: 'The row gives none of the fields: every question follows.',
  foundFromSaved: 'saved answer',
  editMapping: 'Correct the column mapping',
  back: 'Back',
  next: 'Next',
  seeResult: 'See the result',
  close: 'Close',
  unknown: 'Unknown',
  yes: 'Yes',
  no: 'No',
  dontKnow: 'I don’t know',
  choose: 'Choose…',
  invalidNumber: 'Type a number of 0 or more, or tick “I don’t know”.',
  invalidShare: 'Type a share such as 0.3 or 30%, or tick “I don’t know”.',
  constraintHelp: (p: { source: string }) => `Yes means the constraint binds. Paper: ${p.source}.`,
  constraintDerivedSkipped: 'Constraints the row’s figures already answer are not asked.',

  // The result card
  resultTitle: 'Result',
  resultSize: 'Size',
  resultCapability: 'Capability',
  productScore: 'Product capability',
  processScore: 'Process capability',
  modeStrategy: (p: { mode: string; strategy: string }) => `Learning mode: ${p.mode}; strategy: ${p.strategy}`,
  exportOrientation: (p: { orientation: string; combined: string }) => `Export orientation: ${p.orientation} (${p.combined})`,
  wayUp: 'The way up',
  techGap: (p: { gap: string }) => `Widest technology gap: ${p.gap}`,
  resultFinancing: 'Financing',
  bindingConstraints: 'Binding constraints',
  creditStatus: 'Credit status',
  instruments: 'Instruments',
  indices: (p: { overall: string; internal: string; external: string }) => `Constraint index ${p.overall} (internal ${p.internal}, external ${p.external})`,
  none: 'none',
  notAssessed: 'Not assessed: the row and the answers give none of its inputs.',
  cannotRate: 'Cannot be rated yet',
  cannotWrite: 'Fix the answers above (Back) to write this row.',
  warnings: 'Warnings',
  writeToRow: 'Write to row',
  written: (p: { row: number }) => `Written to row ${n(p.row)}; the answers are saved in “SME Assessments”.`,
  notWritten: 'Not written: the earlier results were kept.',
  readOnlyAnswers: 'Answers behind this assessment',
  analystAid: 'An analyst’s aid, not a credit decision (docs/financing.md).',

  // Figure 1
  figureTitle: 'Figure 1: learning mode and strategy',
  figureAxisProduct: 'Product capability →',
  figureAxisProcess: 'Process capability →',
  figureLabel: (p: { mode: string; product: string; process: string }) =>
    `Figure 1 of the paper: four quadrants of product and process capability. This firm is in the ${p.mode} quadrant (product ${p.product}, process ${p.process}).`,
  figureHigh: 'high',
  figureLow: 'low',

  // Language
  languageSwitch: 'Language',

  // The cluster view
  cluster: 'The whole cluster',
  clusterHint: 'Pictures and the cluster report of the paper’s §5 for every firm row of this sheet’s table.',
  openCluster: 'Cluster report',
  clusterTitle: (p: { sheet: string }) => `Cluster report: ${p.sheet}`,
  clusterFirms: (p: { firms: number; rated: number }) => `${n(p.firms)} firm rows; ${n(p.rated)} on the capability map.`,
  clusterNone: 'No firm row of this table could be read for the cluster report.',
  clusterMapTitle: 'Capability map (Figures 1 and 2)',
  clusterMapLabel: (p: { firms: number; counts: string }) => `Capability map of ${n(p.firms)} firms in the four quadrants of Figure 1: ${p.counts}.`,
  clusterMapCaption: 'Each dot is a firm; a ring marks high export orientation (Figure 2). Firms given as high/low sit in their quadrant’s middle. Hover or focus a dot for its name.',
  clusterPoint: (p: { firm: string; mode: string; product: string; process: string }) => `${p.firm}: ${p.mode} (product ${p.product}, process ${p.process})`,
  clusterColFirm: 'Firm',
  clusterColMode: 'Learning mode',
  sizeChartTitle: 'Size distribution',
  sizeChartLabel: (p: { standard: string; counts: string }) => `Firms by size class under ${p.standard}: ${p.counts}.`,
  sizeChartCaption: (p: { standard: string }) => `Micro, small, medium and large firms under ${p.standard}.`,
  clusterTables: 'The report',
  insertReport: 'Insert report sheet',
  insertReportHint: 'Writes the worksheet “SME Cluster Report” with these tables (and, in Excel, charts), for colleagues without the add-in.',
  replaceReport: 'The workbook already has a sheet “SME Cluster Report”. Replace it?',
  reportInserted: (p: { tables: number; charts: number }) =>
    `Wrote the sheet “SME Cluster Report”: ${n(p.tables)} tables` + (p.charts > 0 ? ` and ${n(p.charts)} charts.` : '; charts are given as tables.'),
  reportNotInserted: 'Not written: the existing sheet was kept.',

  // Errors
  errorTitle: 'Something went wrong',
  errorWorkbook: (p: { message: string }) => `Excel did not accept the request: ${p.message}`,
  dismiss: 'Dismiss',

  // The playground
  playgroundTitle: 'SME Navigator playground',
  playgroundIntro: 'The task pane of the Excel add-in beside a sheet, without Excel. Nothing leaves this page: files are read and written in the browser.',
  openWorkbook: 'Open .xlsx',
  downloadWorkbook: 'Download rated .xlsx',
  sheetTabs: 'Sheets',
  sheetGrid: (p: { sheet: string }) => `Sheet ${p.sheet}`,
  sampleLoaded: (p: { name: string }) => `Showing ${p.name}.`,
  openFailed: (p: { message: string }) => `That file could not be opened: ${p.message}`,
  moreRows: (p: { shown: number; total: number }) => `Showing rows 1 to ${n(p.shown)} of ${n(p.total)}.`,
  taskPane: 'SME Navigator task pane',
} as const;

type Message<T> = T extends (p: infer P) => string ? (p: P) => string : string;

/** The shape every language's catalogue has: the same keys, and messages with the same parameters. */
export type Catalogue = { readonly [K in keyof typeof en]: Message<(typeof en)[K]> };
export type StringKey = keyof Catalogue;

/** The questions of the guided assessment, by field id. */
export const enQuestions = {
  sector: { label: 'Sector', help: 'The firm’s industry; the PRC standards set different thresholds per sector (工业, 零售业, …).' },
  employees: { label: 'Persons employed at year end', help: 'Headcount, the first test of every size standard the paper compares (§1, Table 1).' },
  revenue: { label: 'Operating revenue for the year', help: 'In the money unit chosen above (10k yuan, 万元, under the PRC standards).' },
  assets: { label: 'Total assets at year end', help: 'In the same unit as revenue; some standards test it instead of revenue.' },
  rd_spend: { label: 'R&D spend for the year', help: 'Compared with revenue and the sector’s benchmark in the paper’s Table 4 (innovation lag, §3.5).' },
  new_product_share: { label: 'Share of sales from new or improved products', help: 'Products new in the last three years; a fifth of sales is the borderline (§2.1: commercialising new products).' },
  patents: { label: 'Patents and other IP titles held', help: 'Per 100 employees, two is the borderline (§3.5: a late start in the patent race).' },
  own_brand: { label: 'Sells under its own design or brand?', help: 'Design and branding capability (§2.2).' },
  process_innovation: { label: 'New or improved production process in the last three years?', help: 'Constant process innovation is what keeps replication cheap (§2.2).' },
  quality_certified: { label: 'Quality certification such as ISO 9001?', help: 'Low-cost, high-quality replication (§2.2; quality management, §5.5).' },
  automation_share: { label: 'Share of equipment automated or recent', help: 'Half the equipment is the borderline (process lag: infrastructure, §3.5).' },
  labour_productivity_ratio: { label: 'Labour productivity ÷ sector median', help: 'Your own sector median; 1 means at the median (§2.3: productivity decides who exports).' },
  market_position: { label: 'Position in its market', help: 'Leader, follower or latecomer: late entrants face brand and switching costs (customer lag, §3.5).' },
  export_share: { label: 'Exports as a share of sales', help: 'High export orientation from 50 %, the PRC test of an export enterprise (Figure 2, §2.3).' },
  collateral_value: { label: 'Collateral the firm can pledge', help: 'Compared with the loan it needs: lack of collateral is named first in Appendix A.1.' },
  loan_need: { label: 'Loan the firm needs', help: 'In the same unit as the collateral.' },
  credit_history_years: { label: 'Years of credit history with banks', help: 'Under three years is a short history (§3.5; A.3.1 on the limits of credit scoring).' },
  audited_accounts: { label: 'Accounts externally audited?', help: 'An audit is the check a lender accepts against unreliable books (A.2 item 8).' },
  owner_operated: { label: 'Run by its owner?', help: 'Owner-operated firms seldom share performance data with lenders (A.2 items 10–11).' },
  independent_director: { label: 'Has an independent director?', help: 'A check on the owner (A.2 item 11: weak corporate governance).' },
  stage: { label: 'Development stage', help: 'Early, growth, expansion or mature: each kind of venture capital prefers a stage (Table A.1).' },
  university_link: { label: 'Works with a university?', help: 'Licences, spin-offs or joint research; university VC requires it (Table A.1).' },
  location: { label: 'Location', help: 'Metropolitan, regional city, or county level and below (Table A.1’s geography).' },
  high_tech: { label: 'Technology-intensive (e.g. a certified 高新技术企业)?', help: 'Venture capital looks for technology-intensive firms (A.1; Table A.1).' },
  high_growth: { label: 'Sales or staff up more than 20 % a year for three years?', help: 'The OECD high-growth definition; foreign VC looks for it (Table A.1).' },
  equipment_need: { label: 'Needs to buy equipment?', help: 'Leasing makes the asset its own security (§5.3).' },
  receivables_share: { label: 'Share of sales made on credit to business buyers', help: 'Factoring turns these receivables into cash (§5.3).' },
  buyers_creditworthy: { label: 'Are those buyers creditworthy (large firms, SOEs)?', help: 'The factor relies on the buyers’ credit, not the firm’s (§5.3).' },
  cluster_member: { label: 'Member of an industrial cluster?', help: 'Relationship banking with the whole cluster shares information and scale (§5.3; A.3.2).' },
  debt_outstanding: { label: 'Debt outstanding', help: 'In the same unit as revenue; credit scoring reads history and debt (A.3.1).' },
  loan_applied: { label: 'Applied for a loan or line of credit in the last year?', help: 'World Bank Enterprise Survey item k16, the start of the credit-status path.' },
  loan_outcome: { label: 'Outcome of the last application', help: 'Approved, partly approved, rejected or still pending.' },
  no_apply_reason: { label: 'Main reason for not applying', help: 'Survey item k17: only “no need” means the firm is not constrained.' },
  external_finance_share: { label: 'Share of working capital or investment financed externally', help: 'Survey items k3/k5: tells fully from partially constrained firms.' },
} as const satisfies Record<string, QuestionText>;

export type QuestionField = keyof typeof enQuestions;
export type QuestionCatalogue = { readonly [K in QuestionField]: QuestionText };

/** Words for the choices of the choice questions (the stored answer is the engine's own word). */
export const enChoices = {
  market_position: { leader: 'Leader', follower: 'Follower', latecomer: 'Latecomer' },
  stage: { early: 'Early (seed, start-up)', growth: 'Growth', expansion: 'Expansion (late)', mature: 'Mature' },
  location: { metropolitan: 'Metropolitan (Beijing, Shanghai, Shenzhen, Guangzhou)', regional: 'Regional city', local: 'County level and below' },
  loan_outcome: { approved: 'Approved', 'partly approved': 'Partly approved', rejected: 'Rejected', pending: 'Pending' },
  no_apply_reason: {
    '1': '1 No need for a loan',
    '2': '2 Application procedures too complex',
    '3': '3 Interest rates not favourable',
    '4': '4 Collateral requirements too high',
    '5': '5 Loan size or maturity insufficient',
    '6': '6 Did not think it would be approved',
    '7': '7 Other',
  },
} as const;

export type ChoiceCatalogue = { readonly [K in keyof typeof enChoices]: { readonly [C in keyof (typeof enChoices)[K]]: string } };
