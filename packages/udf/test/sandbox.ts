import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const dist = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');

/** A context with nothing but the language's own globals: no require, process, module, timers or network (V8's own console stays). */
function bareContext(): vm.Context {
  const context = vm.createContext(Object.create(null));
  const leaked = vm.runInContext("['require','process','module','exports','Buffer','setTimeout','fetch'].filter((n) => typeof globalThis[n] !== 'undefined')", context);
  if (leaked.length > 0) throw new Error(`sandbox exposes ${leaked}`);
  return context;
}

/** Warehouses hand over and take back JSON values only. */
const viaJson = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/**
 * BigQuery: the library file's code, then the function body, run as one function whose parameters
 * are the SQL arguments by name.
 */
export function bigQueryFunction(sqlBody: string, params: readonly string[]) {
  const context = bareContext();
  const fn = vm.runInContext(`${dist('sme-navigator-udf.js')}\n;(function (${params.join(', ')}) {\n${sqlBody}\n})`, context) as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => viaJson(fn(...args.map(viaJson)));
}

/** Snowflake: the `$$ … $$` body of one CREATE FUNCTION in the generated snowflake.sql, arguments upper case. */
export function snowflakeFunction(name: string) {
  const sql = dist('snowflake.sql');
  const m = new RegExp(`CREATE OR REPLACE FUNCTION ${name}\\(([^)]*)\\)[\\s\\S]*?AS \\$\\$([\\s\\S]*?)\\$\\$;`).exec(sql);
  if (!m) throw new Error(`no function ${name} in snowflake.sql`);
  const params = m[1]!.split(',').map((p) => p.trim().split(/\s+/)[0]!);
  const context = bareContext();
  const fn = vm.runInContext(`(function (${params.join(', ')}) {\n${m[2]}\n})`, context) as (...args: unknown[]) => unknown;
  // Snowflake passes SQL NULL as undefined.
  return (...args: unknown[]) => viaJson(fn(...args.map((a) => (a === null ? undefined : viaJson(a)))));
}

export function bigQueryBody(name: string): { body: string; params: string[] } {
  const sql = readFileSync(new URL('../../../deploy/bigquery/create-functions.sql', import.meta.url), 'utf8');
  const m = new RegExp(`FUNCTION \`[^\`]*\\.${name}\`\\(([^)]*)\\)[\\s\\S]*?AS r"""([\\s\\S]*?)""";`).exec(sql);
  if (!m) throw new Error(`no function ${name} in create-functions.sql`);
  return { params: m[1]!.split(',').map((p) => p.trim().split(/\s+/)[0]!), body: m[2]! };
}
