// Facts about the add-in shared by webpack.config.js, the build scripts and the tests.
import { fileURLToPath } from 'node:url';

/** The add-in package's root folder (apps/excel-addin), with a trailing separator. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The engine's TypeScript source: the bundle (and the tests) compile it, see webpack.config.js. */
export const ENGINE_SOURCE = fileURLToPath(new URL('../../../packages/engine/src/index.ts', import.meta.url));

/** Every URL in the committed manifest starts with this; ADDIN_BASE_URL replaces it in dist/manifest.xml. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/** Files whose JSDoc custom-functions-metadata-plugin reads into functions.json (relative to PACKAGE_ROOT). */
export const FUNCTION_SOURCES = ['src/functions/functions.ts'];

/** The Simplified Chinese translation table (relative to PACKAGE_ROOT). */
export const ZH_CN_TABLE = 'src/functions/i18n/zh-cn.json';

/** Gzip budgets in bytes (1 kB = 1000 B) for the production bundles; the build fails over budget. */
export const GZIP_BUDGETS = { 'functions.js': 60_000 };

/** Icon sizes in pixels, emitted as assets/icon-<size>.png. */
export const ICON_SIZES = [16, 32, 64, 80];

/** The file recording which functions.json goes with which manifest <Version> (relative to PACKAGE_ROOT). */
export const METADATA_LOCK = 'functions-metadata.lock.json';

/**
 * The deployment base URL: https, with a trailing slash added when missing.
 * @param {string | undefined} raw ADDIN_BASE_URL as set in the environment
 * @returns {string}
 */
export function resolveBaseUrl(raw) {
  if (raw === undefined || raw.trim() === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: '${raw}'. Give the https address the add-in is served from, e.g. https://addins.example.com/sme/`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins over https only), got '${raw}'`);
  if (url.search !== '' || url.hash !== '') throw new Error(`ADDIN_BASE_URL must be a folder address without ?query or #fragment, got '${raw}'`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
