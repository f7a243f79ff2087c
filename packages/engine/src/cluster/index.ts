// Filled in by the cluster work (see docs and the issue); exported from src/index.ts.
export {};
