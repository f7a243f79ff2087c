import { assessCapability, type CapabilityResult } from '../capability/index.js';
import type { CapabilityOptions } from '../capability/options.js';
import { CAPABILITY_COLUMNS } from '../fields/capability-columns.js';
import type { FirmRow } from '../fields/firm-row.js';
import { RULES_VERSION } from '../rules-version.js';
import { classifySize, type SizeResult } from '../size/classify-size.js';
import type { SizeStandard } from '../size/standard.js';
import { DEFAULT_STANDARD_ID } from '../size/standards/index.js';
import { SIZE_COLUMNS } from '../fields/size-columns.js';
import { FINANCE_COLUMNS } from '../fields/finance-columns.js';
import { assessFinancing, type FinancingResult } from '../finance/index.js';

export interface AssessOptions {
  /** Size standard id or a standard in the data format; default prc-2017. */
  readonly standard?: string | SizeStandard;
  /** Money unit of revenue, assets and R&D spend. */
  readonly unit?: string;
  readonly capability?: CapabilityOptions;
  /**
   * Default true. False leaves out the capability and financing `reasons` (each an empty array) and
   * skips building them, for a caller that shows only the cells over many rows; scores, levels, modes,
   * way up, technology gap, financing results, warnings and errors are the same. Not a rule option,
   * so it is not recorded in the provenance.
   */
  readonly explain?: boolean;
}

export interface Provenance {
  readonly rulesVersion: string;
  readonly standard: string;
  readonly unit: string | null;
  readonly options: { readonly capability: CapabilityOptions };
}

/**
 * One firm through every part of the framework. A part whose input columns the row lacks entirely
 * is `null` (not assessed), so a size-only register is not reported as failing capability.
 */
export interface FirmAssessment {
  readonly size: SizeResult;
  readonly capability: CapabilityResult | null;
  readonly financing: FinancingResult | null;
  readonly provenance: Provenance;
}

const SIZE_ONLY = new Set(SIZE_COLUMNS.map((c) => c.id));
const CAPABILITY_INPUTS: ReadonlySet<string> = new Set(CAPABILITY_COLUMNS.map((c) => c.id).filter((id) => !SIZE_ONLY.has(id)));
const FINANCE_INPUTS: ReadonlySet<string> = new Set(FINANCE_COLUMNS.map((c) => c.id).filter((id) => !SIZE_ONLY.has(id)));

/** Whether the row gives any of `fields` a non-blank value. */
export function hasAny(row: FirmRow, fields: ReadonlySet<string>): boolean {
  // A register's row holds a dozen fields and the financing set forty: walk the row's own keys.
  for (const f of Object.keys(row)) {
    if (!fields.has(f)) continue;
    const v = row[f];
    if (v !== undefined && v !== null && String(v).trim() !== '') return true;
  }
  return false;
}

/**
 * Size, capability (mode, strategy, export orientation, way up, technology gap) and financing
 * (constraints, credit status, instruments, VC fit) for one firm; pure and deterministic. Financing
 * is told the firm's size and product capability, which some of its rules read. With
 * `explain: false` the capability and financing `reasons` are left out (empty arrays).
 */
export function assessFirm(row: FirmRow, options: AssessOptions = {}): FirmAssessment {
  const explain = options.explain ?? true;
  const size = classifySize(row, { standard: options.standard, unit: options.unit });
  const capabilityOptions = options.capability ?? {};
  // The caller's own options object (or none), so that its check is remembered across rows.
  const capability = hasAny(row, CAPABILITY_INPUTS) ? assessCapability(row, options.capability, explain) : null;
  const financing = hasAny(row, FINANCE_INPUTS)
    ? assessFinancing(
        row,
        {
          ...(size.ok ? { isSme: size.isSme, sizeClass: size.class } : {}),
          ...(capability?.ok && capability.productScore !== null ? { productScore: capability.productScore } : {}),
          ...(capability?.ok && capability.processScore !== null ? { processScore: capability.processScore } : {}),
        },
        explain,
      )
    : null;
  const standard = size.ok ? size.standard : typeof options.standard === 'object' ? options.standard.id : (options.standard ?? DEFAULT_STANDARD_ID);
  return {
    size,
    capability,
    financing,
    provenance: {
      rulesVersion: RULES_VERSION,
      standard,
      unit: size.ok ? size.unit : (options.unit ?? null),
      options: { capability: capabilityOptions },
    },
  };
}
