// `npm start`: the add-in for Excel (https://localhost:3000, manifest.xml) and, at a URL it prints,
// the playground: the task pane beside a sheet view of examples/firms.xlsx, no Excel needed.
//
// Excel loads add-ins over https only, from a certificate the machine trusts: the Office add-in
// developer CA (`npm run certs` installs it, with an administrator password). Where it is not
// installed, cannot be checked within a few seconds, or `--http` is given, the same files are
// served over plain http on localhost, which browsers treat as a secure origin: the playground works,
// and the banner says what Excel needs. Nothing here waits for input, so it never hangs.
//
//   npm start                 port 3000 (PORT=3001 npm start for another)
//   npm start -- --http       plain http even where the CA is trusted
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig from '../webpack.config.js';
import { PLAYGROUND_PAGE } from './taskpane.mjs';

const CERT_DIR = path.join(homedir(), '.office-addin-dev-certs');
const CERTS = { ca: path.join(CERT_DIR, 'ca.crt'), cert: path.join(CERT_DIR, 'localhost.crt'), key: path.join(CERT_DIR, 'localhost.key') };
const VERIFY_TIMEOUT_MS = 15_000;

/**
 * Whether the Office developer CA is installed and trusted, asked in a child process with a time
 * limit and no terminal input, so that neither a slow check nor a prompt can stop the start.
 * @returns {{ trusted: boolean; why: string }}
 */
export function checkDevCertificates() {
  if (!Object.values(CERTS).every((f) => existsSync(f))) return { trusted: false, why: `no developer certificates in ${CERT_DIR}` };
  const run = spawnSync(process.execPath, ['-e', "process.exit(require('office-addin-dev-certs').verifyCertificates() ? 0 : 1)"], {
    cwd: path.dirname(fileURLToPath(import.meta.url)),
    stdio: ['ignore', 'ignore', 'ignore'],
    timeout: VERIFY_TIMEOUT_MS,
  });
  if (run.error) return { trusted: false, why: `the certificate check did not finish (${run.error.message})` };
  return run.status === 0 ? { trusted: true, why: '' } : { trusted: false, why: 'the Office add-in developer CA is not installed or has expired' };
}

/**
 * @param {{ port: number; http: boolean; log?: (line: string) => void }} options
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export async function start({ port, http, log = (line) => console.log(line) }) {
  const check = http ? { trusted: false, why: '--http was given' } : checkDevCertificates();
  const secure = check.trusted;
  const server = secure
    ? { type: 'https', options: { ca: readFileSync(CERTS.ca), cert: readFileSync(CERTS.cert), key: readFileSync(CERTS.key) } }
    : { type: 'http' };
  const config = await makeConfig({}, { mode: 'development' });
  // Development bundles are not minified: their sizes say nothing about the production budgets.
  config.plugins = (config.plugins ?? []).filter((p) => p?.constructor?.name !== 'GzipBudgetPlugin');
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  const compiler = webpack(config);
  const origin = `${secure ? 'https' : 'http'}://localhost:${port}/`;
  let first = true;
  compiler.hooks.done.tap('SmeNavigatorStart', (stats) => {
    if (!first) return;
    first = false;
    if (stats.hasErrors()) {
      log('The build failed; the errors are above. Fix them and the server rebuilds.');
      return;
    }
    const lines = [
      '',
      'SME Navigator is running.',
      '',
      `  Playground (the task pane beside examples/firms.xlsx, no Excel needed): ${origin}${PLAYGROUND_PAGE}`,
    ];
    if (secure)
      lines.push(
        `  Excel add-in: sideload ${path.resolve('manifest.xml')} (every URL in it is under ${origin}); see README.md, "Install the add-in".`,
      );
    else
      lines.push(
        '',
        `  Served over plain http: ${check.why}.`,
        '  Browsers accept http on localhost, so the playground works. Excel loads add-ins over trusted https only:',
        '  run `npm run certs` in apps/excel-addin once (it asks for an administrator password), then `npm start` again.',
      );
    lines.push('', 'Press Ctrl+C to stop.', '');
    log(lines.join('\n'));
  });
  const dev = new WebpackDevServer(
    {
      host: 'localhost',
      port,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      devMiddleware: { stats: 'errors-warnings' },
    },
    compiler,
  );
  await dev.start();
  return { url: origin, close: () => dev.stop() };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  try {
    const running = await start({ port, http: process.argv.includes('--http') });
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    const code = /** @type {{ code?: string }} */ (e).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there, or start on another port with PORT=3001 npm start.` : String(e));
    process.exit(1);
  }
}
