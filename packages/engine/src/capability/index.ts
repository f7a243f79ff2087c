// Technological capability, learning mode and strategy, export orientation and technology gap
// (ADBI DP 55 §2.1–2.4, §3.5, §5; Figures 1 and 2). Exported from src/index.ts.
export {
  CAPABILITY_INDICATORS,
  INDICATOR_IDS as CAPABILITY_INDICATOR_IDS,
  DEFAULT_WEIGHTS as DEFAULT_CAPABILITY_WEIGHTS,
  DEFAULT_CAPABILITY_THRESHOLD,
  SIDES as CAPABILITY_SIDES,
  type IndicatorId as CapabilityIndicatorId,
  type IndicatorRule as CapabilityIndicatorRule,
  type Normalisation as CapabilityNormalisation,
  type Side as CapabilitySide,
  type Level as CapabilityLevel,
} from './indicators.js';
export { RD_BENCHMARKS, RD_BENCHMARK_SOURCE, RD_BENCHMARK_TOTAL_ID, findRdBenchmark, type RdBenchmark } from './rd-benchmarks.js';
export {
  MODES,
  STRATEGIES,
  FIGURE_1,
  COMBINED_MODES,
  COMBINED_MODE_IDS,
  TARGET_MODE,
  DEFAULT_EXPORT_THRESHOLD,
  EXPORT_THRESHOLD_SOURCE,
  placeInFigure1,
  placeInFigure2,
  type Mode,
  type Strategy,
  type CombinedMode,
  type Quadrant,
} from './modes.js';
export { WAY_UP_BY_MODE, WAY_UP_BY_EXPORT, WAY_UP_AT_TARGET, type WayUpStep } from './way-up.js';
export { MARKET_POSITIONS, MARKET_POSITION_SCORES, type MarketPosition } from './read-level.js';
export {
  LAGS,
  INNOVATION_LAG_INDICATORS,
  PROCESS_LAG_INDICATORS,
  CUSTOMER_LAG_WEIGHTS,
  TECH_GAP_SOURCE,
  type Lag,
  type TechGap,
} from './tech-gap.js';
export { resolveCapabilityOptions, type CapabilityOptions, type ResolvedCapabilityOptions } from './options.js';
export {
  assessCapability,
  type CapabilityResult,
  type CapabilityRating,
  type CapabilityFailure,
  type CapabilityBasis,
} from './assess-capability.js';
export { capabilityCells, CAPABILITY_CELL_IDS, type CapabilityCellId } from './cells.js';
export { CAPABILITY_COLUMNS } from '../fields/capability-columns.js';
