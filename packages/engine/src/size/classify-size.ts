import { issue, type Issue, type Failure } from '../issue.js';
import { readNonNegative } from '../input/read-number.js';
import { aggregateEnterprise, type EnterpriseFigures, type LinkedEnterprise } from './eu-aggregate.js';
import { evaluateRule, type BoundCheck, type IndicatorValues, type RuleOutcome, type TierCheck } from './evaluate-standard.js';
import { DEFAULT_LABELS } from './indicator-labels.js';
import { resolveSector, unknownSectorIssue } from './resolve-sector.js';
import type { SectorId } from './sectors.js';
import { ANY_SECTOR, INDICATORS, type Indicator, type SectorRule, type SizeClass, type SizeStandard } from './standard.js';
import { resolveStandard } from './standards/index.js';
import { findUnit, PLAUSIBLE_CEILING, unitById, type MoneyUnit } from './units.js';

export interface FirmSizeInput extends EnterpriseFigures {
  readonly sector?: unknown;
  /** EU 2003/361: enterprises holding, or held at, 25–50 % (partners) or more than 50 % (linked). */
  readonly partners?: readonly LinkedEnterprise[];
  readonly linked?: readonly LinkedEnterprise[];
  /** EU 2003/361: the previous accounting period; status changes only after two periods across a ceiling. */
  readonly previous?: EnterpriseFigures & { readonly partners?: readonly LinkedEnterprise[]; readonly linked?: readonly LinkedEnterprise[] };
}

export interface SizeOptions {
  /** A built-in id (`prc-2003`, `prc-2011`, `prc-2017`, `eu-2003`, `ifc`) or a standard in the data format. Default `prc-2017`. */
  readonly standard?: string | SizeStandard;
  /** Money unit of revenue and assets; default the standard's own (10k yuan for PRC, euros for the EU, US$ for IFC). */
  readonly unit?: string;
}

export interface SizeRating {
  readonly ok: true;
  readonly class: SizeClass;
  readonly isSme: boolean;
  /** Canonical sector, or null when the standard ignores sector and none was given. */
  readonly sector: SectorId | null;
  readonly standard: string;
  readonly unit: string;
  /** Values compared with the thresholds, in the standard's threshold unit (after EU aggregation). */
  readonly values: IndicatorValues;
  readonly reasons: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** Every tier tried, with every bound checked. */
  readonly tiers: readonly TierCheck[];
}

export type SizeFailure = Failure;

export type SizeResult = SizeRating | SizeFailure;

const fail = (errors: Issue[], warnings: Issue[] = []): SizeFailure => ({ ok: false, errors, warnings });

