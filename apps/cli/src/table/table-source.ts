/** One row of a table being read: its 1-based row number as a spreadsheet shows it, and its cells. */
export interface SourceRow {
  readonly number: number;
  readonly cells: readonly unknown[];
}

/** Rows of the sheet being rated, header first, read lazily so that no file is held whole in memory. */
export interface TableSource {
  /** Name to give the rated sheet when writing XLSX. */
  readonly sheetName: string;
  rows(): AsyncIterable<SourceRow>;
  /** Share of the input read so far, 0–1, where the format lets us know it. */
  fractionRead?(): number | undefined;
}

/** Where rated rows go; cells keep their type when the format can (XLSX), or become text (CSV). */
export interface TableSink {
  writeRow(cells: readonly unknown[]): Promise<void> | void;
  close(): Promise<void>;
}
