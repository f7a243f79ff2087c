import { describe, expect, it } from 'vitest';
import { COMBINED_MODE_IDS, MODES, STRATEGIES } from '../capability/modes.js';
import { INDICATOR_IDS } from '../capability/indicators.js';
import { RD_BENCHMARKS } from '../capability/rd-benchmarks.js';
import { WAY_UP_AT_TARGET, WAY_UP_BY_EXPORT, WAY_UP_BY_MODE } from '../capability/way-up.js';
import { LAGS } from '../capability/tech-gap.js';
import { MARKET_POSITIONS } from '../capability/read-level.js';
import { AGENT_KIND_IDS, GOVERNMENT_ROLES } from '../cluster/linkage.js';
import { CLUSTER_TYPES } from '../cluster/cluster-type.js';
import { LEVER_TRIGGERS, POLICY_LEVERS } from '../cluster/levers.js';
import { CONSTRAINT_IDS } from '../finance/constraints.js';
import { CREDIT_STATUSES, LOAN_OUTCOMES, NO_APPLY_REASONS } from '../finance/credit-survey-items.js';
import { FINANCE_LOCATIONS, FINANCE_STAGES } from '../finance/firm-settings.js';
import type { FinanceCondition } from '../finance/conditions.js';
import { INSTRUMENTS, INSTRUMENT_IDS } from '../finance/instruments.js';
import { VC_TYPES, VC_TYPE_IDS } from '../finance/vc-types.js';
import { INDICATOR_LABEL_KEYS } from '../size/indicator-labels.js';
import { SECTOR_IDS } from '../size/sectors.js';
import { SIZE_CLASSES } from '../size/standard.js';
import { MONEY_UNITS } from '../size/units.js';
import { catalogueOf, LANGUAGES } from './format.js';
import { SOURCES } from './test-sources.js';

