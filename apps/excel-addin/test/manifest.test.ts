/**
 * manifest.xml: Microsoft's schema (offline, xmllint), and what the schema cannot check.
 * Schemas: /work/shared/schemas/office-addin-manifest (../shared from the repository root, in CI too).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_BASE_URL, PACKAGE_ROOT, resolveBaseUrl } from '../tools/addin-config.mjs';
import { compareVersions, currentHashes, readLock } from '../tools/lock-metadata.mjs';
import { manifestUrls, manifestVersion, readManifest, rebaseManifest } from '../tools/manifest.mjs';
import { NAMESPACE } from '../src/functions/sheet/define.js';
import { DIST, readDist } from './support/built.js';

const REPO_ROOT = path.resolve(PACKAGE_ROOT, '../..');
const SCHEMA = path.resolve(REPO_ROOT, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const xml = readManifest();
const scratch = mkdtempSync(path.join(tmpdir(), 'sme-manifest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** xmllint's verdict on a manifest: exit code 0 valid, 3 invalid, 5 the schema did not compile. */
function validate(text: string, name: string): { status: number | null; output: string } {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is not installed (${run.error.message}): apt-get update && apt-get install -y libxml2-utils`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('manifest.xml against Microsoft\'s schema (xmllint)', () => {
  it('finds the schemas', () => {
    expect(existsSync(SCHEMA), `${SCHEMA} is missing: the schemas live in ../shared beside the repository`).toBe(true);
  });

  it('validates', () => {
    const { status, output } = validate(xml, 'manifest.xml');
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it('rejects a broken manifest (so the check above means something)', () => {
    const broken = xml.replace(/<Permissions>[^<]*<\/Permissions>/, '<Permissions>EverythingPlease</Permissions>');
    expect(validate(broken, 'broken.xml').status).toBe(3);
  });

  it('validates with its URLs moved to a deployment base', () => {
    const { status, output } = validate(rebaseManifest(xml, resolveBaseUrl('https://addins.example.com/sme-navigator')), 'deployed.xml');
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });
});

describe('manifest.xml: what the schema cannot check', () => {
  it('defines every resid it uses, and uses every resource it defines', () => {
    const used = new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]));
    const defined = [...xml.matchAll(/<bt:(?:Url|String|Image)\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size, 'a resource id is defined twice').toBe(defined.length);
    expect([...used].filter((id) => !defined.includes(id)), 'resids without a resource').toEqual([]);
    expect(defined.filter((id) => !used.has(id)), 'resources nothing uses').toEqual([]);
  });

  it('serves every URL from one origin, the dev server, over https', () => {
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set([new URL(DEV_BASE_URL).origin]));
    for (const u of urls) expect(u.startsWith(DEV_BASE_URL), u).toBe(true);
  });

  it('points every URL at a file the build produces', () => {
    for (const u of manifestUrls(xml)) {
      const file = u.slice(DEV_BASE_URL.length);
      expect(existsSync(path.join(DIST, file)), `${u}: dist/${file} is not built`).toBe(true);
    }
  });

  it("uses the functions' namespace", () => {
    expect(/<bt:String id="Functions.Namespace" DefaultValue="([^"]+)"\/>/.exec(xml)?.[1]).toBe(NAMESPACE);
  });

  it('serves the Chinese function metadata to zh-CN', () => {
    expect(xml).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions-zh-cn.json"\/>/,
    );
  });

  it('is an Excel add-in without a shared runtime, as the functions need', () => {
    expect(xml).toContain('<Id>3e140ee8-a0d4-4c45-a3ff-980c12583af2</Id>'); // stable: Office identifies the add-in by it
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).not.toContain('<Runtimes>');
    expect(xml).not.toContain('SharedRuntime');
  });
});

describe('manifest <Version> moves with functions.json', () => {
  it('records the metadata hash for the current <Version>', async () => {
    const version = manifestVersion(xml);
    const lock = readLock();
    expect(lock, 'functions-metadata.lock.json is missing: run `npm run metadata:lock`').toBeDefined();
    const hashes = await currentHashes();
    const changed = Object.keys(hashes).filter((k) => lock!.sha256[k] !== hashes[k]);
    if (changed.length > 0 && lock!.manifestVersion === version) {
      expect.fail(
        `${changed.join(' and ')} changed since manifest Version ${version} was recorded. Excel caches custom-function ` +
          'metadata per add-in version, so users would keep the old function list: bump <Version> in manifest.xml, then run `npm run metadata:lock`.',
      );
    }
    expect(lock!.manifestVersion, `manifest.xml says <Version>${version}</Version> but the lock records ${lock!.manifestVersion}: run \`npm run metadata:lock\``).toBe(version);
    expect(changed, 'run `npm run metadata:lock` to record the new metadata').toEqual([]);
  });

  it('hashes what the build emits', async () => {
    const { sha256 } = await import('../tools/metadata.mjs');
    expect(sha256(readDist('functions.json'))).toBe(readLock()!.sha256['functions.json']);
    expect(sha256(readDist('functions-zh-cn.json'))).toBe(readLock()!.sha256['functions-zh-cn.json']);
  });

  it('compares versions part by part', () => {
    expect(compareVersions('1.0.10.0', '1.0.9.0')).toBe(1);
    expect(compareVersions('1.0', '1.0.0.0')).toBe(0);
    expect(compareVersions('1.0.0.0', '1.0.0.1')).toBe(-1);
  });
});

describe('ADDIN_BASE_URL', () => {
  it('defaults to the dev server and adds a missing trailing slash', () => {
    expect(resolveBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('')).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('https://host/path')).toBe('https://host/path/');
    expect(resolveBaseUrl('https://host/path/')).toBe('https://host/path/');
  });

  it('refuses what Office cannot load, saying why', () => {
    expect(() => resolveBaseUrl('http://host/path/')).toThrow("ADDIN_BASE_URL must be https (Office loads add-ins over https only), got 'http://host/path/'");
    expect(() => resolveBaseUrl('host/path')).toThrow("ADDIN_BASE_URL is not a URL: 'host/path'");
    expect(() => resolveBaseUrl('https://host/path/?v=2')).toThrow('without ?query or #fragment');
  });

  it('moves every URL and nothing else', () => {
    const moved = rebaseManifest(xml, 'https://addins.example.com/sme/');
    expect(moved).not.toContain('localhost');
    expect(manifestUrls(moved).every((u) => u.startsWith('https://addins.example.com/sme/'))).toBe(true);
    expect(moved.split('https://addins.example.com/sme/').join(DEV_BASE_URL)).toBe(xml);
  });
});
