import { issue } from '@sme-navigator/engine';
import { describe, expect, it } from 'vitest';
import { defineFunction, undecided } from './define.js';
import type { ErrorHost } from './errors.js';
import { param, Refusal, type Param } from './params.js';

/** Errors as plain data, so tests read them directly. */
type TestError = { error: '#VALUE!' | '#N/A'; message: string };
const host: ErrorHost = {
  error: (kind, message): TestError => ({ error: kind === 'na' ? '#N/A' : '#VALUE!', message }),
  isError: (cell) => typeof cell === 'object' && cell !== null && 'error' in cell,
};
const VALUE = (message: string): TestError => ({ error: '#VALUE!', message });
const NA = (message: string): TestError => ({ error: '#N/A', message });

/** A toy function: joins its two data values and its option, to see exactly what the body receives. */
const JOIN = defineFunction('JOIN', [param.text('name'), param.number('count'), param.standard()] as const, (name, count, standard) =>
  [name ?? '∅', count ?? '∅', standard?.id ?? 'default'].join('|'),
);

const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);

describe('defineFunction: shapes', () => {
  it('gives a 1×1 result for single values (as Excel passes them, each in a 2-D array)', () => {
    expect(JOIN.run([[['acme']], [[3]], [['prc-2011']]], host)).toEqual([['acme|3|prc-2011']]);
  });

  it('treats omitted optional arguments (null) as blank', () => {
    expect(JOIN.run([[['acme']], [[3]], null], host)).toEqual([['acme|3|default']]);
    expect(JOIN.run([[['acme']], [[3]]], host)).toEqual([['acme|3|default']]);
  });

  it('gives one result per row for ranges of the same height', () => {
    expect(JOIN.run([col('a', 'b', 'c'), col(1, 2, 3), null], host)).toEqual([['a|1|default'], ['b|2|default'], ['c|3|default']]);
  });

  it('repeats a single value against ranges', () => {
    expect(JOIN.run([[['a']], col(1, 2), [['prc-2003']]], host)).toEqual([['a|1|prc-2003'], ['a|2|prc-2003']]);
  });

  it('lifts rows and 2-D ranges too, keeping their shape', () => {
    expect(JOIN.run([[['a', 'b']], [[1, 2]], null], host)).toEqual([['a|1|default', 'b|2|default']]);
    expect(
      JOIN.run(
        [
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          [[5]],
          null,
        ],
        host,
      ),
    ).toEqual([
      ['a|5|default', 'b|5|default'],
      ['c|5|default', 'd|5|default'],
    ]);
  });

  it('refuses ranges of different sizes with one #VALUE! that names them', () => {
    expect(JOIN.run([col('a', 'b', 'c'), col(1, 2), null], host)).toEqual([
      [VALUE('name has 3 rows but count has 2 rows; give ranges of the same size (a single cell is used for every row)')],
    ]);
    expect(JOIN.run([col('a', 'b'), [[1, 2]], null], host)).toEqual([
      [VALUE('name has 2 rows but count has 1 row × 2 columns; give ranges of the same size (a single cell is used for every row)')],
    ]);
    expect(
      JOIN.run(
        [
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          col(1, 2),
          null,
        ],
        host,
      ),
    ).toEqual([[VALUE('name has 2 rows × 2 columns but count has 2 rows; give ranges of the same size (a single cell is used for every row)')]]);
  });
});

describe('defineFunction: blank rows', () => {
  it('gives a blank result for a row whose data cells are all blank (null, "" or spaces)', () => {
    expect(JOIN.run([col('a', null, '', 'b'), col(1, null, '  ', 2), null], host)).toEqual([['a|1|default'], [''], [''], ['b|2|default']]);
  });

  it('keeps the length of a whole-column reference, with an empty tail', () => {
    const names = col('a', 'b', ...Array.from({ length: 1000 }, () => null));
    const counts = col(1, 2, ...Array.from({ length: 1000 }, () => null));
    const out = JOIN.run([names, counts, [['prc-2011']]], host);
    expect(out).toHaveLength(1002);
    expect(out.slice(0, 3)).toEqual([['a|1|prc-2011'], ['b|2|prc-2011'], ['']]);
    expect(out.slice(2).every((r) => r[0] === '')).toBe(true);
  });

  it('does not let a repeated single value or an option make a blank row non-blank', () => {
    expect(JOIN.run([[['a']], col(1, null), [['prc-2003']]], host)).toEqual([['a|1|prc-2003'], ['']]);
  });

  it('rates a row in which only some data cells are blank', () => {
    expect(JOIN.run([col('a', null), col(null, 4), null], host)).toEqual([['a|∅|default'], ['∅|4|default']]);
  });

  it('is blank for a single call whose data arguments are all blank', () => {
    expect(JOIN.run([[[null]], [['']], [['prc-2011']]], host)).toEqual([['']]);
  });

  it('reads the empty cells some Excel builds pass as 0: a row of zeros with an empty text cell is blank', () => {
    expect(JOIN.run([col('a', 0, 0), col(1, 0, 7), null], host)).toEqual([['a|1|default'], [''], ['∅|7|default']]);
  });

  it('keeps a genuine 0 when no text column says the row is empty', () => {
    expect(JOIN.run([[['a']], col(0, null), null], host)).toEqual([['a|0|default'], ['']]);
  });
});

