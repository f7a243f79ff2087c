import type { Issue } from '@sme-navigator/engine';
import { errorFor, excelErrors, type ErrorHost } from './errors.js';
import { Refusal, type Param } from './params.js';

/** The namespace of every function, as in the manifest (`Functions.Namespace`). */
export const NAMESPACE = 'SME';

/** What a function body gives back for one row: a cell value, or the engine's refusal. */
export type RowResult = string | number | boolean | Refusal;

type ValuesOf<P extends readonly Param<unknown>[]> = { -readonly [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export interface SheetFunction<P extends readonly Param<unknown>[]> {
  readonly id: string;
  readonly params: P;
  /** Runs the function on its arguments as Excel passes them (each a 2-D array; null when omitted). */
  call(...args: unknown[]): unknown[][];
  /** The same, with the error values made by `host` (tests inject one; Excel's is the default). */
  run(args: readonly unknown[], host?: ErrorHost): unknown[][];
}

/**
 * Declares an SME.* function: typed parameters and a pure body over the engine. The body sees one
 * row's values; this layer does the rest, the same way for every function:
 *
 * - every argument may be a single value or a range; ranges of the same size give a result of that
 *   size (a spilled column), a single value is used for every row, ranges of different sizes are
 *   one #VALUE! saying which;
 * - a row whose data cells are all blank gives a blank result (so B:B with an empty tail works);
 * - parameters marked `memo` (the standard, the unit) are read once per distinct value, not per row;
 * - a refusal becomes #N/A or #VALUE! with the engine's sentence (see errors.ts); an Excel error in
 *   an input cell is passed through; an exception never reaches Excel without a message.
 */
export function defineFunction<const P extends readonly Param<unknown>[]>(
  id: string,
  params: P,
  body: (...values: ValuesOf<P>) => RowResult,
): SheetFunction<P> {
  const fn: SheetFunction<P> = {
    id,
    params,
    call: (...args) => fn.run(args),
    run: (args, host = excelErrors) => {
      try {
        return lift(id, params, body as (...values: unknown[]) => RowResult, args, host);
      } catch (e) {
        return [[host.error('value', failedMessage(id, e))]];
      }
    },
  };
  return fn;
}

/** The Excel value for an engine outcome: `pick` on success, the engine's errors otherwise. */
export function outcome<T extends { readonly ok: boolean }>(
  result: T,
  pick: (ok: Extract<T, { ok: true }>) => string | number | boolean,
): RowResult {
  return result.ok ? pick(result as Extract<T, { ok: true }>) : new Refusal((result as unknown as { errors: readonly Issue[] }).errors);
}

/**
 * A result the facts given leave open, though nothing typed is wrong (a pending loan application, no
 * export share): #N/A with the engine's reason, so the cell reads as "not available" and says why.
 */
export function undecided(reason: Issue): Refusal {
  return new Refusal([reason], 'na');
}

/** The issue with this code among the engine's reasons or warnings, where the engine always gives one. */
export function issueWith(issues: readonly Issue[], code: string): Issue {
  const found = issues.find((i) => i.code === code);
  if (found === undefined) throw new Error(`the engine gave no ${code}`);
  return found;
}

type Arg = { readonly grid: readonly (readonly unknown[])[]; readonly rows: number; readonly cols: number } | { readonly grid?: undefined; readonly value: unknown };

function shapeOf(arg: unknown, p: Param<unknown>): Arg {
  if (!Array.isArray(arg)) return { value: p.per === 'row' && arg !== null && arg !== undefined ? [arg] : arg };
  if (arg.length === 0) return { value: undefined };
  const grid = (Array.isArray(arg[0]) ? arg : [arg]) as unknown[][];
  const rows = grid.length;
  const cols = grid[0]!.length;
  if (p.per === 'row') return rows === 1 ? { value: grid[0] } : { grid: grid.map((row) => [row]), rows, cols: 1 };
  if (rows === 1 && cols === 1) return { value: grid[0]![0] };
  return { grid, rows, cols };
}

/** An empty cell (null, undefined, blank text), or a row of them. */
const isEmpty = (cell: unknown): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' ? cell.trim() === '' : Array.isArray(cell) && cell.every(isEmpty));

/** An Excel error found in an input cell: passed on as that row's result. */
class InputError {
  constructor(readonly error: unknown) {}
}

function lift(
  id: string,
  params: readonly Param<unknown>[],
  body: (...values: unknown[]) => RowResult,
  args: readonly unknown[],
  host: ErrorHost,
): unknown[][] {
  const n = params.length;
  const shaped = params.map((p, i) => shapeOf(args[i], p));

  // One size for every range argument.
  let rows = 1;
  let cols = 1;
  let sizedBy = -1;
  for (let i = 0; i < n; i++) {
    const a = shaped[i]!;
    if (a.grid === undefined) continue;
    if (sizedBy < 0) {
      [rows, cols, sizedBy] = [a.rows, a.cols, i];
    } else if (a.rows !== rows || a.cols !== cols) {
      return [[host.error('value', mismatchMessage(params[sizedBy]!.name, rows, cols, params[i]!.name, a.rows, a.cols))]];
    }
  }
  const grids = shaped.map((a) => a.grid);

  // Which cells are blank rows: decided by the data ranges, or by every data argument when none is a range.
  const dataRanges = params.flatMap((p, i) => (p.role === 'data' && grids[i] !== undefined ? [i] : []));
  const blankBy = dataRanges.length > 0 ? dataRanges : params.flatMap((p, i) => (p.role === 'data' ? [i] : []));
  const blank = blankRows(
    blankBy.map((i) => grids[i] ?? [[(shaped[i] as { value: unknown }).value]]),
    rows,
    cols,
    blankBy.some((i) => params[i]!.zeroIsEmpty === true),
  );

  // Single values are read once, memo parameters once per distinct value, the others cell by cell.
  const fixed: unknown[] = new Array(n);
  const memos: (Map<unknown, unknown> | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = params[i]!;
    if (grids[i] === undefined) {
      const value = (shaped[i] as { value: unknown }).value;
      const error = errorIn(value, host);
      fixed[i] = error !== undefined ? new InputError(error) : readCell(p, value);
    } else if (p.memo) memos[i] = new Map();
  }

  const out: unknown[][] = new Array(rows);
  const values: unknown[] = new Array(n);
  for (let r = 0, k = 0; r < rows; r++) {
    const line: unknown[] = new Array(cols);
    for (let c = 0; c < cols; c++, k++) {
      if (blank[k]) {
        line[c] = '';
        continue;
      }
      let passed: unknown;
      let issues: Issue[] | undefined;
      for (let i = 0; i < n; i++) {
        const grid = grids[i];
        let v: unknown;
        if (grid === undefined) v = fixed[i];
        else {
          const cell = grid[r]![c];
          const error = errorIn(cell, host);
          if (error !== undefined) v = new InputError(error);
          else {
            const memo = memos[i];
            if (memo === undefined) v = readCell(params[i]!, cell);
            else if (memo.has(cell)) v = memo.get(cell);
            else memo.set(cell, (v = readCell(params[i]!, cell)));
          }
        }
        if (v instanceof InputError) {
          passed = v.error;
          break;
        }
        if (v instanceof Refusal) (issues ??= []).push(...v.issues);
        values[i] = v;
      }
      line[c] = passed !== undefined ? passed : issues !== undefined ? errorFor(issues, host) : runRow(id, body, values, host);
    }
    out[r] = line;
  }
  return out;
}

const readCell = (p: Param<unknown>, cell: unknown): unknown =>
  p.per === 'row' ? p.read(Array.isArray(cell) ? cell.map((c) => (isEmpty(c) ? undefined : c)) : []) : p.read(isEmpty(cell) || (p.zeroIsEmpty && cell === 0) ? undefined : cell);

/** The Excel error in a cell (or the first in a row of cells), if any. */
const errorIn = (cell: unknown, host: ErrorHost): unknown => (Array.isArray(cell) ? cell.find((c) => host.isError(c)) : host.isError(cell) ? cell : undefined);

/**
 * 1 for each cell whose row is blank: every deciding cell empty. Zeros count as empty only when a
 * text argument (never 0) is among them: Excel builds that send empty cells as 0 do so for the whole row.
 */
function blankRows(deciding: readonly (readonly (readonly unknown[])[])[], rows: number, cols: number, zerosMayBeEmpty: boolean): Uint8Array {
  const blank = new Uint8Array(rows * cols);
  if (deciding.length === 0) return blank;
  const state = new Uint8Array(rows * cols); // 0 all empty, 1 empty or zero, 2 has a value
  for (const grid of deciding) {
    const single = grid.length === 1 && grid[0]!.length === 1; // a single value, the same for every row
    for (let r = 0, k = 0; r < rows; r++) {
      const line = single ? grid[0]! : grid[r]!;
      for (let c = 0; c < cols; c++, k++) {
        if (state[k] === 2) continue;
        const cell = single ? line[0] : line[c];
        if (isEmpty(cell)) continue;
        state[k] = cell === 0 ? 1 : 2;
      }
    }
  }
  for (let k = 0; k < blank.length; k++) blank[k] = state[k] === 0 || (state[k] === 1 && zerosMayBeEmpty) ? 1 : 0;
  return blank;
}

function runRow(id: string, body: (...values: unknown[]) => RowResult, values: unknown[], host: ErrorHost): unknown {
  try {
    const result = body.apply(undefined, values);
    if (result instanceof Refusal) return errorFor(result.issues, host, result.kind);
    return result ?? '';
  } catch (e) {
    return host.error('value', failedMessage(id, e));
  }
}

function failedMessage(id: string, e: unknown): string {
  const why = e instanceof Error ? e.message : String(e);
  return `${NAMESPACE}.${id} failed unexpectedly (${why}); this is a bug in SME Navigator, please report it with the inputs`;
}

function sizeText(rows: number, cols: number): string {
  const r = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return cols === 1 ? r : `${r} × ${cols} columns`;
}

function mismatchMessage(a: string, aRows: number, aCols: number, b: string, bRows: number, bCols: number): string {
  return `${a} has ${sizeText(aRows, aCols)} but ${b} has ${sizeText(bRows, bCols)}; give ranges of the same size (a single cell is used for every row)`;
}
