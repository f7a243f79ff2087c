import { issue, type Outcome } from '../../issue.js';
import type { SizeStandard } from '../standard.js';
import { validateStandard } from '../validate-standard.js';
import { EU_2003 } from './eu-2003.js';
import { IFC } from './ifc.js';
import { PRC_2003 } from './prc-2003.js';
import { PRC_2011 } from './prc-2011.js';
import { PRC_2017 } from './prc-2017.js';

export const BUILT_IN_STANDARDS: readonly SizeStandard[] = [PRC_2003, PRC_2011, PRC_2017, EU_2003, IFC];

export const DEFAULT_STANDARD_ID = 'prc-2017';

export const STANDARD_IDS: readonly string[] = BUILT_IN_STANDARDS.map((s) => s.id);

// A user's standard object is validated once, not on every row it rates.
const validated = new WeakSet<object>();

/** A built-in standard by id (case-insensitive), or a user's own standard after validation. */
export function resolveStandard(standard: string | SizeStandard | undefined): Outcome<SizeStandard> {
  if (standard === undefined) return { ok: true, value: PRC_2017 };
  if (typeof standard !== 'string') {
    if (BUILT_IN_STANDARDS.includes(standard) || validated.has(standard)) return { ok: true, value: standard };
    const checked = validateStandard(standard);
    if (checked.ok) validated.add(standard);
    return checked;
  }
  const id = standard.trim().toLowerCase();
  const found = BUILT_IN_STANDARDS.find((s) => s.id === id);
  return found ? { ok: true, value: found } : { ok: false, errors: [issue('standard.unknown', { typed: standard, known: STANDARD_IDS }, 'standard')] };
}