describe('defineFunction: reading values', () => {
  it('turns a refusal into the engine message, #VALUE! for bad values', () => {
    expect(JOIN.run([[['a']], [['abc']], null], host)).toEqual([[VALUE("count must be a number ≥ 0, got 'abc'")]]);
  });

  it('uses #N/A for failed look-ups such as an unknown standard', () => {
    expect(JOIN.run([[['a']], [[1]], [['prc-1999']]], host)).toEqual([
      [NA("unknown standard 'prc-1999'; use one of: prc-2003, prc-2011, prc-2017, eu-2003, ifc")],
    ]);
  });

  it('lists every refusal of a row in one message; the first decides the error type', () => {
    const TWO = defineFunction('TWO', [param.number('employees'), param.number('revenue')] as const, () => 'ok');
    expect(TWO.run([[['x']], [[-5]]], host)).toEqual([[VALUE("employees must be a number ≥ 0, got 'x'; revenue must be a number ≥ 0, got -5")]]);
  });

  it('reads a memo parameter once per distinct value, however many rows', () => {
    let reads = 0;
    const counted: Param<string | undefined> = { name: 'option', role: 'option', memo: true, read: (cell) => (reads++, cell === undefined ? undefined : String(cell)) };
    const F = defineFunction('F', [param.value('x'), counted] as const, (x, option) => `${String(x)}${option ?? ''}`);
    const rows = 5000;
    const out = F.run([col(...Array.from({ length: rows }, (_, i) => i)), col(...Array.from({ length: rows }, (_, i) => (i % 2 ? 'a' : 'b')))], host);
    expect(out[0]).toEqual(['0b']);
    expect(out[1]).toEqual(['1a']);
    expect(reads).toBe(2);
  });

  it('reads a single-value option once per call', () => {
    let reads = 0;
    const counted: Param<string | undefined> = { name: 'option', role: 'option', read: (cell) => (reads++, String(cell)) };
    const F = defineFunction('F', [param.value('x'), counted] as const, (x, option) => `${String(x)}${option}`);
    F.run([col(...Array.from({ length: 100 }, (_, i) => i)), [['o']]], host);
    expect(reads).toBe(1);
  });

  it('passes an error in an input cell through, as Excel functions do', () => {
    const err = NA('from another formula');
    expect(JOIN.run([col('a', err), col(1, 2), null], host)).toEqual([['a|1|default'], [err]]);
  });

  it('turns a refusal returned by the body into an Excel error', () => {
    const F = defineFunction('F', [param.value('x')] as const, () => new Refusal([issue('sector.missing', { standard: 'prc-2011', listed: ['industry', 'retail'] }, 'sector')]));
    expect(F.run([[[1]]], host)).toEqual([[VALUE('sector is blank; prc-2011 needs one of: industry, retail')]]);
  });
});

describe('defineFunction: a parameter read a row at a time', () => {
  /** A toy CONSTRAINTS(name, answers): the answers of one firm sit in one row of several columns. */
  const COUNT = defineFunction('COUNT', [param.text('name'), param.row('answers')] as const, (name, answers) =>
    `${name ?? '∅'}:${answers.filter((a) => a === 'yes').length}/${answers.filter((a) => a !== undefined).length}`,
  );

  it('takes one row of a range as one value', () => {
    expect(COUNT.run([[['acme']], [['yes', 'no', 'yes']]], host)).toEqual([['acme:2/3']]);
  });

  it('lifts over the rows of a range, its columns being one value', () => {
    expect(
      COUNT.run(
        [
          col('a', 'b', null),
          [
            ['yes', 'no', ''],
            ['no', 'no', 'yes'],
            [null, '', null],
          ],
        ],
        host,
      ),
    ).toEqual([['a:1/2'], ['b:1/3'], ['']]);
  });

  it('reads a single cell as a row of one', () => {
    expect(COUNT.run([[['acme']], [['yes']]], host)).toEqual([['acme:1/1']]);
  });

  it('passes on an Excel error found in the row', () => {
    const err = NA('from another formula');
    expect(COUNT.run([[['acme']], [['yes', err]]], host)).toEqual([[err]]);
  });
});

