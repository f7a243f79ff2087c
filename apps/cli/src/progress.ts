import cliProgress from 'cli-progress';
import type { Language } from '@sme-navigator/engine';
import { stringsFor } from './strings/index.js';

/** Rows done so far, and the share of the input read when it is known (CSV: bytes read of the file). */
export interface Progress {
  update(rows: number, fraction?: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr when, and only when, stderr is a terminal: a pipe or a log file gets only
 * the summary. Rows, rows per second and, when the input's size is known, the percentage and ETA.
 */
export function progressOn(stream: NodeJS.WritableStream & { isTTY?: boolean }, lang: Language = 'en'): Progress {
  if (!stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: stringsFor(lang).progressBar,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(1000, 0, { rows: 0, speed: 0 });
  return {
    update(rows, fraction) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(fraction === undefined ? 0 : Math.round(fraction * 1000), { rows, speed: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
