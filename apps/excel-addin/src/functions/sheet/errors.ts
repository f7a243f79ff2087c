import { formatIssue, formatIssues, type Issue, type IssueParams } from '@sme-navigator/engine';

/**
 * How a function's failures become Excel errors. Only #VALUE! and #N/A carry a custom message in
 * Excel, so those are the only two used:
 *
 * - #N/A: a look-up found nothing — the sector, the standard or the unit typed is not known
 *   (the codes in NOT_AVAILABLE below). The message names what was typed and what is accepted.
 * - #N/A also for a result the facts given leave open, though the firm was rated (a credit-constraint
 *   status while the loan application is pending, a Figure 2 mode without an export share): the
 *   function returns a Refusal of kind `na` with the engine's reason.
 * - #VALUE!: everything else — a figure that is not a number ≥ 0, a blank the rule needs, ranges of
 *   different sizes, and (never expected) an exception inside the engine.
 *
 * When a row has several problems, the first decides the error type and the message lists them all.
 */
export type ErrorKind = 'value' | 'na';

/** Engine issue codes that are failed look-ups, shown as #N/A. Every other code is #VALUE!. */
export const NOT_AVAILABLE: ReadonlySet<string> = new Set([
  'sector.unknown-suggest',
  'sector.not-in-standard',
  'standard.unknown',
  'unit.unknown',
]);

/** Makes and recognises Excel error values. Injected so the functions run in Node tests too. */
export interface ErrorHost {
  error(kind: ErrorKind, message: string): unknown;
  isError(cell: unknown): boolean;
}

/**
 * Excel's own error values (`CustomFunctions.Error`, API set CustomFunctionsRuntime 1.2), looked up
 * when first used: the global exists in Excel's custom-functions runtime, not in Node.
 */
export const excelErrors: ErrorHost = {
  error(kind, message) {
    const cf = runtime();
    return new cf.Error(kind === 'na' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, message);
  },
  isError(cell) {
    return typeof cell === 'object' && cell !== null && cell instanceof runtime().Error;
  },
};

function runtime(): typeof CustomFunctions {
  if (typeof CustomFunctions === 'undefined') {
    throw new Error('CustomFunctions is not defined: these functions run in Excel, or in tests with an injected ErrorHost or the test polyfill');
  }
  return CustomFunctions;
}

/** The Excel error for a row the engine refused, with the engine's sentence as the message. */
export function errorFor(issues: readonly Issue[], host: ErrorHost, kind?: ErrorKind): unknown {
  return host.error(kind ?? (issues.length > 0 && NOT_AVAILABLE.has(issues[0]!.code) ? 'na' : 'value'), messageOf(issues));
}

const alternatives = (items: readonly unknown[]): string =>
  items.length <= 1 ? String(items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${String(items[items.length - 1])}`;

/**
 * Sentences for what only a sheet can get wrong, which the engine has no words for: an option word,
 * a row of cells of the wrong width. Codes start with `sheet.`; every other code is the engine's.
 */
const SHEET_MESSAGES: Readonly<Record<string, (p: IssueParams, field: string) => string>> = {
  'sheet.choice-invalid': (p, f) => `${f} must be ${alternatives(p.allowed as string[])}, got '${String(p.got)}'`,
  'sheet.row-width': (p, f) =>
    `${f} has ${String(p.cells)} cells but ${String(p.headers)} has ${String(p.named)}; give the header row over the same columns as the firm's row`,
  'sheet.in-order': (p, f) =>
    `${f} has ${String(p.cells)} cells but there are ${String(p.expected)} ${String(p.what)}: give them in this order (${(p.order as string[]).join(', ')}), or give ${String(p.headers)} naming each column`,
  'sheet.no-known-column': (p, f) =>
    `${f} names none of the columns ${String(p.fn)} reads; give the header row above the firm's row, naming columns by these ids or by their English or Chinese headers: ${(p.known as string[]).join(', ')}`,
  'sheet.needed': (p, f) => `${f} is needed: ${String(p.why)}`,
};

/** One sentence for the row's issues: the engine's, or joined as the engine's formatIssues joins them. */
function messageOf(issues: readonly Issue[]): string {
  if (!issues.some((i) => SHEET_MESSAGES[i.code] !== undefined)) return formatIssues(issues);
  let out = '';
  for (const i of issues) {
    const own = SHEET_MESSAGES[i.code];
    const text = own ? own(i.params, i.field ?? '') : formatIssue(i);
    out += out === '' ? text : out.endsWith(':') ? ` ${text}` : `; ${text}`;
  }
  return out;
}