describe('defineFunction: exceptions never reach Excel without a message', () => {
  it('reports an exception in the body as #VALUE! with a message, row by row', () => {
    const F = defineFunction('BOOM', [param.value('x')] as const, (x) => {
      if (x === 2) throw new Error('index out of range');
      return 'ok';
    });
    expect(F.run([col(1, 2, 3)], host)).toEqual([
      ['ok'],
      [VALUE('SME.BOOM failed unexpectedly (index out of range); this is a bug in SME Navigator, please report it with the inputs')],
      ['ok'],
    ]);
  });

  it('reports an exception while reading a parameter the same way', () => {
    const bad: Param<unknown> = {
      name: 'x',
      role: 'data',
      read: () => {
        throw new TypeError('cannot read');
      },
    };
    const F = defineFunction('BAD', [bad] as const, () => 'ok');
    expect(F.run([[[1]]], host)).toEqual([
      [VALUE('SME.BAD failed unexpectedly (cannot read); this is a bug in SME Navigator, please report it with the inputs')],
    ]);
  });

  it('uses Excel\'s CustomFunctions.Error by default (here, the test polyfill)', () => {
    const out = JOIN.call([['a']], [['abc']], null);
    expect(out[0]![0]).toMatchObject({ code: '#VALUE!', message: "count must be a number ≥ 0, got 'abc'" });
  });
});

describe('defineFunction: results the facts leave open', () => {
  it('gives #N/A with the engine\'s reason for an undecided result, whatever its code', () => {
    const F = defineFunction('F', [param.value('x')] as const, (x) => (x === 'open' ? undecided(issue('capability.export-missing', {}, 'export_share')) : 'done'));
    expect(F.run([col('open', 'shut')], host)).toEqual([[NA('export_share not given: export orientation and the Figure 2 mode are left open')], ['done']]);
  });
});

describe('the parameter kinds for options, scores and header rows', () => {
  it('option: numbers and numeric text as numbers, other text as typed, blank undefined', () => {
    const o = param.option('threshold');
    expect([o.read(60), o.read(' 60 '), o.read('60%'), o.read(undefined)]).toEqual([60, 60, '60%', undefined]);
  });

  it('choice: any case and spacing, Chinese words, blank the fallback; else a message listing the words', () => {
    const c = param.choice('show', { index: 'index', 'constraint index': 'index', 约束指数: 'index', binding: 'binding' }, 'binding');
    expect([c.read('INDEX'), c.read(' Constraint_Index '), c.read('约束指数'), c.read(undefined)]).toEqual(['index', 'index', 'index', 'binding']);
    const F = defineFunction('F', [param.value('x'), c] as const, (_x, show) => show);
    expect(F.run([[[1]], [['score']]], host)).toEqual([[VALUE("show must be index or binding, got 'score'")]]);
  });

  it('score: 0 to 100, in the engine\'s words otherwise', () => {
    const F = defineFunction('F', [param.score('product_score')] as const, (s) => s ?? '∅');
    expect(F.run([col(0, 62.5, '100', 101, 'abc')], host)).toEqual([
      [0],
      [62.5],
      [100],
      [VALUE('product_score must be a score from 0 to 100, got 101')],
      [VALUE("product_score must be a number ≥ 0, got 'abc'")],
    ]);
  });

  it('headers: each column\'s field as the engine matches headers, undefined for the others or a blank row', () => {
    const h = param.headers('header_row', [{ id: 'no_collateral', headers: ['缺乏抵押'] }, { id: 'loan_need', headers: ['loan need'] }]);
    expect(h.read(['firm', '缺乏抵押', 'Loan-Need', undefined])).toEqual([undefined, 'no_collateral', 'loan_need', undefined]);
    expect(h.read([undefined, undefined])).toBeUndefined();
    expect(h.read([])).toBeUndefined();
  });
});
