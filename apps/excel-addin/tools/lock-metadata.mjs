// `npm run metadata:lock`: records the hash of functions.json (and of its Chinese version) for the
// manifest's current <Version>, in functions-metadata.lock.json.
//
// Excel caches custom-function metadata per add-in version, so a changed functions.json must ship
// with a new <Version>. This script refuses to record a changed hash under the version already
// recorded: bump <Version> in manifest.xml first. test/manifest.test.ts checks the lock.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { METADATA_LOCK, PACKAGE_ROOT } from './addin-config.mjs';
import { manifestVersion, readManifest } from './manifest.mjs';
import { generateMetadata, localizeMetadata, readTranslationTable, sha256 } from './metadata.mjs';

/**
 * @typedef {{ manifestVersion: string; sha256: Record<string, string>; note?: string }} MetadataLock
 */

/**
 * The hashes of the metadata the build would emit now.
 * @returns {Promise<Record<string, string>>}
 */
export async function currentHashes() {
  const json = await generateMetadata();
  const { json: zh, problems } = localizeMetadata(json, readTranslationTable());
  if (problems.length > 0) throw new Error(`Fix the translations first:\n  ${problems.join('\n  ')}`);
  return { 'functions.json': sha256(json), 'functions-zh-cn.json': sha256(zh) };
}

/** @returns {MetadataLock | undefined} */
export function readLock() {
  try {
    return JSON.parse(readFileSync(path.join(PACKAGE_ROOT, METADATA_LOCK), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * -1, 0 or 1 as version a is lower than, equal to or higher than b (1.2 = 1.2.0.0).
 * @param {string} a
 * @param {string} b
 */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

async function main() {
  const version = manifestVersion(readManifest());
  const hashes = await currentHashes();
  const lock = readLock();
  const same = lock !== undefined && Object.keys(hashes).every((k) => lock.sha256[k] === hashes[k]);
  if (lock && same && lock.manifestVersion === version) {
    console.log(`${METADATA_LOCK} is up to date (manifest Version ${version}).`);
    return;
  }
  if (lock && !same && lock.manifestVersion === version) {
    console.error(
      `functions.json changed, but manifest.xml still has <Version>${version}</Version>, recorded for the old metadata.\n` +
        'Excel caches custom-function metadata per add-in version: bump <Version> in manifest.xml (e.g. the third number), then run this again.',
    );
    process.exitCode = 1;
    return;
  }
  if (lock && compareVersions(version, lock.manifestVersion) < 0) {
    console.error(`manifest.xml <Version>${version}</Version> is lower than the recorded ${lock.manifestVersion}; versions only go up.`);
    process.exitCode = 1;
    return;
  }
  /** @type {MetadataLock} */
  const next = {
    manifestVersion: version,
    sha256: hashes,
    note: 'Written by `npm run metadata:lock`. Excel caches custom-function metadata per add-in version: when functions.json changes, bump <Version> in manifest.xml and run it again.',
  };
  writeFileSync(path.join(PACKAGE_ROOT, METADATA_LOCK), `${JSON.stringify(next, null, 2)}\n`);
  console.log(`Recorded the metadata of manifest Version ${version} in ${METADATA_LOCK}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PACKAGE_ROOT, 'tools/lock-metadata.mjs')) await main();
