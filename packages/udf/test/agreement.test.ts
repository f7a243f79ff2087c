import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { assessFirm, capabilityCells, classifySize, financingCells, formatIssues, RULES_VERSION, SECTOR_IDS, STANDARD_IDS } from '@sme-navigator/engine';
import { describe, expect, it } from 'vitest';
import { bigQueryBody, bigQueryFunction, snowflakeFunction } from './sandbox.js';

const sample: Record<string, string>[] = parse(readFileSync(new URL('../../../examples/firms.csv', import.meta.url)), { columns: true, bom: true });
const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

/** What the engine itself says, in the UDF's shape. */
function engineSize(sector: string | null, employees: number | null, revenue: number | null, assets: number | null, standard: string | null, unit: string | null) {
  const r = classifySize({ sector: sector ?? undefined, employees: employees ?? undefined, revenue: revenue ?? undefined, assets: assets ?? undefined }, { standard: standard ?? undefined, unit: unit ?? undefined });
  return r.ok
    ? { size: r.class, is_sme: r.isSme, reason: formatIssues(r.reasons), warnings: r.warnings.length ? formatIssues(r.warnings) : null, error: null, rules_version: RULES_VERSION }
    : { size: null, is_sme: null, reason: null, warnings: r.warnings.length ? formatIssues(r.warnings) : null, error: formatIssues(r.errors), rules_version: RULES_VERSION };
}

/** A small deterministic generator (mulberry32), so the 100,000 firms are the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedFirms(n: number) {
  const r = random(55);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const amount = () => (r() < 0.05 ? null : Math.round(Math.exp(r() * 14)));
  return Array.from({ length: n }, () => ({
    sector: r() < 0.02 ? 'minning' : pick([...SECTOR_IDS, '工业', 'Software and IT services']),
    employees: r() < 0.01 ? -3 : amount(),
    revenue: amount(),
    assets: amount(),
    standard: pick(STANDARD_IDS),
  }));
}

describe('SME_SIZE in a bare sandbox, called as each warehouse calls it', () => {
  const bq = bigQueryBody('sme_size');
  const bigQuery = bigQueryFunction(bq.body, bq.params);
  const snowflake = snowflakeFunction('SME_SIZE');

  it('takes the arguments the SQL declares', () => {
    expect(bq.params).toEqual(['sector', 'employees', 'revenue', 'assets', 'standard', 'unit']);
  });

  it('rates Lakeside Precision Castings as the engine does', () => {
    const expected = {
      size: 'medium',
      is_sme: true,
      reason: 'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
      warnings: null,
      error: null,
      rules_version: RULES_VERSION,
    };
    expect(bigQuery('industry', 350, 2500, 3100, 'prc-2017', null)).toEqual(expected);
    expect(snowflake('industry', 350, 2500, 3100, 'prc-2017', null)).toEqual(expected);
  });

  it('agrees with the engine on every sample firm under every standard', () => {
    for (const standard of STANDARD_IDS)
      for (const f of sample) {
        const args = [f.sector!, num(f.employees), num(f.revenue), num(f.assets), standard, null] as const;
        const expected = engineSize(...args);
        expect(bigQuery(...args)).toEqual(expected);
        expect(snowflake(...args)).toEqual(expected);
      }
  });

  it('agrees with the engine on 100,000 generated firms, bad ones included', () => {
    let disagreements = 0;
    let failures = 0;
    for (const f of generatedFirms(100_000)) {
      const args = [f.sector, f.employees, f.revenue, f.assets, f.standard, null] as const;
      const expected = JSON.stringify(engineSize(...args));
      if (JSON.stringify(bigQuery(...args)) !== expected || JSON.stringify(snowflake(...args)) !== expected) disagreements++;
      if (expected.includes('"size":null')) failures++;
    }
    expect(disagreements).toBe(0);
    // The generator makes some unusable rows on purpose (typo sectors, negative headcounts, missing figures).
    expect(failures).toBeGreaterThan(1000);
  });
});

describe('SME_ASSESS in a bare sandbox', () => {
  const bq = bigQueryBody('sme_assess');
  const bigQuery = bigQueryFunction(bq.body, bq.params);
  const snowflake = snowflakeFunction('SME_ASSESS');

  it('gives the command line’s cells for every sample firm', () => {
    for (const f of sample) {
      const a = assessFirm(f, {});
      const expected = {
        size: a.size.ok ? a.size.class : null,
        size_reason: a.size.ok ? formatIssues(a.size.reasons) : null,
        ...(a.capability ? capabilityCells(a.capability) : {}),
        ...(a.financing ? financingCells(a.financing) : {}),
        rules_version: RULES_VERSION,
        error: null,
      };
      expect(bigQuery(f, 'prc-2017', null)).toEqual(expected);
      expect(snowflake(f, 'prc-2017', null)).toEqual(expected);
    }
  });

  it('accepts the firm as JSON text too', () => {
    expect((bigQuery(JSON.stringify(sample[0]), null, null) as { mode: string }).mode).toBe('fast-follower');
  });
});

describe('the bundles', () => {
  it('are dependency-free: no require, import or network call', () => {
    for (const name of ['sme-navigator-udf.js', 'sme-navigator-size-udf.js']) {
      const code = readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');
      expect(code).not.toMatch(/\brequire\(|\bimport\(|\bfetch\(|XMLHttpRequest/);
    }
  });
});
