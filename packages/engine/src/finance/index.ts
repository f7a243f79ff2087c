// Filled in by the finance work (see docs and the issue); exported from src/index.ts.
export {};
