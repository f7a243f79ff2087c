import { issue, type Issue, type Outcome } from '../issue.js';
import { SECTOR_IDS } from './sectors.js';
import { MONEY_UNITS } from './units.js';
import { ANY_SECTOR, INDICATORS, OPS, SIZE_CLASSES, type SizeStandard } from './standard.js';
import { INDICATOR_LABEL_KEYS } from './indicator-labels.js';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a standard written in the data format (a user's own table, or a future revision) and
 * returns it typed, or every problem found, each with the path to fix.
 */
export function validateStandard(data: Json): Outcome<SizeStandard> {
  const errors: Issue[] = [];
  const id = isObject(data) && typeof data.id === 'string' ? data.id : '(unnamed)';
  const problem = (path: string, code: string, params: Record<string, string | number | readonly string[]> = {}): void => {
    errors.push(issue(`standard.${code}`, { standard: id, path, ...params }));
  };

  const str = (obj: Record<string, Json>, key: string, path: string) => {
    if (typeof obj[key] !== 'string' || (obj[key] as string).trim() === '') problem(`${path}${key}`, 'needs-text');
  };
  const oneOf = (value: Json, allowed: readonly string[], path: string) => {
    if (typeof value !== 'string' || !allowed.includes(value)) problem(path, 'not-allowed', { got: String(value), allowed });
  };

  if (!isObject(data)) {
    problem('', 'not-an-object');
    return { ok: false, errors };
  }
  if (typeof data.id !== 'string' || !/^[a-z0-9][a-z0-9.-]*$/.test(data.id)) problem('id', 'bad-id', { got: String(data.id) });
  str(data, 'name', '');
  if (!Array.isArray(data.sources) || data.sources.length === 0) problem('sources', 'needs-list');
  else
    data.sources.forEach((s, i) => {
      if (!isObject(s)) return problem(`sources[${i}]`, 'not-an-object');
      for (const key of ['document', 'issuer', 'date']) str(s, key, `sources[${i}].`);
    });

  const unitIds = MONEY_UNITS.map((u) => u.id);
  oneOf(data.thresholdUnit, unitIds, 'thresholdUnit');
  oneOf(data.defaultUnit, unitIds, 'defaultUnit');
  if (!Array.isArray(data.units) || data.units.length === 0) problem('units', 'needs-list');
  else {
    data.units.forEach((u, i) => oneOf(u, unitIds, `units[${i}]`));
    const currencyOf = (u: Json) => MONEY_UNITS.find((m) => m.id === u)?.currency;
    const base = currencyOf(data.thresholdUnit);
    data.units.forEach((u, i) => {
      const c = currencyOf(u);
      if (c && base && c !== base) problem(`units[${i}]`, 'currency-mismatch', { got: String(u), currency: base });
    });
    if (typeof data.defaultUnit === 'string' && !data.units.includes(data.defaultUnit)) problem('defaultUnit', 'not-allowed', { got: data.defaultUnit, allowed: data.units.map(String) });
  }
  if (data.labels !== undefined) {
    if (!isObject(data.labels)) problem('labels', 'not-an-object');
    else
      for (const [k, v] of Object.entries(data.labels)) {
        oneOf(k, INDICATORS, `labels.${k}`);
        oneOf(v, INDICATOR_LABEL_KEYS, `labels.${k}`);
      }
  }

  const sectorKeys = [...SECTOR_IDS, ANY_SECTOR];
  if (!isObject(data.sectors) || Object.keys(data.sectors).length === 0) problem('sectors', 'needs-list');
  else
    for (const [key, rule] of Object.entries(data.sectors)) {
      const at = `sectors.${key}`;
      oneOf(key, sectorKeys, at);
      if (!isObject(rule)) {
        problem(at, 'not-an-object');
        continue;
      }
      oneOf(rule.otherwise, SIZE_CLASSES, `${at}.otherwise`);
      if (!Array.isArray(rule.tiers) || rule.tiers.length === 0) {
        problem(`${at}.tiers`, 'needs-list');
        continue;
      }
      const classes: string[] = [];
      rule.tiers.forEach((tier, i) => {
        const tat = `${at}.tiers[${i}]`;
        if (!isObject(tier)) return problem(tat, 'not-an-object');
        oneOf(tier.class, SIZE_CLASSES, `${tat}.class`);
        classes.push(String(tier.class));
        checkCondition(tier.when, `${tat}.when`);
      });
      // Tiers must run one way (largest first, or smallest first) and `otherwise` must sit past the
      // last one, or raising an indicator could lower a firm's class.
      const ranks = [...classes, String(rule.otherwise)].map((c) => SIZE_CLASSES.indexOf(c as never));
      if (!ranks.includes(-1)) {
        const down = ranks.every((r, i) => i === 0 || r < ranks[i - 1]!);
        const up = ranks.every((r, i) => i === 0 || r > ranks[i - 1]!);
        if (!down && !up) problem(`${at}.tiers`, 'tier-order', { got: [...classes, String(rule.otherwise)] });
      }
    }

  if (data.sectorAliases !== undefined) {
    if (!isObject(data.sectorAliases)) problem('sectorAliases', 'not-an-object');
    else {
      const own = isObject(data.sectors) ? Object.keys(data.sectors) : [];
      for (const [k, v] of Object.entries(data.sectorAliases)) {
        oneOf(k, SECTOR_IDS, `sectorAliases.${k}`);
        oneOf(v, own, `sectorAliases.${k}`);
      }
    }
  }

  function checkCondition(c: Json, path: string): void {
    if (!isObject(c)) return problem(path, 'not-an-object');
    if ('indicator' in c) {
      oneOf(c.indicator, INDICATORS, `${path}.indicator`);
      oneOf(c.op, OPS, `${path}.op`);
      if (typeof c.value !== 'number' || !Number.isFinite(c.value) || c.value < 0) problem(`${path}.value`, 'bad-bound', { got: String(c.value) });
      return;
    }
    const list = 'all' in c ? c.all : 'any' in c ? c.any : 'of' in c ? c.of : undefined;
    const key = 'all' in c ? 'all' : 'any' in c ? 'any' : 'of';
    if (!Array.isArray(list) || list.length === 0) return problem(path, 'bad-condition');
    list.forEach((m, i) => checkCondition(m, `${path}.${key}[${i}]`));
    if (key === 'of' && (typeof c.atLeast !== 'number' || !Number.isInteger(c.atLeast) || c.atLeast < 1 || c.atLeast > list.length))
      problem(`${path}.atLeast`, 'bad-at-least', { got: String(c.atLeast), max: list.length });
  }

  return errors.length === 0 ? { ok: true, value: data as unknown as SizeStandard } : { ok: false, errors };
}
