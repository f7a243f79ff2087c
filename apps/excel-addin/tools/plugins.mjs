// Webpack plugins for the add-in's generated files. Each runs on the main compilation only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { ICON_SIZES, PACKAGE_ROOT, ZH_CN_TABLE } from './addin-config.mjs';
import { iconPng } from './icons.mjs';
import { rebaseManifest } from './manifest.mjs';
import { localizeMetadata } from './metadata.mjs';

const { Compilation, WebpackError, sources } = webpack;

/** @typedef {import('webpack').Compiler} Compiler */
/** @typedef {import('webpack').Compilation} WebpackCompilation */

/**
 * Runs `fn` when the main compilation adds its own assets.
 * @param {Compiler} compiler
 * @param {string} name
 * @param {number} stage
 * @param {(compilation: WebpackCompilation) => void} fn
 */
function atStage(compiler, name, stage, fn) {
  compiler.hooks.thisCompilation.tap(name, (compilation) => {
    compilation.hooks.processAssets.tap({ name, stage }, () => fn(compilation));
  });
}

/**
 * @param {WebpackCompilation} compilation
 * @param {string} message
 */
function fail(compilation, message) {
  compilation.errors.push(new WebpackError(message));
}

/** assets/icon-16.png, -32, -64, -80, drawn by tools/icons.mjs. */
export class IconsPlugin {
  /** @param {Compiler} compiler */
  apply(compiler) {
    atStage(compiler, 'IconsPlugin', Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL, (compilation) => {
      for (const size of ICON_SIZES) compilation.emitAsset(`assets/icon-${size}.png`, new sources.RawSource(iconPng(size)));
    });
  }
}

/** dist/manifest.xml: the committed manifest with every URL moved to the deployment base. */
export class ManifestPlugin {
  /** @param {{ baseUrl: string }} options */
  constructor(options) {
    this.baseUrl = options.baseUrl;
  }

  /** @param {Compiler} compiler */
  apply(compiler) {
    atStage(compiler, 'ManifestPlugin', Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL, (compilation) => {
      const file = path.resolve(PACKAGE_ROOT, 'manifest.xml');
      compilation.fileDependencies.add(file);
      try {
        compilation.emitAsset('manifest.xml', new sources.RawSource(rebaseManifest(readFileSync(file, 'utf8'), this.baseUrl)));
      } catch (e) {
        fail(compilation, e instanceof Error ? e.message : String(e));
      }
    });
  }
}

/** functions-zh-cn.json from functions.json and the translation table; a missing translation fails the build. */
export class LocalizedMetadataPlugin {
  /** @param {{ table?: string }} [options] the translation table's path (default: tools/addin-config.mjs ZH_CN_TABLE) */
  constructor(options = {}) {
    this.table = path.resolve(PACKAGE_ROOT, options.table ?? ZH_CN_TABLE);
  }

  /** @param {Compiler} compiler */
  apply(compiler) {
    atStage(compiler, 'LocalizedMetadataPlugin', Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL, (compilation) => {
      const source = compilation.getAsset('functions.json');
      if (source === undefined) return; // the metadata plugin has reported why
      const file = this.table;
      compilation.fileDependencies.add(file);
      const { json, problems } = localizeMetadata(source.source.source().toString(), JSON.parse(readFileSync(file, 'utf8')));
      if (problems.length > 0) fail(compilation, `Simplified Chinese function metadata is incomplete:\n  ${problems.join('\n  ')}`);
      compilation.emitAsset('functions-zh-cn.json', new sources.RawSource(json));
    });
  }
}

/**
 * @param {unknown} text
 * @returns {string}
 */
const escapeHtml = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** help.html (the manifest's SupportUrl): every function with its arguments, from functions.json. */
export class HelpPagePlugin {
  /** @param {{ namespace: string }} options */
  constructor(options) {
    this.namespace = options.namespace;
  }

  /** @param {Compiler} compiler */
  apply(compiler) {
    atStage(compiler, 'HelpPagePlugin', Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL, (compilation) => {
      const source = compilation.getAsset('functions.json');
      if (source === undefined) return;
      /** @type {import('./metadata.mjs').Metadata} */
      const metadata = JSON.parse(source.source.source().toString());
      const sections = metadata.functions.map((f) => {
        const signature = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
        const rows = f.parameters.map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.description)}</td></tr>`).join('\n');
        return `<section>
<h2><code>=${escapeHtml(this.namespace)}.${escapeHtml(f.name)}(${escapeHtml(signature)})</code></h2>
<p>${escapeHtml(f.description)}</p>
${rows ? `<table>\n${rows}\n</table>` : ''}
</section>`;
      });
      const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SME Navigator for Excel: functions</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}td{vertical-align:top;padding:.25rem .5rem}code{white-space:nowrap}</style>
</head>
<body>
<h1>SME Navigator for Excel</h1>
<p>Every argument takes one cell or a range. Give ranges of the same height (whole columns work: blank rows stay blank) and each row is rated, in a spilled column. Errors say what to fix: hover over the cell's error flag.</p>
${sections.join('\n')}
</body>
</html>
`;
      compilation.emitAsset('help.html', new sources.RawSource(html));
    });
  }
}

/** Prints the gzip size of each JavaScript bundle and fails the build when one is over its budget. */
export class GzipBudgetPlugin {
  /** @param {{ budgets: Record<string, number>; enforce: boolean }} options */
  constructor(options) {
    this.budgets = options.budgets;
    this.enforce = options.enforce;
  }

  /** @param {Compiler} compiler */
  apply(compiler) {
    atStage(compiler, 'GzipBudgetPlugin', Compilation.PROCESS_ASSETS_STAGE_REPORT, (compilation) => {
      const lines = [];
      for (const asset of compilation.getAssets()) {
        if (!asset.name.endsWith('.js')) continue;
        const bytes = asset.source.buffer();
        const gzip = gzipSync(bytes, { level: 9 }).length;
        const budget = this.budgets[asset.name];
        const verdict = budget === undefined ? '' : gzip <= budget ? `  (budget ${kb(budget)})` : `  OVER BUDGET ${kb(budget)}`;
        lines.push(`  ${asset.name.padEnd(16)} ${kb(bytes.length).padStart(9)} raw ${kb(gzip).padStart(9)} gzip${verdict}`);
        if (budget !== undefined && gzip > budget && this.enforce) {
          fail(compilation, `${asset.name} is ${kb(gzip)} gzipped, over its budget of ${kb(budget)} (tools/addin-config.mjs GZIP_BUDGETS)`);
        }
      }
      console.log(`Bundle sizes:\n${lines.join('\n')}`);
    });
  }
}

/**
 * @param {number} bytes
 * @returns {string}
 */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