/** Every engine source file that can raise an issue (not tests, not the catalogue itself). */
const TEXT = Object.entries(SOURCES)
  .filter(([path]) => !path.endsWith('.test.ts') && !/(^|\/)messages\//.test(path.replace(/^\.\//, 'messages/')))
  .map(([, text]) => text);
const all = (re: RegExp) => TEXT.flatMap((text) => [...text.matchAll(re)].map((m) => m[1]!));

/** Codes written out where an issue is made: `issue('code', ...)`, either arm of a ternary inside it, `invalidCode: 'code'`. */
const literal = [
  ...all(/\bissue\(\s*'([^']+)'/g),
  ...all(/\binvalidCode:\s*'([^']+)'/g),
  ...TEXT.flatMap((text) =>
    text
      .split('\n')
      .filter((line) => /\bissue\(/.test(line))
      .flatMap((line) => [...line.matchAll(/[?:]\s*'([a-z][a-z-]*\.[a-z][a-z0-9.-]*)'/g)].map((m) => m[1]!)),
  ),
];

/** Codes made from a prefix and data: each prefix the source uses must be listed here with its data. */
const conditions = (list: readonly FinanceCondition[]): FinanceCondition[] => list.flatMap((c) => (c.kind === 'any' ? [c, ...conditions(c.of)] : [c]));
const STANDARD_PROBLEMS = all(/\bproblem\([^,]+,\s*'([^']+)'/g);
const TEMPLATED: Readonly<Record<string, readonly string[]>> = {
  'way-up.': [...Object.values(WAY_UP_BY_MODE), ...Object.values(WAY_UP_BY_EXPORT), [WAY_UP_AT_TARGET]].flat().map((s) => s.id),
  'finance.credit.rule.': CREDIT_STATUSES,
  'standard.': STANDARD_PROBLEMS,
  'lever.': LEVER_TRIGGERS.map((t) => t.id),
};
const prefixes = all(/\bissue\(\s*`([^`$]*)\$\{/g);

/** Labels the entries look up from rule data (`r.label(...)`), which no `issue(...)` names. */
const facts = [...INSTRUMENTS.flatMap((i) => [...i.requires, ...i.excludedBy, ...i.signals.map((s) => s.when)]), ...VC_TYPES.flatMap((v) => v.criteria.map((c) => c.when))];
const yesNoFacts = [...new Set(conditions(facts).flatMap((c) => (c.kind === 'fact' ? [c.fact] : [])))];
const LABELS = [
  ...SIZE_CLASSES.map((c) => `class.${c}`),
  ...MONEY_UNITS.map((u) => `unit.${u.id}`),
  ...INDICATOR_LABEL_KEYS.map((i) => `indicator.${i}`),
  ...SECTOR_IDS.map((s) => `sector-name.${s}`),
  ...['yes', 'no', 'unknown'].map((a) => `answer-word.${a}`),
  'list.or',
  'list.and',
  'list.cells',
  ...MODES.map((m) => `mode.${m}`),
  ...STRATEGIES.map((s) => `strategy.${s}`),
  ...COMBINED_MODE_IDS.flatMap((c) => [`combined-mode.${c}`, `combined-mode.${c}.meaning`]),
  ...INDICATOR_IDS.map((i) => `capability-indicator.${i}`),
  ...['product', 'process'].map((s) => `capability-side.${s}`),
  ...['high', 'low'].map((l) => `capability-level.${l}`),
  ...RD_BENCHMARKS.map((b) => `rd-sector.${b.id}`),
  ...LAGS.map((l) => `tech-gap-lag.${l}`),
  ...AGENT_KIND_IDS.map((a) => `agent.${a}`),
  ...GOVERNMENT_ROLES.map((g) => `government-role.${g.id}`),
  ...CLUSTER_TYPES.flatMap((t) => [`cluster-type.${t}`, `cluster-type-name.${t}`]),
  ...POLICY_LEVERS.map((l) => `lever-name.${l.id}`),
  ...['size', 'capability'].map((p) => `report.part.${p}`),
  ...CONSTRAINT_IDS.flatMap((c) => [`finance.constraint.${c}`, `finance.question.${c}`]),
  ...INSTRUMENT_IDS.map((i) => `finance.instrument.${i}`),
  ...VC_TYPE_IDS.map((v) => `finance.vc.${v}`),
  ...CREDIT_STATUSES.map((s) => `finance.credit-status.${s}`),
  ...LOAN_OUTCOMES.map((o) => `finance.outcome.${o}`),
  ...NO_APPLY_REASONS.map((n) => `finance.reason.${n}`),
  ...FINANCE_STAGES.map((s) => `finance.stage.${s}`),
  ...FINANCE_LOCATIONS.map((l) => `finance.location.${l}`),
  ...['internal', 'external'].map((g) => `finance.group.${g}`),
  ...yesNoFacts.flatMap((f) => [`finance.fact.${f}.yes`, `finance.fact.${f}.no`, `finance.fact-name.${f}`]),
  ...['stage', 'location', 'credit_history_years', 'receivables_share', 'debt_outstanding', 'sme'].map((f) => `finance.fact-name.${f}`),
  ...['not-rated', 'none', 'not-known', 'not-determined'].map((c) => `finance.cell.${c}`),
  ...['not-rated', 'missing-middle', 'cluster-type', 'combined-modes', 'levers', 'unrated', 'warnings', 'none'].map((r) => `report.${r}`),
];

const CODES = [...new Set([...literal, ...Object.entries(TEMPLATED).flatMap(([prefix, ids]) => ids.map((id) => `${prefix}${id}`))])].sort();

describe('the issue codes the engine can emit', () => {
  it('are found in the source (the scan still works)', () => {
    expect(CODES.length).toBeGreaterThan(150);
    expect(STANDARD_PROBLEMS.length).toBeGreaterThan(5);
    expect(MARKET_POSITIONS.length).toBe(3);
  });

  it('come from prefixes this test knows how to expand', () => {
    expect([...new Set(prefixes)].filter((p) => !(p in TEMPLATED))).toEqual([]);
  });

  it.each(LANGUAGES)('each have a message in %s', (lang) => {
    const catalogue = catalogueOf(lang);
    expect(CODES.filter((code) => catalogue[code] === undefined)).toEqual([]);
  });

  // A label must be text: `render.label` shows the key itself for a missing label or a message.
  it.each(LANGUAGES)('each label the rules look up is a label in %s', (lang) => {
    const catalogue = catalogueOf(lang);
    expect(LABELS.filter((key) => typeof catalogue[key] !== 'string')).toEqual([]);
  });
});
