import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import {
  assessFirm,
  findUnit,
  formatIssue,
  matchHeaders,
  resolveStandard,
  RULES_VERSION,
  type AssessOptions,
  type FirmRow,
  type Issue,
  type Language,
} from '@sme-navigator/engine';
import { capabilityGroup } from './capability-group.js';
import { financingGroup } from './financing-group.js';
import type { ResultGroup } from './result-group.js';
import { sizeGroup } from './size-group.js';
import { cellValue } from './table/cell-text.js';
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
}

export interface RateSummary {
  readonly rows: number;
  readonly rated: number;
  readonly failed: number;
  readonly blank: number;
  readonly warned: number;
  readonly failures: readonly { row: number; column: string; message: string }[];
  readonly warnings: readonly { row: number; message: string }[];
}

const ERROR_COLUMN = 'error';
const RULES_VERSION_COLUMN = 'rules_version';
const KEEP_FAILURES = 5;
const KEEP_WARNINGS = 3;

function formatOf(path: string): 'csv' | 'xlsx' {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  throw new UsageError((s) => s.notCsvOrXlsx({ path }));
}

const PROGRESS_EVERY = 2000;

export async function rate(input: string, options: RateOptions, stdout: Writable, progress: Progress = { update: () => undefined, stop: () => undefined }): Promise<RateSummary> {
  const lang = options.lang ?? 'en';
  const say = stringsFor(lang);
  if (!existsSync(input)) throw new UsageError((s) => s.noSuchFile({ path: input }));
  const inFormat = formatOf(input);
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
  const source: TableSource = inFormat === 'csv' ? csvSource(input) : xlsxSource(input, options.sheet);
  const candidates: ResultGroup[] = [sizeGroup(standard.value, input, lang), capabilityGroup(lang), financingGroup(lang)];
  const assessOptions: AssessOptions = { standard: standard.value, ...(options.unit === undefined ? {} : { unit: options.unit }) };

  let sink: TableSink | undefined;
  let groups: ResultGroup[] = [];
  let fieldAt = new Map<string, number>();
  let headers: string[] = [];
  let width = 0;
  /** Output position of each result column. */
  let resultAt = new Map<string, number>();
  const summary = {
    rows: 0,
    rated: 0,
    failed: 0,
    blank: 0,
    warned: 0,
    failures: [] as { row: number; column: string; message: string }[],
    warnings: [] as { row: number; message: string }[],
  };

  try {
    for await (const { number, cells } of source.rows()) {
      if (sink === undefined) {
        headers = cells.map((c) => String(cellValue(c) ?? '').trim());
        width = headers.length;
        const allFields = candidates.flatMap((g) => g.fields);
        fieldAt = new Map(matchHeaders(headers, allFields).columns);
        groups = candidates.filter((g) => g.applies(new Set(fieldAt.keys())));
        // Beyond size, results depend on weights and mappings too: say which rules made them.
        const provenance = groups.length > 1 ? [RULES_VERSION_COLUMN] : [];
        const resultColumns = [...groups.flatMap((g) => g.columns), ...provenance, ERROR_COLUMN];
        const present = resultColumns.filter((c) => headers.some((h) => h.toLowerCase() === c));
        if (present.length > 0 && !options.replace) throw new UsageError((s) => s.hasResultColumns({ path: input, columns: present }));
        const outHeaders = [...cells.map((c) => cellValue(c) ?? '')];
        resultAt = new Map();
        for (const c of resultColumns) {
          const at = headers.findIndex((h) => h.toLowerCase() === c);
          if (at >= 0) resultAt.set(c, at);
          else {
            resultAt.set(c, outHeaders.length);
            outHeaders.push(c);
          }
        }
        sink = outFormat === 'csv' ? csvSink(options.out ?? stdout) : xlsxSink(options.out!, () => source.sheetName, inFormat === 'csv');
        await sink.writeRow(outHeaders);
        continue;
      }

      summary.rows += 1;
      if (summary.rows % PROGRESS_EVERY === 0) progress.update(summary.rows, source.fractionRead?.());
      const out: unknown[] = [...cells];
      while (out.length < width) out.push(undefined);
      for (const at of resultAt.values()) while (out.length <= at) out.push(undefined);
      const values = cells.map(cellValue);
      if (values.every((v) => v === undefined || String(v).trim() === '')) {
        summary.blank += 1;
        for (const at of resultAt.values()) out[at] = '';
        await sink.writeRow(out);
        continue;
      }

      const row: Record<string, unknown> = {};
      for (const [field, at] of fieldAt) row[field] = values[at];
      const errors: Issue[] = [];
      const warnings: Issue[] = [];
      const assessment = assessFirm(row as FirmRow, assessOptions);
      if (resultAt.has(RULES_VERSION_COLUMN)) out[resultAt.get(RULES_VERSION_COLUMN)!] = RULES_VERSION;
      for (const group of groups) {
        const result = group.cells(assessment);
        for (const c of group.columns) out[resultAt.get(c)!] = result.cells[c] ?? '';
        errors.push(...result.errors);
        warnings.push(...result.warnings);
      }
      const messages = errors.map((e) => formatIssue(e, lang));
      out[resultAt.get(ERROR_COLUMN)!] = messages.join(say.errorSeparator);
      if (errors.length > 0) {
        summary.failed += 1;
        if (summary.failures.length < KEEP_FAILURES) {
          const field = errors[0]!.field?.replace(/\[.*$/, '').split('.')[0];
          const at = field === undefined ? undefined : fieldAt.get(field);
          summary.failures.push({ row: number, column: at === undefined ? (field ?? '') : headers[at]!, message: messages[0]! });
        }
      } else summary.rated += 1;
      if (warnings.length > 0) {
        summary.warned += 1;
        if (summary.warnings.length < KEEP_WARNINGS) summary.warnings.push({ row: number, message: formatIssue(warnings[0]!, lang) });
      }
      await sink.writeRow(out);
    }
    if (sink === undefined) throw new UsageError((s) => s.emptyInput({ path: input }));
  } finally {
    progress.stop();
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
