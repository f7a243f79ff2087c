import { createReadStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { findUnit, formatIssue, resolveStandard, type Issue, type Language } from '@sme-navigator/engine';
import { planRating } from './rate-plan.js';
import { ratePool, type RatePool, type WorkItem } from './rate-pool.js';
import { CsvSplitter } from './table/csv-chunks.js';
import { csvLayout, parseCsvHeader } from './table/csv-layout.js';
import { pieceText, QuoteNotClosed } from './table/parse-csv-piece.js';
import { batchRater, KEEP_FAILURES, ROWS_AT_A_TIME, KEEP_WARNINGS, type BatchRater, type RatedBatch, type RowFailure, type RowWarning } from './row-rater.js';
import { csvSource } from './table/read-csv.js';
import { xlsxSource } from './table/read-xlsx.js';
import type { TableSink, TableSource } from './table/table-source.js';
import { csvSink } from './table/write-csv.js';
import { xlsxSink } from './table/write-xlsx.js';
import type { Progress } from './progress.js';
import { stringsFor } from './strings/index.js';
import { UsageError } from './usage-error.js';

export interface RateOptions {
  readonly standard: string;
  readonly unit?: string;
  readonly out?: string;
  readonly sheet?: string;
  /** Overwrite result columns (size, size_reason, error) the input already has. */
  readonly replace?: boolean;
  /** Overwrite an existing --out file. */
  readonly force?: boolean;
  /** Language of the sentences in cells (reasons, errors); ids stay ids. Default English. */
  readonly lang?: Language;
  /** Worker threads that read and rate pieces of a CSV while the main thread reads and writes; 1 rates in the main thread. Default: `autoJobs`. */
  readonly jobs?: number;
}

export interface RateSummary {
  readonly rows: number;
  readonly rated: number;
  readonly failed: number;
  readonly blank: number;
  readonly warned: number;
  readonly failures: readonly RowFailure[];
  readonly warnings: readonly RowWarning[];
}

function formatOf(path: string): 'csv' | 'xlsx' {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UsageError((s) => s.notCsvOrXlsx({ path }));
}

/**
 * The size of the CSV pieces cut for the rater: large enough that a hop between threads costs little
 * per row; the rater still reads and rates them `ROWS_AT_A_TIME` rows at a time.
 */
const PIECE_BYTES = 1 << 16;
/**
 * Threads pay off only on large inputs, where they outweigh their start-up (each loads and warms up
 * the engine). Measured on 2 cores (`npm run bench`, and by hand around the crossover): a CSV of
 * 100,000 rows (6 MB) rates faster in the main thread, of 200,000 (12.5 MB) a little faster on two
 * threads, of 1,000,000 in three quarters of the time; a workbook of 30,000 rows (2 MB) takes the
 * same either way, of 100,000 (7 MB) a fifth less on threads, exceljs' reading and writing staying
 * in the main thread.
 */
export function autoJobs(format: 'csv' | 'xlsx', bytes: number): number {
  if (bytes < AUTO_JOBS_FROM_BYTES[format]) return 1;
  return Math.min(availableParallelism(), AUTO_JOBS_MAX);
}
const AUTO_JOBS_FROM_BYTES = { csv: 16 * 2 ** 20, xlsx: 4 * 2 ** 20 } as const;
const AUTO_JOBS_MAX = 8;

export async function rate(input: string, options: RateOptions, stdout: Writable, progress: Progress = { update: () => undefined, stop: () => undefined }): Promise<RateSummary> {
  const lang = options.lang ?? 'en';
  if (!existsSync(input)) throw new UsageError((s) => s.noSuchFile({ path: input }));
  const inFormat = formatOf(input);
  const bytes = statSync(input).size;
  const jobs = options.jobs ?? autoJobs(inFormat, bytes);
  const outFormat = options.out === undefined ? 'csv' : formatOf(options.out);
  if (options.out !== undefined) {
    const out = options.out;
    if (resolve(out) === resolve(input)) throw new UsageError((s) => s.outIsInput({ out }));
    if (existsSync(out) && !options.force) throw new UsageError((s) => s.outExists({ out }));
  }
  const standard = resolveStandard(options.standard);
  if (!standard.ok) {
    const error = standard.errors[0]!;
    throw new UsageError((_, l) => formatIssue(error, l));
  }
  if (options.unit !== undefined) {
    const unit = findUnit(options.unit);
    if (!unit || !standard.value.units.includes(unit.id)) {
      const error: Issue = { code: 'unit.unknown', field: 'unit', params: { typed: options.unit, standard: standard.value.id, allowed: standard.value.units } };
      throw new UsageError((_, l) => formatIssue(error, l));
    }
  }

  if (inFormat === 'csv' && options.sheet !== undefined) throw new UsageError((s) => s.sheetNeedsXlsx);
  const summary = { rows: 0, rated: 0, failed: 0, blank: 0, warned: 0, failures: [] as RowFailure[], warnings: [] as RowWarning[] };
  // Made once the header is known good, so that a refused input leaves no output file behind.
  let csv: ReturnType<typeof csvSink> | undefined;
  let sink: TableSink | undefined;
  let pool: RatePool | undefined;
  let rater: BatchRater | undefined;
  let fractionRead: () => number | undefined = () => undefined;
  let sheetName = 'rated';

  /** Settles the plan from the header row, opens the output and writes its header row. */
  const start = async (headerCells: readonly unknown[]) => {
    const plan = planRating(headerCells, { input, standard: standard.value, standardTyped: options.standard, ...(options.unit === undefined ? {} : { unit: options.unit }), lang, replace: options.replace ?? false });
    csv = outFormat === 'csv' ? csvSink(options.out ?? stdout) : undefined;
    sink = csv ?? xlsxSink(options.out!, () => sheetName, inFormat === 'csv');
    if (jobs > 1) pool = ratePool(jobs, plan, csv ? 'csv' : 'cells');
    else rater = batchRater(plan, csv ? 'csv' : 'cells');
    await sink.writeRow(plan.outHeaders);
  };

  // Work in flight, oldest first: results are written in input order whichever thread finishes first.
  const inFlight: { readonly result: Promise<RatedBatch>; readonly counted: boolean }[] = [];
  const write = async ({ result, counted }: (typeof inFlight)[number]) => {
    const done = await result;
    // A CSV piece counts its rows from 1; the rows before it (and the header) come first.
    const offset = counted ? 0 : summary.rows + 1;
    summary.rows += done.rows;
    summary.rated += done.rated;
    summary.failed += done.failed;
    summary.blank += done.blank;
    summary.warned += done.warned;
    for (const f of done.failures) if (summary.failures.length < KEEP_FAILURES) summary.failures.push({ ...f, row: f.row + offset });
    for (const w of done.warnings) if (summary.warnings.length < KEEP_WARNINGS) summary.warnings.push({ ...w, row: w.row + offset });
    if (csv) await csv.writeText(done.text);
    else for (const row of done.cells) await sink!.writeRow(row);
    progress.update(summary.rows, fractionRead());
  };
  const rateInProcess = (item: WorkItem): RatedBatch => ('batch' in item ? rater!.rows(item.batch) : rater!.piece(pieceText(item.piece), item.delimiter));
  const submit = async (item: WorkItem) => {
    const counted = 'batch' in item;
    const result = pool ? pool.rate(item) : Promise.resolve().then(() => rateInProcess(item));
    // It may fail before its turn to be written comes; it is awaited then, and must not count as unhandled now.
    result.catch(() => undefined);
    inFlight.push({ result, counted });
    while (inFlight.length >= 2 * jobs) await write(inFlight.shift()!);
  };

  try {
    const pieces = inFormat === 'csv' ? csvLayout(input) : undefined;
    if (pieces !== undefined) {
      // The file is cut into pieces at record ends, each parsed and rated on its own (by a thread with --jobs).
      const file = createReadStream(input, { highWaterMark: PIECE_BYTES });
      fractionRead = () => (bytes > 0 ? Math.min(1, file.bytesRead / bytes) : undefined);
      const splitter = new CsvSplitter(PIECE_BYTES);
      for await (const chunk of file as AsyncIterable<Buffer>) {
        const ready = splitter.push(chunk);
        if (sink === undefined && typeof splitter.header === 'object') await start(parseCsvHeader(splitter.header.bytes));
        for (const piece of ready) await submit({ piece, delimiter: pieces });
      }
      for (const piece of splitter.end()) await submit({ piece, delimiter: pieces });
    } else {
      const source: TableSource = inFormat === 'csv' ? csvSource(input) : xlsxSource(input, options.sheet);
      fractionRead = () => source.fractionRead?.();
      let batch: { numbers: number[]; cells: (readonly unknown[])[] } = { numbers: [], cells: [] };
      for await (const { number, cells } of source.rows()) {
        if (sink === undefined) {
          sheetName = source.sheetName;
          await start(cells);
          continue;
        }
        batch.numbers.push(number);
        batch.cells.push(cells);
        if (batch.cells.length >= ROWS_AT_A_TIME) {
          await submit({ batch });
          batch = { numbers: [], cells: [] };
        }
      }
      if (batch.cells.length > 0) await submit({ batch });
    }
    if (sink === undefined) throw new UsageError((s) => s.emptyInput({ path: input }));
    while (inFlight.length > 0) await write(inFlight.shift()!);
  } catch (e) {
    // Where a piece is not CSV, a single reader of the whole file (csv-parse) says where, as it always has.
    if (e instanceof QuoteNotClosed) {
      for await (const _ of csvSource(input).rows()) void _;
      throw new Error(`a piece of ${input} was not CSV, but the whole file reads: ${e.message}`);
    }
    throw e;
  } finally {
    progress.stop();
    await pool?.close();
    await sink?.close();
  }
  return summary;
}

/** The lines `rate` writes to stderr when done, in `lang` (the messages in `s` are already in it). */
export function describeSummary(s: RateSummary, standard: string, lang: Language = 'en'): string {
  const say = stringsFor(lang);
  const lines = [`${say.prefix}${say.summary({ standard, firms: s.rows - s.blank, rated: s.rated, failed: s.failed, warned: s.warned, blank: s.blank })}`];
  for (const f of s.failures) lines.push(say.failureLine(f));
  if (s.failed > s.failures.length) lines.push(say.moreFailures({ count: s.failed - s.failures.length }));
  for (const w of s.warnings) lines.push(say.warningLine(w));
  if (s.warned > s.warnings.length) lines.push(say.moreWarnings({ count: s.warned - s.warnings.length }));
  return lines.join('\n');
}
