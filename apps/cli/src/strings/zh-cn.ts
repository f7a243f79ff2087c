import type { CliStrings } from './en.js';

/** The command line's own sentences in Simplified Chinese (zh-CN); same keys as en.ts. */
export const zhCn: CliStrings = {
  prefix: 'sme-navigator：',

  summary: (p) =>
    `共${p.firms}家企业，按 ${p.standard} 标准评定${p.rated}家` +
    (p.failed > 0 ? `；${p.failed}家无法评定` : '') +
    (p.warned > 0 ? `；${p.warned}家有警告` : '') +
    (p.blank > 0 ? `；保留空行${p.blank}行` : ''),
  failureLine: (p) => `  第${p.row}行${p.column ? `“${p.column}”列` : ''}：${p.message}`,
  moreFailures: (p) => `  ……另有${p.count}家无法评定（见 error 列）`,
  warningLine: (p) => `  第${p.row}行，警告：${p.message}`,
  moreWarnings: (p) => `  ……另有${p.count}行有警告`,
  progressBar: '评定中 [{bar}] {percentage}% | {rows}行 | {speed}行/秒 | 剩余 {eta_formatted}',

  errorSeparator: '；',
  sizeWarning: (p) => `；警告：${p.warnings}`,

  noSuchFile: (p) => `${p.path}：文件不存在`,
  notCsvOrXlsx: (p) => `${p.path}：请使用 .csv 或 .xlsx 文件`,
  outIsInput: (p) => `--out ${p.out} 就是输入文件；请把评定结果写入新文件`,
  outExists: (p) => `${p.out} 已存在；如需覆盖，请加 --force`,
  sheetNeedsXlsx: '--sheet 仅适用于 .xlsx 输入文件',
  badJobs: (p) => `--jobs ${p.typed}：请填 auto，或 1 到 ${p.max} 之间的整数线程数`,
  emptyInput: (p) => `${p.path} 为空：须有一行表头和至少一家企业`,
  hasResultColumns: (p) => `${p.path} 已有结果列 ${p.columns.join('、')}；如需覆盖，请加 --replace，或将其改名`,
  noSectorColumn: (p) => `${p.path} 中没有“行业”列（sector）；${p.standard} 需要该列`,
  noSizeColumns: (p) => `${p.path} 中没有从业人员（employees）、营业收入（revenue）、资产总额（assets）中的任何一列；${p.standard} 需要这些列`,
  notXlsx: (p) => `${p.path} 不是 .xlsx 工作簿（不是 zip 压缩格式）；请在 Excel 中另存为 .xlsx 或 .csv`,
  noWorksheet: (p) => `${p.path} 中没有工作表`,
  noSuchSheet: (p) => `${p.path} 中没有名为“${p.sheet}”的工作表；现有工作表：${p.sheets.join('、')}`,
  badCsv: (p) => `${p.path} 第${p.row}行之后不是有效的 CSV：${p.detail}`,
  noFirmRows: (p) => `${p.path} 中没有企业数据行`,
  unknownLanguage: (p) => `未知的语言“${p.typed}”；请使用 en 或 zh-CN`,
  reportNeedsXlsx: (p) => `${p.out}：集群报告只能写成 .xlsx 工作簿`,

  reportWritten: (p) => `已将工作表“${p.sheet}”写入 ${p.out}`,
};

/**
 * Commander's own usage errors, which it writes in English, as Chinese sentences; a message that
 * matches none is shown as commander wrote it.
 */
export const COMMANDER_ZH: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [/^error: unknown option '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?/, (m) => `错误：未知选项“${m[1]}”${m[2] ? `（是否为 ${m[2]}？）` : ''}`],
  [/^error: unknown command '([^']*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?/, (m) => `错误：未知命令“${m[1]}”${m[2] ? `（是否为 ${m[2]}？）` : ''}`],
  [/^error: missing required argument '([^']*)'/, (m) => `错误：缺少必需的参数“${m[1]}”`],
  [/^error: option '([^']*)' argument missing/, (m) => `错误：选项“${m[1]}”缺少取值`],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => `错误：${m[1] ? `${m[1]} 命令的` : ''}参数过多：应为${m[2]}个，实际为${m[3]}个`,
  ],
];
