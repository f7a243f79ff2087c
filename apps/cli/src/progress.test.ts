import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

/** A stream that records what was written; `isTTY` says whether it plays a terminal. */
function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number; cursorTo?: unknown; clearLine?: unknown; moveCursor?: unknown };
  if (isTTY) {
    stream.isTTY = true;
    stream.columns = 120;
    // cli-progress moves the cursor with these on a terminal.
    stream.cursorTo = (_x: number, _y?: number, cb?: () => void) => (cb?.(), true);
    stream.clearLine = (_d: number, cb?: () => void) => (cb?.(), true);
    stream.moveCursor = (_dx: number, _dy: number, cb?: () => void) => (cb?.(), true);
  }
  return { stream, text: () => chunks.join('') };
}

function register(rows: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sme-progress-')), 'firms.csv');
  const lines = ['firm,sector,employees,revenue'];
  for (let i = 0; i < rows; i++) lines.push(`F${i},industry,${i % 900},${i % 5000}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('progress on stderr', () => {
  const input = register(10_000);

  it('draws a bar with rows and rows per second when stderr is a terminal', async () => {
    const err = capture(true);
    const code = await main(['rate', input], { stdout: new PassThrough().resume(), stderr: err.stream });
    expect(code).toBe(0);
    expect(err.text()).toMatch(/rating \[[░█]+\] \d+% \| \d+ rows \| \d+ rows\/s \| ETA/);
    expect(err.text()).toMatch(/sme-navigator: rated 10000 of 10000 firms under prc-2017\n$/);
  });

  it('is silent in a pipe: only the summary', async () => {
    const err = capture(false);
    const code = await main(['rate', input], { stdout: new PassThrough().resume(), stderr: err.stream });
    expect(code).toBe(0);
    expect(err.text()).toBe('sme-navigator: rated 10000 of 10000 firms under prc-2017\n');
  });
});
