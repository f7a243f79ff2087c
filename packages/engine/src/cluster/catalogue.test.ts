import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../messages/format.js';
import { COMBINED_MODE_IDS, MODES, STRATEGIES } from '../capability/modes.js';
import { INDICATOR_IDS } from '../capability/indicators.js';
import { RD_BENCHMARKS } from '../capability/rd-benchmarks.js';
import { WAY_UP_AT_TARGET, WAY_UP_BY_EXPORT, WAY_UP_BY_MODE } from '../capability/way-up.js';
import { LAGS } from '../capability/tech-gap.js';
import { AGENT_KIND_IDS } from './linkage.js';
import { CLUSTER_TYPES } from './cluster-type.js';
import { LEVER_TRIGGERS, POLICY_LEVERS } from './levers.js';

// Every key the capability and cluster rules can name, so a new language can be checked against this list.
const KEYS = [
  ...MODES.map((m) => `mode.${m}`),
  ...STRATEGIES.map((s) => `strategy.${s}`),
  ...COMBINED_MODE_IDS.flatMap((c) => [`combined-mode.${c}`, `combined-mode.${c}.meaning`]),
  ...INDICATOR_IDS.map((i) => `capability-indicator.${i}`),
  ...RD_BENCHMARKS.map((b) => `rd-sector.${b.id}`),
  ...[...Object.values(WAY_UP_BY_MODE), ...Object.values(WAY_UP_BY_EXPORT), [WAY_UP_AT_TARGET]].flat().map((s) => `way-up.${s.id}`),
  ...LAGS.map((l) => `tech-gap-lag.${l}`),
  ...AGENT_KIND_IDS.map((a) => `agent.${a}`),
  ...CLUSTER_TYPES.map((t) => `cluster-type.${t}`),
  ...POLICY_LEVERS.map((l) => `lever-name.${l.id}`),
  ...LEVER_TRIGGERS.map((t) => `lever.${t.id}`),
  'capability.level-invalid',
  'capability.level-suggest',
  'cluster.middle-missing',
  'cluster.middle-present',
  'cluster.middle-unknown',
];

describe('the English catalogue', () => {
  it.each(KEYS)('has %s', (key) => {
    expect(catalogueOf('en')[key]).toBeDefined();
  });
});
