import { issue, type Issue } from '../issue.js';
import type { Level } from './indicators.js';
import { MODES, type Mode } from './modes.js';

/**
 * The steps the paper gives from each mode toward the globalized fast-follower mode (§5), each with
 * its section. A step is a catalogue entry `way-up.<id>`; the result carries it as an Issue whose
 * params hold the section, so the text can be translated and the section still shown.
 */
export interface WayUpStep {
  readonly id: string;
  readonly section: string;
}

export const WAY_UP_BY_MODE: Readonly<Record<Mode, readonly WayUpStep[]>> = {
  'fast-follower': [{ id: 'keep-both-in-cluster', section: '§2.3' }],
  'process-pioneer': [
    { id: 'product-via-licensing', section: '§2.2' },
    { id: 'cluster-to-fast-follower', section: '§2.3' },
    { id: 'international-transfer', section: '§5.5' },
  ],
  'product-pioneer': [
    { id: 'build-process-capability', section: '§2.2' },
    { id: 'cluster-shared-production', section: '§2.4' },
  ],
  'applications-specialist': [
    { id: 'beware-stagnation', section: '§2.2–2.3' },
    { id: 'process-in-cluster', section: '§2.4' },
    { id: 'then-product-via-licensing', section: '§2.2' },
  ],
};

export const WAY_UP_BY_EXPORT: Readonly<Record<Level, readonly WayUpStep[]>> = {
  low: [
    { id: 'lower-export-costs', section: '§2.3' },
    { id: 'cluster-export-access', section: '§2.4' },
  ],
  high: [],
};

/** Already there: grow in size inside a network cluster with an international outlook. */
export const WAY_UP_AT_TARGET: WayUpStep = { id: 'at-target', section: '§2.4, §5' };

function stepsOf(mode: Mode, exportOrientation: Level | null): readonly Issue[] {
  const steps =
    mode === 'fast-follower' && exportOrientation === 'high'
      ? [WAY_UP_AT_TARGET]
      : [...WAY_UP_BY_MODE[mode], ...(exportOrientation === null ? [] : WAY_UP_BY_EXPORT[exportOrientation])];
  return Object.freeze(steps.map((s) => Object.freeze(issue(`way-up.${s.id}`, Object.freeze({ section: s.section })))));
}

// The steps depend on nothing but the mode and the orientation, so each list is built once and every
// rating shares it (hence frozen) instead of building it again for each of millions of rows.
const BUILT: Readonly<Record<Mode, Readonly<Record<Level | 'unknown', readonly Issue[]>>>> = Object.fromEntries(
  MODES.map((mode) => [mode, { high: stepsOf(mode, 'high'), low: stepsOf(mode, 'low'), unknown: stepsOf(mode, null) }]),
) as Record<Mode, Record<Level | 'unknown', readonly Issue[]>>;

export function wayUp(mode: Mode, exportOrientation: Level | null): readonly Issue[] {
  return BUILT[mode][exportOrientation ?? 'unknown'];
}
