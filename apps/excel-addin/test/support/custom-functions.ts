/**
 * A stand-in for Excel's `CustomFunctions` global in Node: the error class and codes the functions
 * use, and `associate`, which records what the built bundle registers (as Excel's runtime would).
 */
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';

export class CustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type Associated = Map<string, (...args: unknown[]) => unknown>;

const associated: Associated = new Map();

export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode,
    associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof idOrMap === 'string') associated.set(idOrMap, fn!);
      else for (const [id, f] of Object.entries(idOrMap)) associated.set(id, f);
    },
  };
}

/** Runs a built functions.js as Excel's runtime would, and returns what it associated, by id. */
export function loadBundle(file: string): Associated {
  installCustomFunctions();
  associated.clear();
  runInThisContext(readFileSync(file, 'utf8'), { filename: file });
  return new Map(associated);
}

/** Expected values, written the way a test reads best. */
export const VALUE = (message: string): CustomFunctionError => new CustomFunctionError(ErrorCode.invalidValue, message);
export const NA = (message: string): CustomFunctionError => new CustomFunctionError(ErrorCode.notAvailable, message);