/** Decides micro / small / medium / large under one standard and says why, as data. */
export function classifySize(firm: FirmSizeInput, options: SizeOptions = {}): SizeResult {
  const std = resolveStandard(options.standard);
  if (!std.ok) return fail([...std.errors]);
  const standard = std.value;

  const unit = pickUnit(standard, options.unit);
  if ('code' in unit) return fail([unit]);

  const warnings: Issue[] = [];
  const errors: Issue[] = [];
  const sector = pickRule(standard, firm.sector, warnings);
  if ('code' in sector) return fail([sector], warnings);
  const used = indicatorsOf(sector.rule);

  const current = readFigures(firm, '', standard, unit, used, errors, warnings);
  const partners = (firm.partners ?? []).map((p, i) => ({ link: p, figures: readFigures(p, `partners[${i}].`, standard, unit, used, errors, warnings) }));
  const linked = (firm.linked ?? []).map((p, i) => ({ link: p, figures: readFigures(p, `linked[${i}].`, standard, unit, used, errors, warnings) }));
  if (errors.length > 0) return fail(errors, warnings);

  const reasons: Issue[] = [];
  let values = current;
  if (standard.euAggregation && (partners.length > 0 || linked.length > 0)) {
    const agg = aggregateEnterprise(current, partners, linked, '');
    if (!agg.ok) return fail([...agg.errors], warnings);
    values = agg.values;
    reasons.push(...agg.reasons);
  }

  const outcome = evaluateRule(sector.rule, values);
  if (outcome.class === undefined) {
    return fail([undecided(standard, sector.id, outcome)], warnings);
  }
  let decided = outcome.class;
  reasons.unshift(...explain(outcome, standard));

  const notGiven = used.filter((i) => values[i] === undefined);
  if (notGiven.length > 0) reasons.push(issue('size.not-needed', { indicators: notGiven.map((i) => labelOf(standard, i)) }));

  if (standard.euAggregation && firm.previous) {
    const prev = firm.previous;
    const prevErrors: Issue[] = [];
    let prevValues = readFigures(prev, 'previous.', standard, unit, used, prevErrors, warnings);
    if (prevErrors.length > 0) return fail(prevErrors, warnings);
    const prevPartners = (prev.partners ?? []).map((p, i) => ({ link: p, figures: readFigures(p, `previous.partners[${i}].`, standard, unit, used, prevErrors, warnings) }));
    const prevLinked = (prev.linked ?? []).map((p, i) => ({ link: p, figures: readFigures(p, `previous.linked[${i}].`, standard, unit, used, prevErrors, warnings) }));
    if (prevErrors.length > 0) return fail(prevErrors, warnings);
    if (prevPartners.length > 0 || prevLinked.length > 0) {
      const agg = aggregateEnterprise(prevValues, prevPartners, prevLinked, 'previous.');
      if (!agg.ok) return fail([...agg.errors], warnings);
      prevValues = agg.values;
    }
    const before = evaluateRule(sector.rule, prevValues);
    if (before.class === undefined) return fail([undecided(standard, sector.id, before, 'previous.')], warnings);
    // Art. 4(2): a ceiling crossed in one period only does not change the status; the previous
    // period's class is taken as the status the firm held.
    if (before.class !== decided) {
      reasons.push(issue('size.eu-two-periods-kept', { current: decided, previous: before.class }));
      decided = before.class;
    } else {
      reasons.push(issue('size.eu-two-periods-same', { class: decided }));
    }
  }

  return {
    ok: true,
    class: decided,
    isSme: decided !== 'large',
    sector: sector.id,
    standard: standard.id,
    unit: unit.id,
    values,
    reasons,
    warnings,
    tiers: outcome.tiers,
  };
}

function pickUnit(standard: SizeStandard, typed: string | undefined): MoneyUnit | Issue {
  if (typed === undefined || typed.trim() === '') return unitById(standard.defaultUnit);
  const unit = findUnit(typed);
  if (unit && standard.units.includes(unit.id)) return unit;
  return issue('unit.unknown', { typed, standard: standard.id, allowed: standard.units }, 'unit');
}

function pickRule(standard: SizeStandard, typed: unknown, warnings: Issue[]): { id: SectorId | null; rule: SectorRule } | Issue {
  const reading = resolveSector(typed);
  const listed = Object.keys(standard.sectors);
  const anySector = standard.sectors[ANY_SECTOR];
  if (anySector) {
    if (reading.kind === 'unknown') warnings.push(issue('sector.ignored', { typed: reading.typed, standard: standard.id }, 'sector'));
    return { id: reading.kind === 'sector' ? reading.id : null, rule: anySector };
  }
  if (reading.kind === 'missing') return issue('sector.missing', { standard: standard.id, listed }, 'sector');
  if (reading.kind === 'unknown') return unknownSectorIssue(reading, standard.id, listed);
  const key = standard.sectors[reading.id] ? reading.id : standard.sectorAliases?.[reading.id];
  const rule = key === undefined ? undefined : standard.sectors[key];
  if (!rule || key === undefined) return issue('sector.not-in-standard', { typed: reading.typed, standard: standard.id, listed }, 'sector');
  return { id: key as SectorId, rule };
}

const USED_BY = new WeakMap<SectorRule, Indicator[]>();

/** The indicators a sector's rule reads (worked out once per rule). */
function indicatorsOf(rule: SectorRule): Indicator[] {
  const known = USED_BY.get(rule);
  if (known) return known;
  const used = walkIndicators(rule);
  USED_BY.set(rule, used);
  return used;
}

