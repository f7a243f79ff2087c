import type { Language } from '../messages/format.js';
import type { CapabilityResult } from './assess-capability.js';

export const CAPABILITY_CELL_IDS = ['product_score', 'process_score', 'mode', 'strategy', 'export_orientation', 'tech_gap'] as const;
export type CapabilityCellId = (typeof CAPABILITY_CELL_IDS)[number];

/**
 * The CLI's output cells for one firm. Values are ids and numbers, not sentences, so a sheet can
 * sort and filter them in any language:
 * - `product_score` / `process_score`: the score with one decimal ("62.5"), or `high` / `low` when
 *   the side was given as a word;
 * - `mode`, `strategy`, `export_orientation`: the ids (`fast-follower`, `cluster`, `high`);
 * - `tech_gap`: the widest lag and its value, "customer 70";
 * - a value that could not be computed is an empty cell.
 * A failed rating leaves every cell empty; its errors are shown with `formatIssues(result.errors)`.
 * The cells hold no words of any language, so `lang` changes nothing today; it is part of the
 * signature so a later language can label them without changing callers.
 */
export function capabilityCells(result: CapabilityResult, lang: Language = 'en'): Record<CapabilityCellId, string> {
  void lang;
  if (!result.ok) return { product_score: '', process_score: '', mode: '', strategy: '', export_orientation: '', tech_gap: '' };
  const gap = result.techGap;
  return {
    product_score: result.productScore === null ? result.product : result.productScore.toFixed(1),
    process_score: result.processScore === null ? result.process : result.processScore.toFixed(1),
    mode: result.mode,
    strategy: result.strategy,
    export_orientation: result.exportOrientation ?? '',
    tech_gap: gap.largest === null ? '' : `${gap.largest} ${gap[gap.largest]}`,
  };
}
