import type { ChoiceWords } from '../input/read-choice.js';

/**
 * World Bank Enterprise Surveys items behind the credit-constraint status (standards.md §7, after
 * Kuntchev, Ramalho, Rodríguez-Meza & Yang 2013, WB Policy Research Working Paper 6670).
 */

/** Ordinal, least constrained first. */
export const CREDIT_STATUSES = ['not-constrained', 'maybe-constrained', 'partially-constrained', 'fully-constrained'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

export const LOAN_OUTCOMES = ['approved', 'partly-approved', 'rejected', 'pending'] as const;
export type LoanOutcome = (typeof LOAN_OUTCOMES)[number];

export const LOAN_OUTCOME_WORDS: ChoiceWords<LoanOutcome> = {
  invalidCode: 'finance.outcome-invalid',
  allowed: ['approved', 'partly approved', 'rejected', 'pending'],
  words: {
    approved: 'approved', 'approved in full': 'approved', 'fully approved': 'approved', granted: 'approved',
    批准: 'approved', 已批准: 'approved', 获批: 'approved', 全额批准: 'approved', 全部批准: 'approved',
    'partly approved': 'partly-approved', 'partially approved': 'partly-approved', 'approved in part': 'partly-approved', partial: 'partly-approved',
    部分批准: 'partly-approved', 部分获批: 'partly-approved',
    rejected: 'rejected', refused: 'rejected', denied: 'rejected', declined: 'rejected',
    拒绝: 'rejected', 被拒: 'rejected', 被拒绝: 'rejected', 未获批: 'rejected', 未批准: 'rejected',
    pending: 'pending', 'in process': 'pending', 'in progress': 'pending', 'under review': 'pending',
    审批中: 'pending', 待定: 'pending', 待审批: 'pending', 处理中: 'pending',
  },
};

/** Survey item k17, main reason for not applying: 1 means no need; 2–7 mean the firm was discouraged. */
export const NO_APPLY_REASONS = [1, 2, 3, 4, 5, 6, 7] as const;
export type NoApplyReason = (typeof NO_APPLY_REASONS)[number];
export const NO_NEED_REASON: NoApplyReason = 1;

export const NO_APPLY_REASON_WORDS: ChoiceWords<NoApplyReason> = {
  invalidCode: 'finance.reason-invalid',
  allowed: ['1 no need', '2 complex procedures', '3 interest rates', '4 collateral', '5 loan size or maturity', '6 not expected to be approved', '7 other'],
  words: {
    '1': 1, 'no need': 1, 'no need for a loan': 1, 'sufficient capital': 1, 'enough capital': 1, 不需要: 1, 无需求: 1, 没有需要: 1, 资金充足: 1,
    '2': 2, 'complex procedures': 2, 'application procedures too complex': 2, 'complex application procedures': 2, 手续复杂: 2, 申请手续复杂: 2,
    '3': 3, 'interest rates': 3, 'unfavourable interest rates': 3, 'unfavorable interest rates': 3, 'interest rates too high': 3, 利率不利: 3, 利率太高: 3, 利率过高: 3,
    '4': 4, collateral: 4, 'collateral too high': 4, 'collateral requirements too high': 4, 抵押要求高: 4, 抵押要求太高: 4, 担保要求高: 4,
    '5': 5, 'loan size': 5, 'loan size or maturity insufficient': 5, 'size or maturity insufficient': 5, 'maturity insufficient': 5, 贷款规模或期限不足: 5, 额度或期限不足: 5,
    '6': 6, 'not approved': 6, 'would not be approved': 6, 'did not think it would be approved': 6, 认为不会获批: 6, 不会被批准: 6,
    '7': 7, other: 7, 其他: 7, 其它: 7,
  },
};
