import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/format.js';
import { assessCapability } from './assess-capability.js';
import type { CapabilityOptions } from './options.js';

const errorsOf = (row: Record<string, unknown>, options?: CapabilityOptions): string[] => {
  const r = assessCapability(row, options);
  if (r.ok) throw new Error('expected a failure');
  return r.errors.map((e) => formatIssue(e));
};
const OK_PROCESS = { process_capability: 'high' };

describe('bad firm data is an error with an exact message', () => {
  it('rejects a share of 140 %', () => {
    expect(errorsOf({ new_product_share: '140%', ...OK_PROCESS })).toEqual(['new_product_share must be between 0 % and 100 %, got 140%']);
    expect(errorsOf({ new_product_share: 140, ...OK_PROCESS })).toEqual(['new_product_share must be between 0 % and 100 %, got 140']);
    expect(errorsOf({ product_capability: 'high', ...OK_PROCESS, export_share: '140%' })).toEqual(['export_share must be between 0 % and 100 %, got 140%']);
  });

  it('rejects negative R&D spend', () => {
    expect(errorsOf({ rd_spend: -5, revenue: 100, ...OK_PROCESS })).toEqual(['rd_spend must be a number ≥ 0, got -5']);
    expect(errorsOf({ rd_spend: '-5', revenue: 100, ...OK_PROCESS })).toEqual(['rd_spend must be a number ≥ 0, got -5']);
  });

  it('reports a bad divisor once, as itself', () => {
    const r = assessCapability({ rd_spend: 5, revenue: 'abc', ...OK_PROCESS });
    expect(!r.ok && r.errors.map((e) => formatIssue(e))).toEqual(["revenue must be a number ≥ 0, got 'abc'"]);
    expect(r.warnings).toEqual([]);
  });

  it('rejects an unknown capability word, suggesting the nearest when it is a typo', () => {
    expect(errorsOf({ product_capability: 'medium', ...OK_PROCESS })).toEqual([
      "product_capability must be high or low (高 / 低) or a score from 0 to 100, got 'medium'",
    ]);
    expect(errorsOf({ product_capability: 'high', process_capability: 'hgh' })).toEqual([
      "process_capability must be high or low (高 / 低) or a score from 0 to 100, got 'hgh'; did you mean 'high'?",
    ]);
    expect(errorsOf({ product_capability: 140, ...OK_PROCESS })).toEqual(['product_capability must be a score from 0 to 100, got 140']);
    expect(errorsOf({ product_capability: '-1', ...OK_PROCESS })).toEqual(['product_capability must be a score from 0 to 100, got -1']);
  });

  it('rejects an unknown market position and a bad yes/no answer', () => {
    expect(errorsOf({ product_capability: 'high', ...OK_PROCESS, market_position: 'king' })).toEqual([
      "market_position must be leader, follower or latecomer (领先者 / 跟随者 / 后来者), got 'king'",
    ]);
    expect(errorsOf({ own_brand: 'maybe', ...OK_PROCESS })).toEqual(["own_brand must be yes, no or unknown (是 / 否 / 不知道), got 'maybe'"]);
  });

  it('names what to give when a side has no indicator at all', () => {
    expect(errorsOf({})).toEqual([
      'no product capability indicator given: give product_capability (high / low / 高 / 低, or a score 0–100) or at least one of rd_spend with revenue, new_product_share, patents with employees, own_brand',
      'no process capability indicator given: give process_capability (high / low / 高 / 低, or a score 0–100) or at least one of process_innovation, quality_certified, automation_share, labour_productivity_ratio',
    ]);
  });

  it('only warns about a bad indicator on a side given directly', () => {
    const r = assessCapability({ product_capability: 'high', new_product_share: '140%', ...OK_PROCESS });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => formatIssue(w))).toEqual([
      'new_product_share must be between 0 % and 100 %, got 140%; ignored, as product capability is given directly',
    ]);
  });
});

describe('bad options are errors, checked before any row', () => {
  it.each([
    [{ threshold: 0 }, 'threshold must be a number above 0 and at most 100, got 0'],
    [{ threshold: 101 }, 'threshold must be a number above 0 and at most 100, got 101'],
    [{ threshold: Number.NaN }, 'threshold must be a number above 0 and at most 100, got NaN'],
    [{ weights: { rd: 1 } }, "weights: 'rd' is not a capability indicator; use one of: rd_intensity, new_product_share, patents_per_100_employees, own_brand, process_innovation, quality_certified, automation_share, labour_productivity_ratio"],
    [{ weights: { own_brand: -1 } }, 'weights.own_brand must be a finite number ≥ 0, got -1'],
    [
      { weights: { process_innovation: 0, quality_certified: 0, automation_share: 0, labour_productivity_ratio: 0 } },
      'weights: every process capability indicator has weight 0; at least one must be above 0',
    ],
    [{ exportThreshold: '0%' }, "exportThreshold must be a share above 0 and at most 100 % (a fraction like 0.5 or a percentage like '50%'), got 0%"],
    [{ rdBenchmark: 'two' }, "rdBenchmark must be a share above 0 and at most 100 % (a fraction like 0.5 or a percentage like '50%'), got two"],
  ] as [CapabilityOptions, string][])('%j', (options, message) => {
    expect(errorsOf({ product_capability: 'high', ...OK_PROCESS }, options)).toEqual([message]);
  });
});
