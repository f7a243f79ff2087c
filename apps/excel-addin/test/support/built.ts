/** The build's outputs, for tests that check them. `npm test` (turbo) builds first. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../tools/addin-config.mjs';

export const DIST = path.join(PACKAGE_ROOT, 'dist');

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` in apps/excel-addin first (turbo's test task does)`);
  return file;
}

export function readDist(name: string): string {
  return readFileSync(distFile(name), 'utf8');
}
