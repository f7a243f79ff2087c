/**
 * The built task pane and playground (dist/): budget, what each page may load, and that exceljs
 * stays out of the task pane. `npm test` (turbo) builds first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../tools/addin-config.mjs';
import { TASKPANE_GZIP_BUDGETS } from '../tools/taskpane.mjs';
import { distFile, readDist } from './support/built.js';

const csp = (html: string) => /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';

describe('the task pane bundle', () => {
  const code = readDist('taskpane.js');

  it(`is within its gzip budget (${TASKPANE_GZIP_BUDGETS['taskpane.js'] / 1000} kB)`, () => {
    const gzip = gzipSync(Buffer.from(code), { level: 9 }).length;
    console.log(`[build] taskpane.js ${(code.length / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGETS['taskpane.js']);
  });

  it('does not contain exceljs (only the playground loads it)', () => {
    expect(code).not.toMatch(/ExcelJS|exceljs/);
    expect(readDist('taskpane.html')).not.toContain('exceljs');
    expect(readDist('playground.html')).toMatch(/<script[^>]*src="?exceljs\.min\.js[\s\S]*<script[^>]*src="?playground\.js/);
    expect(readDist('exceljs.min.js')).toMatch(/ExcelJS/);
  });

  it('makes no request of its own: no fetch, XMLHttpRequest, WebSocket or beacon', () => {
    for (const api of ['fetch(', 'XMLHttpRequest', 'new WebSocket', 'sendBeacon']) expect(code, api).not.toContain(api);
  });
});

describe('the pages', () => {
  it('task pane: a CSP allowing its own origin, and Office.js from Microsoft’s CDN for scripts only', () => {
    const html = readDist('taskpane.html');
    const policy = csp(html);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).not.toContain('unsafe-eval');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(html).toMatch(/<script[^>]*src="?taskpane\.js/);
  });

  it('playground: its own origin only, and the sample workbook beside it', () => {
    const html = readDist('playground.html');
    const policy = csp(html);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(html).not.toContain('appsforoffice');
    expect(html).toMatch(/<script[^>]*src="?playground\.js/);
    expect(distFile('firms.xlsx')).toBeTruthy();
  });
});

describe('the sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));

  it('render cell text as text: no HTML injection, no Office.js outside the gateway', () => {
    const sources = [...files(path.join(PACKAGE_ROOT, 'src/taskpane')), ...files(path.join(PACKAGE_ROOT, 'src/playground'))].filter((f) => /\.tsx?$/.test(f));
    for (const file of sources) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/);
      const gatewayOrEntry = file.includes(`${path.sep}gateway${path.sep}`) || file.endsWith(`taskpane${path.sep}index.tsx`);
      if (!gatewayOrEntry) expect(code, `${file} calls Office.js`).not.toMatch(/\b(Excel\.run|Office\.context)\b/);
    }
  });
});
