import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../apps/cli/bin/sme-navigator.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command line as a user would, from the repository root. The locale is neutral
 * (English) whatever the machine's, unless `locale` sets LANG / LC_ALL for the run.
 */
export function runCli(args: string[], locale: { LANG?: string; LC_ALL?: string } = {}): Promise<Run> {
  const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...locale };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
