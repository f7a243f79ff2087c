import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Measured {
  seconds: number;
  /** Peak resident set size of the child process, in MB. */
  peakMb: number;
}

const REPORT_RSS = fileURLToPath(new URL('./report-rss.cjs', import.meta.url));

/** Runs `node ARGS` as a child and measures its wall time and peak RSS (via process.resourceUsage). */
export function measureNode(args: readonly string[], cwd: string): Promise<Measured> {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'sme-bench-')), 'rss');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', REPORT_RSS, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      resolve({ seconds, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
    });
  });
}

/** Best of n runs (the least disturbed by the rest of a shared machine). */
export async function bestOf(n: number, run: () => Promise<Measured>): Promise<Measured> {
  let best: Measured | undefined;
  for (let i = 0; i < n; i++) {
    const m = await run();
    if (!best || m.seconds < best.seconds) best = { seconds: m.seconds, peakMb: Math.max(m.peakMb, best?.peakMb ?? 0) };
  }
  return best!;
}
