import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['golden/**/*.test.ts', 'e2e/**/*.test.ts', 'cli/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
