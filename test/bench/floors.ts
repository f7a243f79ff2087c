/**
 * The floor for the engine benchmark: the same classification done by hand, numbers against
 * thresholds and nothing else (no coercion, no reasons, no warnings). Thresholds copied from
 * standards.md §1–§4; what the engine costs above this is the price of saying why.
 */
import type { GeneratedFirm } from './generate.js';

type Row = readonly [large: readonly number[], medium: readonly number[], small?: readonly number[]];
const X = 0;
const Y = 1;
const Z = 2;

const PRC_2011: Record<string, [readonly number[], Row]> = {
  agriculture: [[Y], [[20000], [500], [50]]],
  industry: [[X, Y], [[1000, 40000], [300, 2000], [20, 300]]],
  construction: [[Y, Z], [[80000, 80000], [6000, 5000], [300, 300]]],
  wholesale: [[X, Y], [[200, 40000], [20, 5000], [5, 1000]]],
  retail: [[X, Y], [[300, 20000], [50, 500], [10, 100]]],
  transportation: [[X, Y], [[1000, 30000], [300, 3000], [20, 200]]],
  warehousing: [[X, Y], [[200, 30000], [100, 1000], [20, 100]]],
  post: [[X, Y], [[1000, 30000], [300, 2000], [20, 100]]],
  accommodation: [[X, Y], [[300, 10000], [100, 2000], [10, 100]]],
  catering: [[X, Y], [[300, 10000], [100, 2000], [10, 100]]],
  'information-transmission': [[X, Y], [[2000, 100000], [100, 1000], [10, 100]]],
  'software-it': [[X, Y], [[300, 10000], [100, 1000], [10, 50]]],
  'real-estate-development': [[Y, Z], [[200000, 10000], [1000, 5000], [100, 2000]]],
  'property-management': [[X, Y], [[1000, 5000], [300, 1000], [100, 500]]],
  'leasing-business-services': [[X, Z], [[300, 120000], [100, 8000], [10, 100]]],
  other: [[X], [[300], [100], [10]]],
};

const PRC_2003: Record<string, [readonly number[], Row]> = {
  industry: [[X, Y, Z], [[2000, 30000, 40000], [300, 3000, 4000]]],
  construction: [[X, Y, Z], [[3000, 30000, 40000], [600, 3000, 4000]]],
  wholesale: [[X, Y], [[200, 30000], [100, 3000]]],
  retail: [[X, Y], [[500, 15000], [100, 1000]]],
  transportation: [[X, Y], [[3000, 30000], [500, 3000]]],
  post: [[X, Y], [[1000, 30000], [400, 3000]]],
  accommodation: [[X, Y], [[800, 15000], [400, 3000]]],
  catering: [[X, Y], [[800, 15000], [400, 3000]]],
};

function meetsAll(values: readonly number[], indicators: readonly number[], bounds: readonly number[]): boolean {
  for (let i = 0; i < indicators.length; i++) if (values[indicators[i]!]! < bounds[i]!) return false;
  return true;
}

function prc(table: typeof PRC_2011, f: GeneratedFirm): string {
  const entry = table[f.sector];
  if (!entry) return 'error';
  const [ind, [large, medium, small]] = entry;
  const v = [f.employees, f.revenue, f.assets];
  if (meetsAll(v, ind, large)) return 'large';
  if (meetsAll(v, ind, medium)) return 'medium';
  if (!small) return 'small';
  return meetsAll(v, ind, small) ? 'small' : 'micro';
}

function eu(f: GeneratedFirm): string {
  // The generated money is in 10k yuan; read as thousands of euros, it spreads over the EU classes too.
  const t = f.revenue * 1000;
  const b = f.assets * 1000;
  if (f.employees < 10 && (t <= 2e6 || b <= 2e6)) return 'micro';
  if (f.employees < 50 && (t <= 10e6 || b <= 10e6)) return 'small';
  if (f.employees < 250 && (t <= 50e6 || b <= 43e6)) return 'medium';
  return 'large';
}

function ifc(f: GeneratedFirm): string {
  const a = f.assets * 1000;
  const s = f.revenue * 1000;
  const two = (x: boolean, y: boolean, z: boolean) => Number(x) + Number(y) + Number(z) >= 2;
  if (two(f.employees < 10, a < 1e5, s < 1e5)) return 'micro';
  if (two(f.employees < 50, a < 3e6, s < 3e6)) return 'small';
  if (two(f.employees <= 300, a <= 15e6, s <= 15e6)) return 'medium';
  return 'large';
}

export const FLOORS: Record<string, (f: GeneratedFirm) => string> = {
  'prc-2003': (f) => prc(PRC_2003, f),
  'prc-2011': (f) => prc(PRC_2011, f),
  'prc-2017': (f) => prc(PRC_2011, f),
  'eu-2003': eu,
  ifc,
};

/** Units that make the generated money mean the same for the floors and the engine. */
export const UNIT_FOR: Record<string, string | undefined> = { 'eu-2003': 'eur', ifc: 'usd' };
export const SCALE_FOR: Record<string, number> = { 'eu-2003': 1000, ifc: 1000 };
