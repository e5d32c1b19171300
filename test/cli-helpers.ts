import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Runs the real CLI (bin/karabakh-cli, from dist/) the way a user does. One cache folder for
// the whole test run, so the seeds are analysed once.

export const CACHE = path.join(os.tmpdir(), `kcli-test-cache-${process.pid}`);

export interface Run { status: number | null; stdout: string; stderr: string }

/** The test runner's environment without the variables that change what the CLI prints. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'CI', 'GITHUB_STEP_SUMMARY']) delete out[k];
  return { ...out, ...env };
}

export function cli(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ['bin/karabakh-cli', ...args], {
    encoding: 'utf8',
    env: cleanEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same through a pseudo-terminal of `cols` columns (util-linux `script`), stdout and stderr together. */
export function cliInTerminal(args: string[], cols: number, env: Record<string, string> = {}): string {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', `stty cols ${cols} rows 50; ${process.execPath} bin/karabakh-cli ${quoted}`, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(env),
  });
  return r.stdout.replace(/\r/g, '');
}

export const hasScript = spawnSync('script', ['--version']).status === 0;

export function tmpFile(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-out-'));
  return path.join(dir, name);
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
