// Reading manifest.xml, and moving its URLs to a deployment base.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_BASE_URL, PACKAGE_ROOT } from './addin-config.mjs';

/**
 * @param {string} [root]
 * @returns {string}
 */
export function readManifest(root = PACKAGE_ROOT) {
  return readFileSync(path.resolve(root, 'manifest.xml'), 'utf8');
}

/**
 * The add-in's <Version>, e.g. 1.0.0.0.
 * @param {string} xml
 * @returns {string}
 */
export function manifestVersion(xml) {
  const found = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml);
  if (!found) throw new Error('manifest.xml has no <Version>');
  return /** @type {string} */ (found[1]);
}

/**
 * Every URL the manifest gives (DefaultValue and Override Value attributes).
 * @param {string} xml
 * @returns {string[]}
 */
export function manifestUrls(xml) {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * The manifest with every URL under the dev base moved to `baseUrl` (https, ending in '/').
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
export function rebaseManifest(xml, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return xml;
  const moved = xml.split(DEV_BASE_URL).join(baseUrl);
  const left = manifestUrls(moved).filter((u) => !u.startsWith(baseUrl));
  if (left.length > 0) throw new Error(`manifest.xml has URLs outside ${DEV_BASE_URL}, which ADDIN_BASE_URL cannot move: ${left.join(', ')}`);
  return moved;
}
