#!/usr/bin/env node
// npm run bench: throughput of `analyze --ndjson` against a baseline of raw compromise +
// compromise-dates over the same articles, on a corpus scaled up from the fixtures.
//
//   node test/bench.mjs [--articles N] [--jobs N] [--keep]
//
// Builds ≥ 1,000 distinct articles (≥ 4 MB) from fixtures/seeds by shuffling paragraphs and
// numbering each copy, so no two texts are equal (the cache cannot help the cold run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const target = Number(opt('articles', 1200));
const jobs = opt('jobs', String(os.availableParallelism?.() ?? os.cpus().length));

// 1. The corpus.
const corpus = path.join(os.tmpdir(), `karabakh-bench-${target}`);
const seeds = fs.readdirSync(path.join(root, 'fixtures/seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(root, 'fixtures/seeds', f), 'utf8'));
let rng = 42;
const rand = () => ((rng = (rng * 1103515245 + 12345) % 2147483648) / 2147483648);
fs.rmSync(corpus, { recursive: true, force: true });
fs.mkdirSync(corpus, { recursive: true });
let bytes = 0;
const texts = [];
for (let i = 0; i < target || bytes < 4 * 1024 * 1024; i++) {
  const seed = seeds[i % seeds.length];
  const [head, ...paras] = seed.split(/\n\n+/);
  for (let j = paras.length - 1; j > 0; j--) { const k = Math.floor(rand() * (j + 1)); [paras[j], paras[k]] = [paras[k], paras[j]]; }
  const text = `${head}\n\n${paras.join('\n\n')}\n\nBench copy ${i}.\n`;
  texts.push(text);
  bytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(corpus, `a${String(i).padStart(5, '0')}.txt`), text);
}
const kb = bytes / 1024;
console.log(`corpus: ${texts.length} articles, ${(kb / 1024).toFixed(1)} MB in ${corpus}`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`);

// 2. The baseline: raw compromise + compromise-dates over every article, one core.
const require = createRequire(path.join(root, 'package.json'));
const t0 = performance.now();
const nlp = require('compromise');
nlp.plugin(require('compromise-dates'));
for (const text of texts) {
  const doc = nlp(text);
  doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
  doc.dates().get();
}
const baseSec = (performance.now() - t0) / 1000;
console.log(`baseline (compromise + compromise-dates, 1 core): ${baseSec.toFixed(1)} s, ${(kb / baseSec).toFixed(0)} KB/s, ${(texts.length / baseSec).toFixed(0)} articles/s`);

// 3. analyze --ndjson, cold (no cache) and then cached.
const run = (extra) => {
  // Output goes to a file, as a user's `> out.ndjson` would: the bench does not buffer it.
  const outFile = path.join(os.tmpdir(), `karabakh-bench-out-${process.pid}.ndjson`);
  const out = fs.openSync(outFile, 'w');
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(root, 'bin/karabakh-cli'), 'analyze', '--ndjson', '--jobs', jobs, ...extra, corpus], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const sec = (performance.now() - t) / 1000;
  fs.closeSync(out);
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  const lines = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
  fs.rmSync(outFile, { force: true });
  return { sec, rssMb: rssKb / 1024, lines };
};
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'karabakh-bench-cache-'));
const cold = run(['--cache', cacheDir]);
console.log(`analyze --ndjson --jobs ${jobs} (cold): ${cold.sec.toFixed(1)} s, ${(kb / cold.sec).toFixed(0)} KB/s, ${(texts.length / cold.sec).toFixed(0)} articles/s, peak RSS ${cold.rssMb.toFixed(0)} MB, ${cold.lines} articles out`);
const warm = run(['--cache', cacheDir]);
console.log(`analyze --ndjson --jobs ${jobs} (cached re-run): ${warm.sec.toFixed(2)} s, peak RSS ${warm.rssMb.toFixed(0)} MB`);
console.log(`ratio analyze/baseline time: ${(cold.sec / baseSec).toFixed(3)} (target <= 0.20); speed-up ${(baseSec / cold.sec).toFixed(1)}x`);
console.log(`cached re-run speed-up over cold: ${(cold.sec / warm.sec).toFixed(1)}x (target >= 20x)`);
if (!args.includes('--keep')) { fs.rmSync(corpus, { recursive: true, force: true }); fs.rmSync(cacheDir, { recursive: true, force: true }); }
