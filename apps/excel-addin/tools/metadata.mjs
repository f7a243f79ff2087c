// functions.json: generating it (as the webpack plugin does), translating it, and hashing it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FUNCTION_SOURCES, PACKAGE_ROOT, ZH_CN_TABLE } from './addin-config.mjs';

/**
 * @typedef {{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }} MetadataParameter
 * @typedef {{ id: string; name: string; description?: string; parameters: MetadataParameter[]; result?: object; options?: object }} MetadataFunction
 * @typedef {{ functions: MetadataFunction[]; allowCustomDataForDataTypeAny?: boolean }} Metadata
 * @typedef {{ name: string; description: string }} Translation
 * @typedef {{ parameters?: Record<string, Translation>; functions: Record<string, Translation & { parameters?: Record<string, Translation> }> }} TranslationTable
 */

// The generator the metadata plugin uses, resolved through the plugin so both are the same copy.
const requireFromPlugin = createRequire(createRequire(import.meta.url).resolve('custom-functions-metadata-plugin'));
/** @type {{ generateCustomFunctionsMetadata(input: string[], wantConsoleOutput?: boolean): Promise<{ metadataJson: string; errors: string[] }> }} */
const generator = requireFromPlugin('custom-functions-metadata');

/**
 * functions.json exactly as the build emits it, generated from the sources' JSDoc.
 * @param {string} [root]
 * @returns {Promise<string>}
 */
export async function generateMetadata(root = PACKAGE_ROOT) {
  const result = await generator.generateCustomFunctionsMetadata(FUNCTION_SOURCES.map((f) => path.resolve(root, f)), false);
  if (result.errors.length > 0) throw new Error(`functions.json could not be generated:\n${result.errors.join('\n')}`);
  return result.metadataJson;
}

/**
 * @param {string} [root]
 * @returns {TranslationTable}
 */
export function readTranslationTable(root = PACKAGE_ROOT) {
  return JSON.parse(readFileSync(path.resolve(root, ZH_CN_TABLE), 'utf8'));
}

// Function names: a letter first, then letters, digits, '.' or '_', at least three in all (Excel's rule).
const NAME = /^\p{L}[\p{L}\p{N}._]{2,}$/u;

/**
 * functions.json with names and descriptions replaced from the table; same ids, same order.
 * `problems` lists every function or parameter without a translation, and every table entry that
 * names no function (a stale translation); the build and the tests fail when it is not empty.
 * @param {string} metadataJson
 * @param {TranslationTable} table
 * @returns {{ json: string; problems: string[] }}
 */
export function localizeMetadata(metadataJson, table) {
  /** @type {Metadata} */
  const metadata = JSON.parse(metadataJson);
  /** @type {string[]} */
  const problems = [];
  const shared = table.parameters ?? {};
  const seen = new Set();
  for (const fn of metadata.functions) {
    seen.add(fn.id);
    const t = table.functions[fn.id];
    if (t === undefined) {
      problems.push(`${fn.id}: no translation (add functions.${fn.id} with name and description to ${ZH_CN_TABLE})`);
      continue;
    }
    if (!t.name || !t.description) problems.push(`${fn.id}: the translation needs both a name and a description`);
    else if (!NAME.test(t.name)) problems.push(`${fn.id}: '${t.name}' is not a valid function name (a letter, then letters, digits, '.' or '_'; at least 3 characters)`);
    fn.name = t.name;
    fn.description = t.description;
    const names = new Set();
    for (const p of fn.parameters) {
      const tp = t.parameters?.[p.name] ?? shared[p.name];
      if (tp === undefined || !tp.name || !tp.description) {
        problems.push(`${fn.id}.${p.name}: no translation (add it under parameters or functions.${fn.id}.parameters in ${ZH_CN_TABLE})`);
        continue;
      }
      if (names.has(tp.name)) problems.push(`${fn.id}.${p.name}: the Chinese name '${tp.name}' is used twice in this function`);
      names.add(tp.name);
      p.name = tp.name;
      p.description = tp.description;
    }
  }
  for (const id of Object.keys(table.functions)) {
    if (!seen.has(id)) problems.push(`${id}: translated in ${ZH_CN_TABLE} but there is no such function`);
  }
  return { json: JSON.stringify(metadata, null, 4), problems };
}

/**
 * @param {string} text
 * @returns {string}
 */
export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
