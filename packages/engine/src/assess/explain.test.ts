/**
 * `explain: false` is for a caller that shows only the cells over many rows: it must change nothing
 * but the capability and financing reasons, which it leaves empty.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assessCapability } from '../capability/assess-capability.js';
import { capabilityCells } from '../capability/cells.js';
import { CAPABILITY_COLUMNS } from '../fields/capability-columns.js';
import { matchHeaders } from '../fields/columns.js';
import { FINANCE_COLUMNS } from '../fields/finance-columns.js';
import type { FirmRow } from '../fields/firm-row.js';
import { SIZE_COLUMNS } from '../fields/size-columns.js';
import { financingCells } from '../finance/cells.js';
import { assessFirm, type AssessOptions, type FirmAssessment } from './assess-firm.js';

// Read through Vite, as the engine has no Node types (`glob` is typed in messages/test-sources.ts).
const SAMPLE = Object.values(import.meta.glob('../../../../examples/firms.csv', { query: '?raw', import: 'default', eager: true }))[0]!;

/** The sample's rows as the command line builds them: header names matched to fields. */
function sampleFirms(): { name: string; row: FirmRow }[] {
  const [headers, ...body] = parse(SAMPLE, { bom: true }) as string[][];
  const { columns } = matchHeaders(headers!, [...SIZE_COLUMNS, ...CAPABILITY_COLUMNS, ...FINANCE_COLUMNS]);
  return body.map((cells) => ({ name: cells[0]!, row: Object.fromEntries([...columns].map(([field, i]) => [field, cells[i]])) }));
}

function withoutReasons(a: FirmAssessment): FirmAssessment {
  return {
    ...a,
    capability: a.capability?.ok ? { ...a.capability, reasons: [] } : a.capability,
    financing: a.financing?.ok ? { ...a.financing, reasons: [] } : a.financing,
  };
}

/** Rated both ways: everything but the reasons is the same, and the lean one has none. */
function bothWays(row: FirmRow, options: AssessOptions = {}) {
  const full = assessFirm(row, options);
  const lean = assessFirm(row, { ...options, explain: false });
  expect(lean).toEqual(withoutReasons(full));
  if (lean.capability?.ok) expect(lean.capability.reasons).toHaveLength(0);
  if (lean.financing?.ok) expect(lean.financing.reasons).toHaveLength(0);
  return { full, lean };
}

const FIRMS = sampleFirms();

describe('assessFirm with explain: false, on every firm of examples/firms.csv', () => {
  it('reads the 50 firms, each with capability and financing columns', () => {
    expect(FIRMS).toHaveLength(50);
    expect(FIRMS.every(({ row }) => assessFirm(row).capability !== null && assessFirm(row).financing !== null)).toBe(true);
  });

  it.each(FIRMS)('$name: the same rating and cells, without reasons', ({ row }) => {
    const { full, lean } = bothWays(row, { standard: 'prc-2017' });
    if (full.capability?.ok) expect(full.capability.reasons.length).toBeGreaterThan(0);
    for (const lang of ['en', 'zh-CN'] as const) {
      if (full.capability) expect(capabilityCells(lean.capability!, lang)).toEqual(capabilityCells(full.capability, lang));
      if (full.financing) expect(financingCells(lean.financing!, lang)).toEqual(financingCells(full.financing, lang));
    }
  });

  it('gives the same with capability options other than the defaults', () => {
    const options: AssessOptions = { capability: { threshold: 40, weights: { own_brand: 0 }, exportThreshold: '30%', rdBenchmark: 0.02 } };
    for (const { row } of FIRMS) bothWays(row, options);
  });
});

describe('assessFirm with explain: false, by hand', () => {
  it('fails capability with the same errors and warnings', () => {
    const { full } = bothWays({ rd_spend: 5, revenue: 'abc', product_capability: 'hgh', process_innovation: 'yes', export_share: '120%' });
    expect(full.capability?.ok).toBe(false);
    expect(!full.capability?.ok && full.capability?.errors.map((e) => e.code)).toEqual(['capability.level-suggest', 'value.not-a-number', 'share.out-of-range']);
  });

  it('fails a side that has no usable indicator with the same error', () => {
    const { full } = bothWays({ new_product_share: 0.3, own_brand: 'yes' });
    expect(!full.capability?.ok && full.capability?.errors.map((e) => e.code)).toEqual(['capability.no-indicators']);
  });

  it('fails bad capability options with the same errors, on every row that uses them', () => {
    const options: AssessOptions = { capability: { threshold: 0, weights: { nope: 1 } } };
    const row = { product_capability: 'high', process_capability: 'low' };
    const first = bothWays(row, options).full;
    expect(!first.capability?.ok && first.capability?.errors.map((e) => e.code)).toEqual(['capability.threshold-invalid', 'capability.weight-unknown']);
    expect(bothWays(row, options).full).toEqual(first);
  });

  it('leaves export orientation, combined mode and the export steps out the same way when export share is missing', () => {
    const row = { sector: 'medicine', rd_spend: 30, revenue: 1000, new_product_share: '25%', process_capability: 55, market_position: 'follower' };
    const { full, lean } = bothWays(row);
    expect(full.capability?.ok && full.capability.reasons.map((r) => r.code)).toContain('capability.export-missing');
    expect(lean.capability?.ok && [lean.capability.exportShare, lean.capability.exportOrientation, lean.capability.combinedMode]).toEqual([null, null, null]);
    expect(lean.capability?.ok && lean.capability.techGap.customer).toBe(50);
  });

  it('keeps the warnings of indicators given beside a side typed directly', () => {
    const { lean } = bothWays({ product_capability: 'high', new_product_share: 'lots', own_brand: 'yes', process_capability: 'low', export_share: 0.6 });
    expect(lean.capability?.warnings.map((w) => w.code)).toEqual(['capability.value-ignored', 'capability.indicators-ignored']);
  });

  it('rates by whichever options object is passed, when one is used for many rows', () => {
    const row = { product_capability: 45, process_capability: 45 };
    const low = { capability: { threshold: 50 } };
    const high = { capability: { threshold: 40 } };
    for (let i = 0; i < 2; i++) {
      expect(assessFirm(row, low).capability?.ok && assessFirm(row, low).capability).toMatchObject({ mode: 'applications-specialist' });
      expect(assessFirm(row, high).capability?.ok && assessFirm(row, high).capability).toMatchObject({ mode: 'fast-follower' });
      expect(assessCapability(row, { threshold: 40 }, false)).toMatchObject({ mode: 'fast-follower', reasons: [] });
    }
  });
});
