import {
  findUnit,
  issue,
  matchHeaders,
  readAnswer,
  readNonNegative,
  readShare,
  resolveStandard,
  type Answer,
  type FieldColumn,
  type Issue,
  type SizeStandard,
} from '@sme-navigator/engine';
import type { ErrorKind } from './errors.js';

/**
 * Typed parameters: each says once how one cell becomes what a function body takes. Every SME.*
 * function declares its parameters with these, so a value is read the same way everywhere.
 */

/**
 * A refusal to give a value, as engine issues (rendered by the engine's message catalogue). `kind`
 * overrides the error type the issue codes would give: `na` for a result the facts given leave open.
 */
export class Refusal {
  constructor(
    readonly issues: readonly Issue[],
    readonly kind?: ErrorKind,
  ) {}
}

export interface Param<T> {
  /** The parameter's name as in functions.json (also the field named in messages). */
  readonly name: string;
  /**
   * `data` is a figure about the firm: a row whose data cells are all blank gives a blank result.
   * `option` (standard, unit) never makes a row non-blank.
   */
  readonly role: 'data' | 'option';
  /** Read once per distinct value in a call, not once per row (few distinct values, costly to read). */
  readonly memo?: boolean;
  /**
   * A 0 in this parameter is an empty cell. Some Excel builds pass the empty cells of a range as 0
   * rather than null; a text parameter (a sector) is never 0, so for it 0 can only mean "empty".
   */
  readonly zeroIsEmpty?: boolean;
  /**
   * `row`: one value per row of the range, the row's cells as an array (a firm's answers spread over
   * several columns, say). Without it, every cell is a value of its own.
   */
  readonly per?: 'row';
  /** Reads one cell (an empty cell arrives as `undefined`), or one row's cells for `per: 'row'`. */
  read(cell: unknown): T | Refusal;
}

const refuse = (issue: Issue): Refusal => new Refusal([issue]);

/** What the engine's readers (readNonNegative, readShare, readAnswer) return for one cell. */
type Reading<T> = { readonly kind: 'value' | 'answer'; readonly value: T } | { readonly kind: 'missing' } | { readonly kind: 'invalid'; readonly issue: Issue };

/** A data parameter read by one of the engine's own readers: blank is `undefined`, bad input its issue. */
function readBy<T>(name: string, reader: (cell: unknown, field: string) => Reading<T>): Param<T | undefined> {
  return {
    name,
    role: 'data',
    read(cell) {
      const r = reader(cell, name);
      return r.kind === 'missing' ? undefined : r.kind === 'invalid' ? refuse(r.issue) : r.value;
    },
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export const param = {
  /** A figure the engine reads itself (it has its own readers for headcounts, money and sectors). */
  value(name: string): Param<unknown> {
    return { name, role: 'data', read: (cell) => cell };
  },

  /** Text such as a sector name. */
  text(name: string): Param<string | undefined> {
    return { name, role: 'data', zeroIsEmpty: true, read: (cell) => (cell === undefined ? undefined : String(cell).trim()) };
  },

  /** A number ≥ 0 (headcount, money, a count); blank is `undefined`. */
  number(name: string): Param<number | undefined> {
    return readBy(name, readNonNegative);
  },

  /** A score from 0 to 100, such as SME.PRODUCTSCORE gives; blank is `undefined`. */
  score(name: string): Param<number | undefined> {
    const amount = readBy(name, readNonNegative);
    return {
      ...amount,
      read(cell) {
        const v = amount.read(cell);
        return typeof v !== 'number' || v <= 100 ? v : refuse(issue('capability.score-out-of-range', { got: String(cell) }, name));
      },
    };
  },

  /** A share 0–1, or a percentage ("30%", or 30 read as 30 %); blank is `undefined`. */
  share(name: string): Param<number | undefined> {
    return readBy(name, readShare);
  },

  /** yes / no / unknown, in English or Chinese, or TRUE/FALSE, 1/0; blank is `undefined`. */
  answer(name: string): Param<Answer | undefined> {
    return readBy(name, readAnswer);
  },

  /** A row of cells read as one value, e.g. answers in F2:K2 for one firm; blank cells are `undefined`. */
  row(name: string): Param<readonly unknown[]> {
    return { name, role: 'data', per: 'row', read: (cells) => cells as readonly unknown[] };
  },

  /**
   * An option the engine validates itself (a threshold, a benchmark share), read once per distinct
   * value: a number, or numeric text as a number, else the text as typed so the engine's message
   * quotes it; blank is the engine's default.
   */
  option(name: string): Param<number | string | undefined> {
    return {
      name,
      role: 'option',
      memo: true,
      read(cell) {
        if (cell === undefined) return undefined;
        if (typeof cell === 'number') return cell;
        const text = String(cell).trim();
        return NUMBER.test(text) ? Number(text) : text;
      },
    };
  },

  /**
   * One of a few words choosing what a function shows (`index`, `ratio`, ...), case and spacing
   * ignored; blank is `fallback`. `words` maps every accepted spelling (English, Chinese) to its value.
   */
  choice<T extends string>(name: string, words: Readonly<Record<string, T>>, fallback: T): Param<T> {
    const allowed = [...new Set(Object.values(words))];
    return {
      name,
      role: 'option',
      memo: true,
      read(cell) {
        if (cell === undefined) return fallback;
        const typed = String(cell).trim();
        return words[typed.toLowerCase().replace(/[\s_-]+/g, ' ')] ?? refuse(issue('sheet.choice-invalid', { got: typed, allowed }, name));
      },
    };
  },

  /**
   * A header row naming the columns of a `row` parameter, as the engine matches headers (the field
   * ids, or their English or Chinese headers; case, spaces, hyphens and underscores ignored): each
   * column's field id among `fields`, `undefined` for a column naming none (a firm's name, a note),
   * or `undefined` for the whole when the argument is blank. Never makes a row non-blank.
   */
  headers(name: string, fields: readonly FieldColumn[]): Param<readonly (string | undefined)[] | undefined> {
    return {
      name,
      role: 'option',
      per: 'row',
      read(cells) {
        const row = cells as readonly unknown[];
        if (row.every((c) => c === undefined)) return undefined;
        const at: (string | undefined)[] = row.map(() => undefined);
        for (const [id, i] of matchHeaders(row, fields).columns) at[i] = id;
        return at;
      },
    };
  },

  /** A size standard id (prc-2017, prc-2011, prc-2003, eu-2003, ifc); blank is the engine's default. */
  standard(name = 'standard'): Param<SizeStandard | undefined> {
    return {
      name,
      role: 'option',
      memo: true,
      read(cell) {
        if (cell === undefined) return undefined;
        const found = resolveStandard(String(cell));
        return found.ok ? found.value : new Refusal(found.errors);
      },
    };
  },

  /**
   * A money unit (yuan, 10k-yuan, 万元, eur, usd, ...), passed on as its canonical id. An unknown
   * word is passed on as typed, so the engine's message (which lists the units the standard
   * accepts) is the one the user sees.
   */
  unit(name = 'unit'): Param<string | undefined> {
    return {
      name,
      role: 'option',
      memo: true,
      read(cell) {
        if (cell === undefined) return undefined;
        const typed = String(cell);
        return findUnit(typed)?.id ?? typed;
      },
    };
  },
};
