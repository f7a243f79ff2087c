/** The build's guards fail the build: a bundle over its gzip budget, a function without a Chinese translation. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { afterAll, describe, expect, it } from 'vitest';
import { GzipBudgetPlugin, LocalizedMetadataPlugin } from '../tools/plugins.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'sme-plugins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'entry.js'), `console.log(${JSON.stringify('x'.repeat(2000))});\n`);

/** Emits a functions.json, as the metadata plugin does. */
class FakeMetadata {
  constructor(private readonly json: unknown) {}
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.thisCompilation.tap('FakeMetadata', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FakeMetadata', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1 }, () => {
        compilation.emitAsset('functions.json', new webpack.sources.RawSource(JSON.stringify(this.json)));
      });
    });
  }
}

function compile(plugins: webpack.WebpackPluginInstance[]): Promise<{ errors: string[]; assets: string[] }> {
  const compiler = webpack({ mode: 'production', context: dir, entry: './entry.js', output: { path: path.join(dir, 'out') }, plugins });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      if (err || !stats) return reject(err ?? new Error('no stats'));
      const errors = stats.compilation.errors.map((e) => e.message);
      const assets = Object.keys(stats.compilation.assets);
      compiler.close(() => resolve({ errors, assets }));
    });
  });
}

describe('build guards', () => {
  it('fails the build when a bundle is over its gzip budget', async () => {
    const { errors } = await compile([new GzipBudgetPlugin({ budgets: { 'main.js': 20 }, enforce: true })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^main\.js is [\d.]+ kB gzipped, over its budget of 0\.0 kB \(tools\/addin-config\.mjs GZIP_BUDGETS\)$/);
  });

  it('passes a bundle within budget', async () => {
    expect((await compile([new GzipBudgetPlugin({ budgets: { 'main.js': 60_000 }, enforce: true })])).errors).toEqual([]);
  });

  it('fails the build when a function has no Chinese translation', async () => {
    const table = path.join(dir, 'zh-cn.json');
    writeFileSync(table, JSON.stringify({ functions: { SIZE: { name: '企业规模', description: '规模' } } }));
    const metadata = { functions: [{ id: 'SIZE', name: 'SIZE', parameters: [] }, { id: 'VCFIT', name: 'VCFIT', parameters: [] }] };
    const { errors, assets } = await compile([new FakeMetadata(metadata), new LocalizedMetadataPlugin({ table })]);
    expect(errors).toEqual([
      `Simplified Chinese function metadata is incomplete:\n  VCFIT: no translation (add functions.VCFIT with name and description to src/functions/i18n/zh-cn.json)`,
    ]);
    expect(assets).toContain('functions-zh-cn.json');
  });
});
