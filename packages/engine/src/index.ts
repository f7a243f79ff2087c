export type { Issue, IssueParams, ParamValue, Outcome, Failure } from './issue.js';
export { issue, EngineError } from './issue.js';
export { RULES_VERSION } from './rules-version.js';
export { readNonNegative, type NumberReading } from './input/read-number.js';

export * from './size/standard.js';
export { SECTORS, SECTOR_IDS, type SectorId, type SectorEntry } from './size/sectors.js';
export { resolveSector, normaliseWord, type SectorReading } from './size/resolve-sector.js';
export { MONEY_UNITS, findUnit, PLAUSIBLE_CEILING, type MoneyUnit, type Currency } from './size/units.js';
export { validateStandard } from './size/validate-standard.js';
export { evaluateRule, type IndicatorValues, type TierCheck, type BoundCheck, type RuleOutcome } from './size/evaluate-standard.js';
export { BUILT_IN_STANDARDS, STANDARD_IDS, DEFAULT_STANDARD_ID, resolveStandard } from './size/standards/index.js';
export { EU_LINK_THRESHOLDS, type EnterpriseFigures, type LinkedEnterprise } from './size/eu-aggregate.js';
export { classifySize, type FirmSizeInput, type SizeOptions, type SizeResult, type SizeRating, type SizeFailure } from './size/classify-size.js';

export { formatIssue, formatIssues, catalogueOf, type Language } from './messages/format.js';
export type { Catalogue, Entry, Render } from './messages/catalogue.js';

export { matchHeaders, type FieldColumn, type HeaderMatch } from './fields/columns.js';
export { SIZE_COLUMNS } from './fields/size-columns.js';
export type { FirmRow } from './fields/firm-row.js';
export { readShare, type ShareReading } from './input/read-share.js';
export { readAnswer, type Answer, type AnswerReading } from './input/read-answer.js';

export * from './capability/index.js';
export * from './cluster/index.js';
export * from './finance/index.js';
export { assessFirm, type AssessOptions, type FirmAssessment, type Provenance } from './assess/assess-firm.js';
