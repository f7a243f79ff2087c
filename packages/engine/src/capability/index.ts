// Filled in by the capability work (see docs and the issue); exported from src/index.ts.
export {};
