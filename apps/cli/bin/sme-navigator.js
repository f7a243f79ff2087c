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
// Anything the command did not foresee still ends in one line, not a stack trace (set
// SME_NAVIGATOR_DEBUG=1 to see the trace); exit 70 says it is the tool's fault, not the input's.
const lastResort = (e) => {
  if (process.env.SME_NAVIGATOR_DEBUG) console.error(e);
  process.stderr.write(`sme-navigator: unexpected error: ${e?.message ?? e}; please report it, with the command you ran\n`);
  process.exit(70);
};
process.on('uncaughtException', lastResort);
process.on('unhandledRejection', lastResort);
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
