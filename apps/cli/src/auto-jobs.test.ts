import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { autoJobs } from './rate-command.js';

describe('autoJobs', () => {
  const MB = 2 ** 20;
  it('keeps a CSV under 16 MB and a workbook under 4 MB in the main thread', () => {
    expect(autoJobs('csv', 16 * MB - 1)).toBe(1);
    expect(autoJobs('xlsx', 4 * MB - 1)).toBe(1);
  });
  it('gives larger ones a thread per core, at most 8', () => {
    expect(autoJobs('csv', 16 * MB)).toBe(Math.min(availableParallelism(), 8));
    expect(autoJobs('xlsx', 4 * MB)).toBe(Math.min(availableParallelism(), 8));
  });
});
