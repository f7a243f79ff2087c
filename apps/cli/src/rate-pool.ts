import { Worker } from 'node:worker_threads';
import type { RatePlan } from './rate-plan.js';
import type { BatchOutput, RatedBatch, SourceBatch } from './row-rater.js';
import type { RecordDelimiter } from './table/csv-chunks.js';
import { QuoteNotClosed } from './table/parse-csv-piece.js';

/** Rows read in the main thread (.xlsx), or a piece of a CSV file cut at record ends, parsed by the thread. */
export type WorkItem = { readonly batch: SourceBatch } | { readonly piece: Uint8Array; readonly delimiter: RecordDelimiter };

interface Waiting {
  resolve(result: RatedBatch): void;
  reject(error: Error): void;
}

/** Rates batches on `jobs` worker threads; each batch goes to the least busy one. */
export interface RatePool {
  rate(item: WorkItem): Promise<RatedBatch>;
  close(): Promise<void>;
}

export function ratePool(jobs: number, plan: RatePlan, output: BatchOutput): RatePool {
  let next = 0;
  const threads = Array.from({ length: jobs }, () => {
    const worker = new Worker(new URL('./rate-worker.js', import.meta.url), { workerData: { plan, output } });
    const waiting = new Map<number, Waiting>();
    const failAll = (error: Error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    worker.on('message', (m: { id: number; result?: RatedBatch; error?: string; notCsv?: string }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.notCsv !== undefined) w?.reject(new QuoteNotClosed(m.notCsv));
      else if (m.error !== undefined) w?.reject(new Error(`a rating thread failed: ${m.error}`));
      else w?.resolve(m.result!);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a rating thread stopped (exit code ${code})`)));
    return { worker, waiting };
  });
  return {
    rate(item) {
      const thread = threads.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = next++;
      return new Promise<RatedBatch>((resolve, reject) => {
        thread.waiting.set(id, { resolve, reject });
        thread.worker.postMessage({ id, item });
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
