#!/usr/bin/env node
// Committed entry point, so npm can link the bin before the TypeScript is built.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/main.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('sme-navigator: not built yet; run `npm run build` (or `npm ci`, which builds) in the repository root\n');
  process.exit(2);
}
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
