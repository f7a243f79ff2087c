/**
 * Semantic version of the rule data (thresholds, weights, mappings). Bump it whenever any rule
 * changes: results carry it, so a workbook rated under one version can be told from another.
 * `rules-fingerprint.test.ts` fails when the data changes and this does not.
 */
export const RULES_VERSION = '1.0.0';
