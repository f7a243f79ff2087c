/**
 * The command line's own sentences (the summary on stderr, usage errors), in English. Reasons and
 * errors about firms come from the engine's catalogue instead. A translation is a file beside this
 * one typed `CliStrings`: the compiler then rejects a missing key or a message with other
 * parameters, and strings.test.ts checks the rest.
 */

export interface SummaryCounts {
  readonly standard: string;
  readonly firms: number;
  readonly rated: number;
  readonly failed: number;
  readonly warned: number;
  readonly blank: number;
}

export const en = {
  /** Before every line the command writes to stderr on its own account. */
  prefix: 'sme-navigator: ',

  // The summary after `rate`.
  summary: (p: SummaryCounts) =>
    `rated ${p.rated} of ${p.firms} firms under ${p.standard}` +
    (p.failed > 0 ? `; ${p.failed} could not be rated` : '') +
    (p.warned > 0 ? `; ${p.warned} with warnings` : '') +
    (p.blank > 0 ? `; ${p.blank} blank row${p.blank === 1 ? '' : 's'} kept` : ''),
  failureLine: (p: { row: number; column: string; message: string }) => `  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`,
  moreFailures: (p: { count: number }) => `  … and ${p.count} more (see the error column)`,
  warningLine: (p: { row: number; message: string }) => `  row ${p.row}, warning: ${p.message}`,
  moreWarnings: (p: { count: number }) => `  … and ${p.count} more rows with warnings`,
  /** The progress bar on a terminal, in cli-progress's format ({bar}, {percentage}, {eta_formatted}; {rows}, {speed} are ours). */
  progressBar: 'rating [{bar}] {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}',

  // Inside cells: several errors in the error column; warnings after the size reason.
  errorSeparator: '; ',
  sizeWarning: (p: { warnings: string }) => `; warning: ${p.warnings}`,

  // Usage errors: the input cannot be used at all (exit 2).
  noSuchFile: (p: { path: string }) => `${p.path}: no such file`,
  notCsvOrXlsx: (p: { path: string }) => `${p.path}: use a .csv or .xlsx file`,
  outIsInput: (p: { out: string }) => `--out ${p.out} is the input file; write the ratings to a new file`,
  outExists: (p: { out: string }) => `${p.out} already exists; pass --force to overwrite it`,
  sheetNeedsXlsx: '--sheet applies to .xlsx input only',
  badJobs: (p: { typed: string; max: number }) => `--jobs ${p.typed}: give auto or a whole number of threads from 1 to ${p.max}`,
  emptyInput: (p: { path: string }) => `${p.path} is empty: it needs a header row and at least one firm`,
  hasResultColumns: (p: { path: string; columns: readonly string[] }) =>
    `${p.path} already has the column${p.columns.length > 1 ? 's' : ''} ${p.columns.join(', ')}; pass --replace to overwrite them, or rename them`,
  noSectorColumn: (p: { path: string; standard: string }) => `no 'sector' column (or 行业) in ${p.path}; ${p.standard} needs it`,
  noSizeColumns: (p: { path: string; standard: string }) =>
    `${p.path} has none of the columns employees (从业人员), revenue (营业收入), assets (资产总额); ${p.standard} needs them`,
  notXlsx: (p: { path: string }) => `${p.path} is not an .xlsx workbook (it is not a zip archive); save it from Excel as .xlsx, or as .csv`,
  noWorksheet: (p: { path: string }) => `${p.path} has no worksheet`,
  noSuchSheet: (p: { path: string; sheet: string; sheets: readonly string[] }) => `${p.path} has no sheet named '${p.sheet}'; it has: ${p.sheets.join(', ')}`,
  badCsv: (p: { path: string; row: number; detail: string }) => `${p.path} is not valid CSV after row ${p.row}: ${p.detail}`,
  noFirmRows: (p: { path: string }) => `${p.path} has no firm rows`,
  unknownLanguage: (p: { typed: string }) => `unknown language '${p.typed}'; use en or zh-CN`,
  reportNeedsXlsx: (p: { out: string }) => `${p.out}: the cluster report is written as an .xlsx workbook`,

  // After `cluster --out`.
  reportWritten: (p: { out: string; sheet: string }) => `wrote the sheet '${p.sheet}' to ${p.out}`,
} as const;

type Message<T> = T extends (p: infer P) => string ? (p: P) => string : string;

/** The shape every language's strings have: the same keys, and messages with the same parameters. */
export type CliStrings = { readonly [K in keyof typeof en]: Message<(typeof en)[K]> };
