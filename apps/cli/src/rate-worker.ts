import { parentPort, workerData } from 'node:worker_threads';
import type { RatePlan } from './rate-plan.js';
import { batchRater, type BatchOutput } from './row-rater.js';
import { parseCsvPiece, pieceText } from './table/parse-csv-piece.js';
import type { WorkItem } from './rate-pool.js';

/**
 * A worker thread of `rate --jobs N`: rates what the main thread hands it, by the main thread's
 * plan. A CSV input comes as pieces of the file cut at record ends (parsed here, so that parsing is
 * shared out too; row numbers are then counted from the piece's start); an .xlsx input as rows.
 */
const { plan, output } = workerData as { plan: RatePlan; output: BatchOutput };
const rateBatch = batchRater(plan, output);

parentPort!.on('message', ({ id, item }: { id: number; item: WorkItem }) => {
  let cells: string[][];
  if ('piece' in item) {
    try {
      cells = parseCsvPiece(pieceText(item.piece), item.delimiter);
    } catch (e) {
      // The main thread reads the file again to say where, as a single reader would have.
      parentPort!.postMessage({ id, notCsv: (e as Error).message });
      return;
    }
  }
  try {
    const batch = 'piece' in item ? { numbers: cells!.map((_, i) => i + 1), cells: cells! } : item.batch;
    parentPort!.postMessage({ id, result: rateBatch(batch) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
