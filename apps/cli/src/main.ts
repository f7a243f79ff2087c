import type { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { clusterFinance, clusterReportTables, DEFAULT_STANDARD_ID, STANDARD_IDS, type Language } from '@sme-navigator/engine';
import { clusterReport, formatClusterReport, reportJson } from './cluster-command.js';
import { REPORT_SHEET, writeReportSheet } from './report-sheet.js';
import { langArgument, languageFromEnv, parseLanguage } from './language.js';
import { progressOn } from './progress.js';
import { describeSummary, rate } from './rate-command.js';
import { commanderMessage, stringsFor } from './strings/index.js';
import { UsageError } from './usage-error.js';

/** Runs the command line; returns the exit code (0 ok, 1 some rows failed, 2 unusable input). */
export interface Io {
  readonly stdout: Writable;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The environment whose LANG / LC_ALL choose the default language (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const LANG_HELP = 'language of reasons, errors and the summary: en or zh-CN (also zh, cn); default from LANG / LC_ALL, else en';

const MAX_JOBS = 32;
const JOBS_HELP = 'worker threads that rate rows (and read a CSV\'s) while the main thread reads and writes the files; 1: all in the main thread; auto: a thread per core (at most 8) for a CSV from 16 MB or a workbook from 4 MB, else 1';

function parseJobs(typed: string): number | undefined {
  if (typed.trim().toLowerCase() === 'auto') return undefined;
  const jobs = /^\d+$/.test(typed.trim()) ? Number(typed) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError((s) => s.badJobs({ typed, max: MAX_JOBS }));
  return jobs;
}

const withJobs = (jobs: number | undefined) => (jobs === undefined ? {} : { jobs });

export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  // The language is settled before commander parses, so that its own usage errors can be translated too.
  const fallback = languageFromEnv(io.env ?? process.env);
  const typedLang = langArgument(argv);
  const chosen = typedLang === undefined ? fallback : parseLanguage(typedLang);
  if (chosen === undefined) {
    const say = stringsFor(fallback);
    io.stderr.write(`${say.prefix}${say.unknownLanguage({ typed: typedLang! })}\n`);
    return 2;
  }
  const lang: Language = chosen;

  let code = 0;
  const program = new Command('sme-navigator')
    .description('Rate small and medium enterprises from a CSV or XLSX register')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(commanderMessage(s, lang)),
    });

  program
    .command('rate')
    .description('classify every firm by size (and, when the columns are there, capability and financing); writes every input column, then the results')
    .argument('<input>', 'a .csv or .xlsx file with a header row (firm, sector, employees, revenue, assets; or 企业名称, 行业, 从业人员, 营业收入, 资产总额)')
    .option('-s, --standard <id>', `size standard: ${STANDARD_IDS.join(', ')}`, DEFAULT_STANDARD_ID)
    .option('-u, --unit <unit>', "money unit of revenue and assets (PRC: 10k-yuan, yuan, million-yuan; EU: eur, million-eur; IFC: usd, million-usd); default the standard's own")
    .option('-o, --out <file>', 'write to this .csv or .xlsx file (format from the extension); default CSV on stdout')
    .option('--sheet <name>', 'the worksheet to rate in an .xlsx input (default the first)')
    .option('--replace', 'overwrite result columns the input already has')
    .option('--force', 'overwrite an existing --out file')
    .option('--lang <lang>', LANG_HELP)
    .option('-j, --jobs <n>', JOBS_HELP, 'auto')
    .action(async (input: string, { jobs, ...opts }: { standard: string; unit?: string; out?: string; sheet?: string; replace?: boolean; force?: boolean; jobs: string }) => {
      const summary = await rate(input, { ...opts, lang, ...withJobs(parseJobs(jobs)) }, io.stdout, progressOn(io.stderr, lang));
      io.stderr.write(`${describeSummary(summary, opts.standard, lang)}\n`);
      code = summary.failed > 0 ? 1 : 0;
    });

  program
    .command('cluster')
    .description("report on a set of firms as one cluster: size distribution and the missing middle, cluster type from the linkage columns, learning modes, and the paper's policy levers (§5)")
    .argument('<input>', 'a .csv or .xlsx file, one row per firm; linkage columns: lead_firm, supplies_to, cooperates_with, linked_agents, government_role')
    .option('-s, --standard <id>', `size standard: ${STANDARD_IDS.join(', ')}`, DEFAULT_STANDARD_ID)
    .option('-u, --unit <unit>', 'money unit of revenue and assets')
    .option('--sheet <name>', 'the worksheet to read in an .xlsx input (default the first)')
    .option('--json', 'print the report as JSON instead of text')
    .option('-o, --out <file>', `write the report as a sheet '${REPORT_SHEET}' in this new .xlsx workbook, for colleagues without the add-in`)
    .option('--force', 'overwrite an existing --out file')
    .option('--lang <lang>', LANG_HELP)
    .action(async (input: string, opts: { standard: string; unit?: string; sheet?: string; json?: boolean; out?: string; force?: boolean }) => {
      if (opts.out !== undefined) {
        const out = opts.out;
        if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError((s) => s.reportNeedsXlsx({ out }));
        if (resolve(out) === resolve(input)) throw new UsageError((s) => s.outIsInput({ out }));
        if (existsSync(out) && !opts.force) throw new UsageError((s) => s.outExists({ out }));
      }
      const { report, rows, rowNumbers, standard } = await clusterReport(input, opts);
      if (opts.out !== undefined && report.ok) {
        const finance = clusterFinance(rows, { standard, ...(opts.unit === undefined ? {} : { unit: opts.unit }) });
        await writeReportSheet(opts.out, clusterReportTables(report, finance, lang), lang);
        io.stderr.write(`${stringsFor(lang).prefix}${stringsFor(lang).reportWritten({ out: opts.out, sheet: REPORT_SHEET })}\n`);
        return;
      }
      io.stdout.write(`${opts.json ? reportJson(report, rowNumbers, lang) : formatClusterReport(report, lang)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${stringsFor(lang).prefix}${e.text(lang)}\n`);
      return 2;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'ENOENT' || err.code === 'EISDIR' || err.code === 'ENOSPC') {
      io.stderr.write(`${stringsFor(lang).prefix}${err.message}\n`);
      return 2;
    }
    throw e;
  }
  return code;
}
