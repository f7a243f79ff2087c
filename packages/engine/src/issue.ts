/**
 * Reasons, warnings and errors are data first: a stable code and the values it speaks of.
 * Sentences are made from them by the message catalogue (see `messages/`), so a language can be
 * added without touching any rule.
 */
export type ParamValue = string | number | boolean | null | readonly ParamValue[] | { readonly [key: string]: ParamValue };
export type IssueParams = Readonly<Record<string, ParamValue>>;

export interface Issue {
  readonly code: string;
  /** The input field the issue is about (`employees`, `sector`, ...), when there is one. */
  readonly field?: string;
  readonly params: IssueParams;
}

export function issue(code: string, params: IssueParams = {}, field?: string): Issue {
  return field === undefined ? { code, params } : { code, field, params };
}

/** The empty list a result carries when its reasons were not asked for; frozen, as every result shares it. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Thrown only for programming errors and unusable configuration; bad firm data is returned, never thrown. */
export class EngineError extends Error {
  readonly issue: Issue;
  constructor(found: Issue, message: string) {
    super(message);
    this.name = 'EngineError';
    this.issue = found;
  }
}

/** What every rating returns when it cannot rate: the errors that stopped it, and any warnings on the way. */
export interface Failure {
  readonly ok: false;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly Issue[] };
