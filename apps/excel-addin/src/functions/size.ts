import { classifySize, formatIssues, type SizeStandard } from '@sme-navigator/engine';
import { defineFunction, outcome } from './sheet/define.js';
import { param } from './sheet/params.js';

/** The firm's figures and the two optional trailing arguments, shared by SIZE, ISSME and SIZEREASON. */
const FIRM = [
  param.text('sector'),
  param.value('employees'), // the engine reads headcounts and money itself (readNonNegative)
  param.value('revenue'),
  param.value('assets'),
  param.standard(), // resolved once per distinct value in a call
  param.unit(),
] as const;

const rate = (sector: string | undefined, employees: unknown, revenue: unknown, assets: unknown, standard: SizeStandard | undefined, unit: string | undefined) =>
  classifySize({ sector, employees, revenue, assets }, { standard, unit });

export const SIZE = defineFunction('SIZE', FIRM, (...firm) => outcome(rate(...firm), (r) => r.class));

export const ISSME = defineFunction('ISSME', FIRM, (...firm) => outcome(rate(...firm), (r) => r.isSme));

export const SIZEREASON = defineFunction('SIZEREASON', FIRM, (...firm) => outcome(rate(...firm), (r) => formatIssues([...r.reasons, ...r.warnings])));
