// Bundles the engine into dependency-free files for warehouse UDFs, and fills the Snowflake template
// with them (Snowflake cannot load a library file; BigQuery loads one from Cloud Storage).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const out = new URL('./dist/', import.meta.url);
mkdirSync(out, { recursive: true });

async function bundle(entry, globalName) {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    target: 'es2018',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const code = result.outputFiles[0].text;
  if (code.includes('$$')) throw new Error(`${entry}: the bundle contains "$$", which would end a Snowflake $$-quoted body`);
  return code;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bundles = {
  'sme-navigator-udf.js': await bundle('./src/udf.ts', 'smeNavigator'),
  'sme-navigator-size-udf.js': await bundle('./src/size-udf.ts', 'smeNavigatorSize'),
};
for (const [name, code] of Object.entries(bundles)) {
  writeFileSync(new URL(name, out), code);
  console.log(`${name}: ${kb(code.length)} (${kb(gzipSync(code).length)} gzip)`);
}

const template = readFileSync(new URL('../../deploy/snowflake/create-functions.sql', import.meta.url), 'utf8');
let sql = template;
for (const [marker, name] of [
  ['/*@@SME_NAVIGATOR_BUNDLE@@*/', 'sme-navigator-udf.js'],
  ['/*@@SME_NAVIGATOR_SIZE_BUNDLE@@*/', 'sme-navigator-size-udf.js'],
]) {
  if (!sql.includes(marker)) throw new Error(`deploy/snowflake/create-functions.sql lacks the marker ${marker}`);
  sql = sql.split(marker).join(bundles[name]);
}
writeFileSync(new URL('snowflake.sql', out), sql);
