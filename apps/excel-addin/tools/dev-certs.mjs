// HTTPS for the dev server (https://localhost:3000), with the Office add-in developer certificates.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const HOW_TO = `The dev server needs a trusted certificate for https://localhost:3000, and the Office add-in
developer CA is not installed yet. Install it once, in an interactive terminal:

    npx office-addin-dev-certs install

Windows asks you to confirm adding the CA; macOS and Linux ask for an administrator password (sudo).
Then run the dev server again. Excel on the web needs the browser to trust the same CA.`;

/**
 * Key, certificate and CA for webpack-dev-server. Installs the CA when it is missing, but only in an
 * interactive terminal and with a time limit: elsewhere (CI, no TTY) it stops with the steps to take,
 * rather than hang on a password prompt nobody can answer.
 * @returns {Promise<{ key: Buffer; cert: Buffer; ca: Buffer }>}
 */
export async function devHttpsOptions() {
  /** @type {{ verifyCertificates(): boolean; getHttpsServerOptions(): Promise<{ key: Buffer; cert: Buffer; ca: Buffer }> }} */
  const certs = require('office-addin-dev-certs');
  let trusted = false;
  try {
    trusted = certs.verifyCertificates();
  } catch {
    trusted = false;
  }
  if (!trusted) {
    if (!process.stdin.isTTY || process.env.CI) stop(HOW_TO);
    const cli = require.resolve('office-addin-dev-certs/cli.js');
    const run = spawnSync(process.execPath, [cli, 'install'], { stdio: 'inherit', timeout: 180_000 });
    if (run.error || run.status !== 0) stop(`Installing the developer CA did not finish.\n\n${HOW_TO}`);
  }
  return certs.getHttpsServerOptions();
}

/**
 * @param {string} message
 * @returns {never}
 */
function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}
