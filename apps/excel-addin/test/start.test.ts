/**
 * `npm start` on a machine without the Office developer CA (a fresh HOME): it must not hang or ask
 * anything, but serve the playground over plain http on localhost and say why.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../tools/addin-config.mjs';

const home = mkdtempSync(path.join(tmpdir(), 'sme-start-home-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.pid !== undefined && child.exitCode === null) child.kill('SIGTERM');
  rmSync(home, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm start without a trusted developer certificate', () => {
  it('serves the playground over http on localhost, and says what Excel needs', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['tools/start.mjs'], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, HOME: home, USERPROFILE: home, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('Press Ctrl+C to stop.') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(output).toContain(`Playground (the task pane beside examples/firms.xlsx, no Excel needed): http://localhost:${port}/playground.html`);
    expect(output).toContain('Served over plain http: no developer certificates in');
    expect(output).toContain('run `npm run certs` in apps/excel-addin once');
    expect(output).not.toContain('OVER BUDGET');
    for (const file of ['playground.html', 'playground.js', 'exceljs.min.js', 'firms.xlsx', 'taskpane.html', 'manifest.xml']) {
      const response = await fetch(`http://localhost:${port}/${file}`);
      expect(response.status, file).toBe(200);
    }
  }, 180_000);
});
