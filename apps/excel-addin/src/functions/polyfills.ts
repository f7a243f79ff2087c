/**
 * Excel's JavaScript-only custom-functions runtime on Windows supports ECMAScript 2016 (Microsoft's
 * answer in OfficeDev/office-js-docs-pr#4496). The bundle's syntax is compiled down to ES2016 by
 * ts-loader; the few newer built-ins the engine uses are supplied here, only where missing.
 * test/bundle.test.ts fails when the bundle calls a newer built-in that is not in this list.
 */
/* eslint-disable no-extend-native */

const define = (target: object, name: string, value: unknown): void => {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
};

define(Object, 'values', (o: object) => Object.keys(o).map((k) => (o as Record<string, unknown>)[k]));
define(Object, 'entries', (o: object) => Object.keys(o).map((k) => [k, (o as Record<string, unknown>)[k]]));
define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const o: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) o[k] = v;
  return o;
});
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  const walk = (items: unknown[], d: number): void => {
    for (const item of items) {
      if (Array.isArray(item) && d > 0) walk(item, d - 1);
      else out.push(item);
    }
  };
  walk(this, Math.floor(depth));
  return out;
});
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown[] {
  const out: unknown[] = [];
  this.forEach((v, i, a) => {
    const r = fn.call(thisArg, v, i, a);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return out;
});

export {};
