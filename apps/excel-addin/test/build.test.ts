/**
 * The build's outputs (dist/), as Excel will load them. `npm test` runs after `npm run build`
 * (turbo: test dependsOn build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_BASE_URL, GZIP_BUDGETS, ICON_SIZES, PACKAGE_ROOT } from '../tools/addin-config.mjs';
import { crc32 } from '../tools/icons.mjs';
import { manifestUrls, readManifest } from '../tools/manifest.mjs';
import { generateMetadata, type Metadata } from '../tools/metadata.mjs';
import { distFile, readDist } from './support/built.js';
import { loadBundle } from './support/custom-functions.js';

const OUTPUTS = [
  'functions.js',
  'functions.html',
  'functions.json',
  'functions-zh-cn.json',
  'taskpane.html',
  'help.html',
  'manifest.xml',
  ...ICON_SIZES.map((s) => `assets/icon-${s}.png`),
];

describe('npm run build', () => {
  it('writes every output', () => {
    for (const file of OUTPUTS) expect(existsSync(path.join(PACKAGE_ROOT, 'dist', file)), `dist/${file}`).toBe(true);
  });

  it('emits functions.json as generated from the JSDoc (what the manifest lock hashes)', async () => {
    expect(readDist('functions.json')).toBe(await generateMetadata());
  });

  it('associates a function with every id in functions.json, and nothing else', () => {
    const metadata = JSON.parse(readDist('functions.json')) as Metadata;
    expect([...loadBundle(distFile('functions.js')).keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it('declares no volatile, streaming or address-hungry function', () => {
    const metadata = JSON.parse(readDist('functions.json')) as Metadata;
    for (const f of metadata.functions) expect(f.options, f.id).toBeUndefined();
  });

  it('loads Excel\'s custom-functions runtime before functions.js', () => {
    const html = readDist('functions.html');
    const runtime = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js');
    expect(runtime).toBeGreaterThan(-1);
    expect(html.indexOf('functions.js', runtime + 60)).toBeGreaterThan(runtime);
  });

  it('loads the task pane from its own bundle, not the functions', () => {
    const html = readDist('taskpane.html');
    expect(html).toContain('taskpane.js');
    expect(html).not.toContain('functions.js');
  });

  it('writes a help page listing every function', () => {
    const html = readDist('help.html');
    for (const f of (JSON.parse(readDist('functions.json')) as Metadata).functions) expect(html).toContain(`=SME.${f.name}(`);
    expect(html).toContain('=SME.SIZE(sector, employees, revenue, assets, [standard], [unit])');
  });

  it('writes dist/manifest.xml: the committed manifest, its URLs under one base', () => {
    const built = readDist('manifest.xml');
    const base = /<IconUrl DefaultValue="(.*)assets\/icon-32.png"/.exec(built)?.[1];
    expect(base).toBeDefined();
    expect(manifestUrls(built).every((u) => u.startsWith(base!))).toBe(true);
    expect(built.split(base!).join(DEV_BASE_URL)).toBe(readManifest());
  });
});

describe('functions.js runs in Excel\'s custom-functions runtime', () => {
  const code = readDist('functions.js');

  it(`is within its gzip budget (${GZIP_BUDGETS['functions.js'] / 1000} kB)`, () => {
    expect(gzipSync(Buffer.from(code), { level: 9 }).length).toBeLessThanOrEqual(GZIP_BUDGETS['functions.js']);
  });

  it('is ECMAScript 2016 (the JavaScript-only runtime\'s level)', () => {
    // acorn is webpack's own parser; reached through webpack, a dependency of this package.
    const acorn = createRequire(createRequire(import.meta.url).resolve('webpack'))('acorn') as {
      parse(code: string, options: { ecmaVersion: number; sourceType: string }): unknown;
    };
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('calls no built-in newer than ES2016 that src/functions/polyfills.ts does not supply', () => {
    const newer = [
      'padStart', 'padEnd', 'getOwnPropertyDescriptors', 'trimStart', 'trimEnd', 'matchAll', 'replaceAll', 'findLast',
      'findLastIndex', 'hasOwn', 'toSorted', 'toReversed', 'toSpliced', 'allSettled', 'structuredClone', 'WeakRef', 'BigInt',
    ];
    const found = newer.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
    expect(found, 'add a polyfill to src/functions/polyfills.ts or avoid them').toEqual([]);
  });

  it('touches no DOM and no network', () => {
    for (const api of ['document.', 'window.', 'fetch(', 'XMLHttpRequest', 'WebSocket', 'localStorage']) expect(code, api).not.toContain(api);
  });
});

describe('icons', () => {
  it.each(ICON_SIZES)('assets/icon-%i.png is a valid PNG of that size', (size) => {
    const png = readFileSync(distFile(`assets/icon-${size}.png`));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const body = png.subarray(at + 4, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length), 'CRC').toBe(crc32(body));
      chunks.push({ type: body.subarray(0, 4).toString('ascii'), data: body.subarray(4) });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([size, size, 8, 6]);
    expect(inflateSync(chunks[1]!.data).length).toBe(size * (size * 4 + 1));
  });
});

describe('ADDIN_BASE_URL=https://host/path/ npm run build', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'sme-addin-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('moves every manifest URL to the base, and reports the bundle sizes', () => {
    const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
    const run = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', out], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, ADDIN_BASE_URL: 'https://addins.example.com/sme-navigator' },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toMatch(/functions\.js\s+[\d.]+ kB raw\s+[\d.]+ kB gzip/);
    const manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    const urls = manifestUrls(manifest);
    expect(urls.length).toBe(manifestUrls(readManifest()).length);
    for (const u of urls) expect(u.startsWith('https://addins.example.com/sme-navigator/'), u).toBe(true);
  });
});
