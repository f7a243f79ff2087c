import { formatIssues, type Issue } from '@sme-navigator/engine';

/**
 * How a function's failures become Excel errors. Only #VALUE! and #N/A carry a custom message in
 * Excel, so those are the only two used:
 *
 * - #N/A: a look-up found nothing — the sector, the standard or the unit typed is not known
 *   (the codes in NOT_AVAILABLE below). The message names what was typed and what is accepted.
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
export function errorFor(issues: readonly Issue[], host: ErrorHost): unknown {
  const kind: ErrorKind = issues.length > 0 && NOT_AVAILABLE.has(issues[0]!.code) ? 'na' : 'value';
  return host.error(kind, formatIssues(issues));
}
