import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The same engine the bundle is built from: its TypeScript source (see webpack.config.js).
    alias: { '@sme-navigator/engine': fileURLToPath(new URL('../../packages/engine/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 60_000,
  },
});