function walkIndicators(rule: SectorRule): Indicator[] {
  const seen = new Set<Indicator>();
  const walk = (c: unknown): void => {
    const o = c as Record<string, unknown>;
    if (typeof o.indicator === 'string') seen.add(o.indicator as Indicator);
    for (const key of ['all', 'any', 'of']) if (Array.isArray(o[key])) (o[key] as unknown[]).forEach(walk);
  };
  rule.tiers.forEach((t) => walk(t.when));
  return INDICATORS.filter((i) => seen.has(i));
}

/** Reads and converts one enterprise's figures; a bad value in an indicator the rule does not use only warns. */
function readFigures(
  figures: EnterpriseFigures,
  prefix: string,
  standard: SizeStandard,
  unit: MoneyUnit,
  used: readonly Indicator[],
  errors: Issue[],
  warnings: Issue[],
): IndicatorValues {
  const out: { -readonly [K in Indicator]?: number } = {};
  const threshold = unitById(standard.thresholdUnit);
  for (const indicator of INDICATORS) {
    const field = `${prefix}${indicator}`;
    const reading = readNonNegative(figures[indicator], field);
    if (reading.kind === 'missing') continue;
    if (reading.kind === 'invalid') {
      if (used.includes(indicator)) errors.push(reading.issue);
      else warnings.push(issue('value.ignored', { reason: reading.issue.code, got: reading.issue.params.got ?? null }, field));
      continue;
    }
    if (indicator === 'employees') {
      if (reading.value > PLAUSIBLE_CEILING.employees) warnings.push(issue('value.implausible-persons', { value: reading.value, ceiling: PLAUSIBLE_CEILING.employees }, field));
      out.employees = reading.value;
    } else {
      const ceiling = PLAUSIBLE_CEILING.money[unit.currency] / unit.factor;
      if (reading.value > ceiling) warnings.push(issue('value.implausible-money', { value: reading.value, unit: unit.id, ceiling }, field));
      out[indicator] = (reading.value * unit.factor) / threshold.factor;
    }
  }
  return out;
}

function labelOf(standard: SizeStandard, indicator: Indicator): string {
  return standard.labels?.[indicator] ?? DEFAULT_LABELS[indicator];
}

function checkParams(standard: SizeStandard, checks: readonly BoundCheck[], met: boolean) {
  return checks
    .filter((c) => c.met === met)
    .map((c) => ({
      indicator: c.bound.indicator,
      label: labelOf(standard, c.bound.indicator),
      op: c.bound.op,
      bound: c.bound.value,
      value: c.value ?? null,
      unit: c.bound.indicator === 'employees' ? null : standard.thresholdUnit,
    }));
}

/** The deciding tier (or the fallback), and the tier tried just before it: what kept the firm out of it. */
function explain(outcome: RuleOutcome, standard: SizeStandard): Issue[] {
  const out: Issue[] = [];
  const last = outcome.tiers[outcome.tiers.length - 1];
  const metTier = last?.met === true ? last : undefined;
  if (metTier) out.push(issue('size.tier-met', { class: metTier.class, checks: checkParams(standard, metTier.checks, true) }));
  else out.push(issue('size.no-tier-met', { class: outcome.class! }));
  const missed = [...outcome.tiers].reverse().find((t) => t.met === false);
  if (missed) out.push(issue('size.tier-missed', { class: missed.class, checks: checkParams(standard, missed.checks, false) }));
  return out;
}

function undecided(standard: SizeStandard, sector: SectorId | null, outcome: RuleOutcome, prefix = ''): Issue {
  const missing = outcome.undecidedBy.length > 0 ? outcome.undecidedBy : INDICATORS.filter((i) => outcome.tiers.some((t) => t.checks.some((c) => c.bound.indicator === i && c.value === undefined)));
  return issue(
    'size.undecided',
    { standard: standard.id, sector, missing: missing.map((i) => `${prefix}${i}`), possible: outcome.possible },
    `${prefix}${missing[0] ?? 'employees'}`,
  );
}
