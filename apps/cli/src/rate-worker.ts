import { parentPort, workerData } from 'node:worker_threads';
import type { RatePlan } from './rate-plan.js';
import { batchRater, type BatchOutput } from './row-rater.js';
import { pieceText, QuoteNotClosed } from './table/parse-csv-piece.js';
import type { WorkItem } from './rate-pool.js';

/**
 * A worker thread of `rate --jobs N`: rates what the main thread hands it, by the main thread's
 * plan. A CSV input comes as pieces of the file cut at record ends (parsed here, so that parsing is
 * shared out too; row numbers are then counted from the piece's start); an .xlsx input as rows.
 */
const { plan, output } = workerData as { plan: RatePlan; output: BatchOutput };
const rater = batchRater(plan, output);

parentPort!.on('message', ({ id, item }: { id: number; item: WorkItem }) => {
  try {
    parentPort!.postMessage({ id, result: 'piece' in item ? rater.piece(pieceText(item.piece), item.delimiter) : rater.rows(item.batch) });
  } catch (e) {
    // A piece that is not CSV: the main thread reads the file again to say where, as a single reader would.
    if (e instanceof QuoteNotClosed) parentPort!.postMessage({ id, notCsv: e.message });
    else parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
