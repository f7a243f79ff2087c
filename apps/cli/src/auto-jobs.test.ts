import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { autoJobs } from './rate-command.js';

describe('autoJobs', () => {
  const MB = 2 ** 20;
  it('keeps a CSV under 32 MB in the main thread', () => {
    expect(autoJobs('csv', 32 * MB - 1)).toBe(1);
  });
  it('gives a CSV of 32 MB or more a thread per core, at most 8', () => {
    expect(autoJobs('csv', 32 * MB)).toBe(Math.min(availableParallelism(), 8));
  });
  it('keeps a workbook in the main thread however large (exceljs is the slow part there)', () => {
    expect(autoJobs('xlsx', 500 * MB)).toBe(1);
  });
});
