#!/usr/bin/env node
// The README's examples are real output. Each example block sits between markers:
//
//   <!-- example: meetings --person Sarkisian fixtures/seeds -->
//   ```
//   $ karabakh-cli meetings --person Sarkisian fixtures/seeds
//   ...what the command prints...
//   ```
//   <!-- /example -->
//
// `node test/readme-examples.mjs` runs every command (dist/ must be built) and rewrites
// the blocks; `--check` only compares and exits 1 naming the blocks that differ (the test
// suite runs that). Options before the colon: `lines=N` keeps the first N lines (then "...");
// `lang=json` marks the fence; `stderr` shows stderr too. Output is made as a pipe sees it
// (plain, 100 columns), with a private cache folder, so it is the same on every machine.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');
const MARKER = /<!-- example(?<opts>(?: [a-z]+(?:=[\w-]+)?)*): (?<args>.+?) -->\n[\s\S]*?<!-- \/example -->/g;

/** Splits a command line the way a shell would for these simple examples (single quotes only). */
function words(line) {
  const out = [];
  for (const m of line.matchAll(/'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2]);
  return out;
}

export function render(readme, cacheHome) {
  const env = { ...process.env, COLUMNS: '100', NO_COLOR: '1', XDG_CACHE_HOME: cacheHome };
  for (const k of ['FORCE_COLOR', 'CI', 'GITHUB_STEP_SUMMARY']) delete env[k];
  return readme.replace(MARKER, (_all, opts, args) => {
    const options = Object.fromEntries((opts ?? '').trim().split(/\s+/).filter(Boolean).map((o) => { const [k, v] = o.split('='); return [k, v ?? true]; }));
    const r = spawnSync(process.execPath, [path.join(root, 'bin/karabakh-cli'), ...words(args)], { cwd: root, env, encoding: 'utf8' });
    let text = (options.stderr ? r.stderr : '') + r.stdout;
    let lines = text.replace(/\s+$/, '').split('\n');
    if (options.lines && lines.length > Number(options.lines)) lines = [...lines.slice(0, Number(options.lines)), '...'];
    const body = options.lang === 'json' ? lines.join('\n') : [`$ karabakh-cli ${args}`, ...lines].join('\n');
    return `<!-- example${opts ?? ''}: ${args} -->\n\`\`\`${options.lang ?? ''}\n${body}\n\`\`\`\n<!-- /example -->`;
  });
}

function main() {
  const check = process.argv.includes('--check');
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-readme-'));
  try {
    const before = fs.readFileSync(readmePath, 'utf8');
    const after = render(before, cacheHome);
    if (!check) {
      fs.writeFileSync(readmePath, after);
      return;
    }
    if (after === before) return;
    const old = [...before.matchAll(MARKER)].map((m) => m[0]);
    const fresh = [...after.matchAll(MARKER)].map((m) => m[0]);
    const stale = old.filter((b, i) => b !== fresh[i]).map((b) => b.split('\n')[0]);
    process.stderr.write(`README examples differ from real output (run: node test/readme-examples.mjs):\n  ${stale.join('\n  ')}\n`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(cacheHome, { recursive: true, force: true });
  }
}

main();
