// Bundles the engine into dependency-free files for warehouse UDFs, and fills the Snowflake template
// with them (Snowflake cannot load a library file; BigQuery loads one from Cloud Storage).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const out = new URL('./dist/', import.meta.url);
mkdirSync(out, { recursive: true });

// The warehouse functions answer in English (their results are data for SQL, not a user's screen),
// so the Chinese catalogue stays out of the bundles: a third of their size, and Snowflake asks for
// bodies near 100 KB.
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /\/zh-cn\/index\.js$/ }, (args) => ({ path: args.path, namespace: 'english-only' }));
    build.onLoad({ filter: /.*/, namespace: 'english-only' }, () => ({ contents: 'export const zhCN = {};', loader: 'js' }));
  },
};

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
    plugins: [englishOnly],
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
