import { issue, type Issue, type Outcome } from '../issue.js';
import { readShare } from '../input/read-share.js';
import { DEFAULT_CAPABILITY_THRESHOLD, DEFAULT_WEIGHTS, INDICATOR_IDS, SIDES, indicatorsOf, type IndicatorId } from './indicators.js';
import { DEFAULT_EXPORT_THRESHOLD } from './modes.js';

export interface CapabilityOptions {
  /** Score at or above which a side is high; default 50, any number above 0 and at most 100. */
  readonly threshold?: number;
  /** Per-indicator weights replacing the defaults (others keep theirs); finite numbers ≥ 0, relative. */
  readonly weights?: Readonly<Partial<Record<string, number>>>;
  /** Export share at or above which export orientation is high; a fraction or a percentage text. Default 0.5. */
  readonly exportThreshold?: number | string;
  /** R&D intensity benchmark (fraction or percentage) to use instead of the paper's Table 4. */
  readonly rdBenchmark?: number | string;
}

export interface ResolvedCapabilityOptions {
  readonly threshold: number;
  readonly weights: Readonly<Record<IndicatorId, number>>;
  readonly exportThreshold: number;
  readonly rdBenchmark: number | null;
}

/** Options are checked once (a cluster checks them before its first row); a bad one is an error, not a guess. */
export function resolveCapabilityOptions(options: CapabilityOptions = {}): Outcome<ResolvedCapabilityOptions> {
  const errors: Issue[] = [];

  const threshold = options.threshold ?? DEFAULT_CAPABILITY_THRESHOLD;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold <= 0 || threshold > 100) {
    errors.push(issue('capability.threshold-invalid', { got: String(threshold) }, 'threshold'));
  }

  const weights: Record<IndicatorId, number> = { ...DEFAULT_WEIGHTS };
  for (const [key, value] of Object.entries(options.weights ?? {})) {
    if (!(INDICATOR_IDS as readonly string[]).includes(key)) {
      errors.push(issue('capability.weight-unknown', { got: key, known: [...INDICATOR_IDS] }, `weights.${key}`));
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(issue('capability.weight-invalid', { got: String(value) }, `weights.${key}`));
    } else {
      weights[key as IndicatorId] = value;
    }
  }
  for (const side of SIDES) {
    if (indicatorsOf(side).every((i) => weights[i.id as IndicatorId] === 0)) errors.push(issue('capability.weights-all-zero', { side }, 'weights'));
  }

  const exportThreshold = readPositiveShare(options.exportThreshold, 'exportThreshold', DEFAULT_EXPORT_THRESHOLD, errors);
  const rdBenchmark = options.rdBenchmark === undefined ? null : readPositiveShare(options.rdBenchmark, 'rdBenchmark', null, errors);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { threshold, weights, exportThreshold: exportThreshold!, rdBenchmark } };
}

function readPositiveShare<T extends number | null>(raw: unknown, field: string, fallback: T, errors: Issue[]): number | T {
  if (raw === undefined) return fallback;
  const reading = readShare(raw, field);
  if (reading.kind === 'value' && reading.value > 0) return reading.value;
  errors.push(issue('capability.option-share-invalid', { got: String(raw) }, field));
  return fallback;
}
