/**
 * The guided assessment's questions, by step: the inputs the engine reads for one firm. A question
 * is asked only when the row leaves its field blank and it matters (a sector only where the
 * standard has sector rules; the loan outcome only for a firm that applied; a financing constraint
 * only when the firm's figures do not already answer it).
 */
import {
  ANY_SECTOR,
  CONSTRAINTS,
  DERIVATIONS,
  readAnswer,
  readNonNegative,
  readShare,
  type ConstraintId,
  type DerivationFacts,
  type SizeStandard,
} from '@sme-navigator/engine';
import { isBlank, type Cell } from '../gateway/types.js';
import { enChoices, type QuestionField } from '../strings/en.js';

export type StepId = 'size' | 'capability' | 'export' | 'facts' | 'constraints' | 'credit';
export const STEPS: readonly StepId[] = ['size', 'capability', 'export', 'facts', 'constraints', 'credit'];

export type QuestionKind =
  | { readonly type: 'number' }
  | { readonly type: 'share' }
  | { readonly type: 'answer' }
  | { readonly type: 'choice'; readonly options: readonly string[] }
  | { readonly type: 'sector' };

export type Question =
  | { readonly field: QuestionField; readonly step: StepId; readonly kind: QuestionKind; readonly constraint?: undefined }
  | { readonly field: ConstraintId; readonly step: 'constraints'; readonly kind: { readonly type: 'answer' }; readonly constraint: { readonly question: string; readonly source: string } };

const num = { type: 'number' } as const;
const share = { type: 'share' } as const;
const answer = { type: 'answer' } as const;
const choice = (field: keyof typeof enChoices) => ({ type: 'choice', options: Object.keys(enChoices[field]) }) as const;

const q = (field: QuestionField, step: StepId, kind: QuestionKind): Question => ({ field, step, kind });

export const QUESTIONS: readonly Question[] = [
  q('sector', 'size', { type: 'sector' }),
  q('employees', 'size', num),
  q('revenue', 'size', num),
  q('assets', 'size', num),
  q('rd_spend', 'capability', num),
  q('new_product_share', 'capability', share),
  q('patents', 'capability', num),
  q('own_brand', 'capability', answer),
  q('process_innovation', 'capability', answer),
  q('quality_certified', 'capability', answer),
  q('automation_share', 'capability', share),
  q('labour_productivity_ratio', 'capability', num),
  q('market_position', 'capability', choice('market_position')),
  q('export_share', 'export', share),
  q('collateral_value', 'facts', num),
  q('loan_need', 'facts', num),
  q('credit_history_years', 'facts', num),
  q('audited_accounts', 'facts', answer),
  q('owner_operated', 'facts', answer),
  q('independent_director', 'facts', answer),
  q('stage', 'facts', choice('stage')),
  q('university_link', 'facts', answer),
  q('location', 'facts', choice('location')),
  q('high_tech', 'facts', answer),
  q('high_growth', 'facts', answer),
  q('equipment_need', 'facts', answer),
  q('receivables_share', 'facts', share),
  q('buyers_creditworthy', 'facts', answer),
  q('cluster_member', 'facts', answer),
  q('debt_outstanding', 'facts', num),
  ...CONSTRAINTS.map((c): Question => ({ field: c.id, step: 'constraints', kind: answer, constraint: { question: c.question, source: c.source } })),
  q('loan_applied', 'credit', answer),
  q('loan_outcome', 'credit', choice('loan_outcome')),
  q('no_apply_reason', 'credit', choice('no_apply_reason')),
  q('external_finance_share', 'credit', share),
];

export const QUESTION_BY_FIELD: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((x) => [x.field, x]));

/** What is known of a firm: its row's cells by field, and the answers given. */
export interface Known {
  /** The row's value for a field, undefined when the row leaves it blank or lacks the column. */
  readonly row: (field: string) => Cell | undefined;
  readonly answers: Readonly<Record<string, string>>;
  readonly standard: SizeStandard;
}

/** The row's value, else the answer (unknown counts as nothing). */
function effective(known: Known, field: string): unknown {
  const v = known.row(field);
  if (!isBlank(v)) return v;
  const a = known.answers[field];
  return a === undefined || a === 'unknown' || a.trim() === '' ? undefined : a;
}

const yesNo = (known: Known, field: string) => {
  const r = readAnswer(effective(known, field), field);
  return r.kind === 'answer' ? r.value : undefined;
};

/** The facts the derived constraints read, from the row and the answers. */
function derivationFacts(known: Known): DerivationFacts {
  const n = (field: string) => {
    const r = readNonNegative(effective(known, field), field);
    return r.kind === 'value' ? r.value : undefined;
  };
  const facts: Record<string, unknown> = {
    collateral_value: n('collateral_value'),
    loan_need: n('loan_need'),
    credit_history_years: n('credit_history_years'),
    audited_accounts: yesNo(known, 'audited_accounts'),
    owner_operated: yesNo(known, 'owner_operated'),
    independent_director: yesNo(known, 'independent_director'),
  };
  for (const k of Object.keys(facts)) if (facts[k] === undefined) delete facts[k];
  return facts as DerivationFacts;
}

/** Whether the question is asked: the row leaves it blank and it matters. */
export function isAsked(question: Question, known: Known): boolean {
  if (!isBlank(known.row(question.field))) return false;
  switch (question.field) {
    case 'sector':
      return known.standard.sectors[ANY_SECTOR] === undefined;
    case 'loan_outcome':
      return yesNo(known, 'loan_applied') === 'yes';
    case 'no_apply_reason':
      return yesNo(known, 'loan_applied') === 'no';
    default:
      break;
  }
  if (question.constraint) {
    const rule = DERIVATIONS.find((d) => d.constraint === question.field);
    if (rule && rule.derive(derivationFacts(known)) !== undefined) return false;
  }
  return true;
}

export function askedIn(step: StepId, known: Known): Question[] {
  return QUESTIONS.filter((x) => x.step === step && isAsked(x, known));
}

/** The steps that ask something, in order. */
export function stepsToAsk(known: Known): StepId[] {
  return STEPS.filter((s) => askedIn(s, known).length > 0);
}

/** Why a typed answer cannot be used, or null when it can (blank and "unknown" always can). */
export function answerProblem(question: Question, text: string): 'number' | 'share' | null {
  if (text.trim() === '' || text === 'unknown') return null;
  if (question.kind.type === 'number') return readNonNegative(text, question.field).kind === 'value' ? null : 'number';
  if (question.kind.type === 'share') return readShare(text, question.field).kind === 'value' ? null : 'share';
  return null;
}
