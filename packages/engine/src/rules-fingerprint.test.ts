/**
 * Results carry RULES_VERSION so a workbook rated under one set of rules can be told from another.
 * This test pins a fingerprint of every rule datum to the version: when a threshold, weight or
 * mapping changes, it fails until RULES_VERSION is bumped and the new fingerprint recorded here.
 */
import { describe, expect, it } from 'vitest';
import * as engine from './index.js';
import { RULES_VERSION } from './rules-version.js';

const RULE_DATA = [
  'BUILT_IN_STANDARDS',
  'PLAUSIBLE_CEILING',
  'EU_LINK_THRESHOLDS',
  'CAPABILITY_INDICATORS',
  'DEFAULT_CAPABILITY_WEIGHTS',
  'DEFAULT_CAPABILITY_THRESHOLD',
  'RD_BENCHMARKS',
  'FIGURE_1',
  'COMBINED_MODES',
  'DEFAULT_EXPORT_THRESHOLD',
  'WAY_UP_BY_MODE',
  'WAY_UP_BY_EXPORT',
  'CUSTOMER_LAG_WEIGHTS',
  'MARKET_POSITION_SCORES',
  'CLUSTER_TYPES',
  'ORGANIZED_MIN_COOPERATING_SHARE',
  'MISSING_MIDDLE_RULE',
  'POLICY_LEVERS',
  'LEVER_TRIGGERS',
  'LEVER_MAJORITY_SHARE',
  'CONSTRAINTS',
  'DERIVATIONS',
  'SHORT_HISTORY_YEARS',
  'MOSTLY_UNKNOWN_SHARE',
  'INSTRUMENTS',
  'VC_TYPES',
  'CREDIT_SCORE_TABLE',
  'HIGH_PRODUCT_SCORE',
] as const;

/** FNV-1a, 32 bits: enough to notice a change; this is not a security hash. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

describe('rules version', () => {
  it('every rule datum named here is exported', () => {
    const missing = RULE_DATA.filter((name) => (engine as Record<string, unknown>)[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('changes whenever the rule data change (bump RULES_VERSION, then record the new fingerprint here)', () => {
    const data = Object.fromEntries(RULE_DATA.map((name) => [name, (engine as Record<string, unknown>)[name]]));
    expect({ version: RULES_VERSION, fingerprint: fnv1a(JSON.stringify(data)) }).toEqual({ version: '1.0.0', fingerprint: '139029f0' });
  });
});
