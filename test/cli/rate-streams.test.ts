import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../apps/cli/bin/sme-navigator.js', import.meta.url));
const firms = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `Firm ${from + i},industry,${10 + ((from + i) % 400)},500,800\n`).join('');

/** Starts `rate` on a new named pipe called `name`; the caller writes the file into the pipe. */
function rateFromPipe(name: string) {
  const input = join(mkdtempSync(join(tmpdir(), 'sme-stream-')), name);
  execFileSync('mkfifo', [input]);
  const child = spawn(process.execPath, [BIN, 'rate', input], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
  const seen = { out: '', err: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (seen.out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (seen.err += d));
  return { input, child, seen };
}

describe('sme-navigator rate streams', () => {
  it('writes rated rows while the input is still arriving (a named pipe, held open halfway)', async () => {
    const { input, child, seen } = rateFromPipe('register.csv');
    const writer = createWriteStream(input);
    writer.write(`firm,sector,employees,revenue,assets\n${firms(1, 1001)}`);
    // The first thousand firms must come out rated before the rest of the file is even written.
    const deadline = Date.now() + 30_000;
    while (!seen.out.includes('Firm 500,') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(seen.out).toContain('Firm 1,industry,11,500,800,micro,micro: not small: 11 < 20 persons,');
    expect(seen.out).not.toContain('Firm 1001,');
    writer.end(firms(1001, 2001));
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    const lines = seen.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2001);
    expect(lines[2000]).toMatch(/^Firm 2000,industry,/);
  });

  it('reads a workbook from a named pipe too', async () => {
    const { input, child, seen } = rateFromPipe('register.xlsx');
    createReadStream(join(ROOT, 'examples/firms.xlsx')).pipe(createWriteStream(input));
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(seen.err.split('\n')[0]).toBe('sme-navigator: rated 50 of 50 firms under prc-2017; 10 with warnings');
  });
});
