#!/usr/bin/env node
// npm run bench: `analyze --ndjson` on distinct, varied articles against raw compromise +
// compromise-dates over the same articles in the same run; the scaling curve; the cached
// re-run; and the topic filter on a mixed corpus (90% off topic).
//
//   node test/bench.mjs [--jobs N] [--keep]
//   BENCH_SIZES=1000,4000,10000   corpus sizes of the scaling curve (quick run: BENCH_SIZES=200,800)
//   BENCH_BASELINE=1000           articles the baseline runs over (default: the first size; 0: no baseline)
//   BENCH_MIXED=2000              articles of the mixed corpus (0: skip that part)
//   BENCH_REPEAT=3                runs of each side of the mixed corpus (the median is reported: on a
//                                 shared machine one run of a few seconds swings with the load)
//
// Every corpus is generated here, in a temporary folder, never committed: on-topic articles
// from fixtures/seeds and ../shared/eval/dev, off-topic ones from ../shared/eval/timebank,
// each with its paragraphs shuffled and its names, places, years, months and figures varied
// (including invented names the knowledge base lacks), so no two texts are equal, the cache
// cannot help a cold run, and the dictionary pass sees the variety of real news.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/eval');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const jobs = opt('jobs', String(os.availableParallelism?.() ?? os.cpus().length));
const sizes = (process.env.BENCH_SIZES ?? '1000,4000,10000').split(',').map(Number).filter((n) => n > 0);
const baselineSize = Number(process.env.BENCH_BASELINE ?? sizes[0]);
const mixedSize = Number(process.env.BENCH_MIXED ?? 2000);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const keep = args.includes('--keep');

// ---------------------------------------------------------------- generating articles

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];

function readTexts(dir, filter = () => true) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && filter(f)).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** What varies between copies: names and places of the knowledge base, invented names, months. */
function variationPools({ neutral = false } = {}) {
  const load = (name) => { const d = JSON.parse(fs.readFileSync(path.join(root, 'src/knowledge/data', `${name}.json`), 'utf8')); return Array.isArray(d) ? d : d[name]; };
  // for off-topic copies, nothing of Armenia or Azerbaijan may come in through the variation
  const topic = (c) => neutral && ['AM', 'AZ', 'NKR'].includes(c);
  const people = load('people').filter((p) => !topic(p.nationality) && !(p.offices ?? []).some((o) => topic(o.country) || (neutral && o.role === 'minsk-group-co-chair')))
    .map((p) => p.name).filter((n) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(n));
  const places = load('places').filter((p) => (p.kind === 'city' || p.kind === 'capital') && !topic(p.country)).map((p) => p.name).filter((n) => /^[A-Z][a-z]+$/.test(n));
  const syllables = ['ka', 'ro', 'van', 'mir', 'za', 'del', 'an', 'tov', 'sha', 'ben', 'lu', 'gor', 'ian', 'ev', 'ski', 'mo', 'ra', 'lin'];
  const invent = () => { let s = ''; for (let i = 0; i < 2 + Math.floor(rand() * 2); i++) s += pick(syllables); return s[0].toUpperCase() + s.slice(1); };
  const invented = Array.from({ length: 400 }, () => `${invent()} ${invent()}`);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return { people, places, invented, months };
}

/** One copy of a text: head kept, paragraphs shuffled and some dropped, names, places, years, months and figures varied. */
function vary(text, pools, n) {
  const [head, ...paras] = text.split(/\n\s*\n/);
  for (let j = paras.length - 1; j > 0; j--) { const k = Math.floor(rand() * (j + 1)); [paras[j], paras[k]] = [paras[k], paras[j]]; }
  const kept = paras.filter(() => paras.length < 4 || rand() > 0.2);
  const names = new Map();
  const swap = (m, pool) => { if (!names.has(m)) names.set(m, pick(pool)); return names.get(m); };
  const yearShift = Math.floor(rand() * 7) - 3;
  const body = [head, ...kept].join('\n\n')
    // two capitalised words: often a person; a known one or an invented one instead
    .replace(/\b([A-Z][a-z]{2,}) ([A-Z][a-z]{3,}(?:yan|ian|ev|ov|in|ky))\b/g, (m) => swap(m, rand() < 0.5 ? pools.people : pools.invented))
    .replace(new RegExp(`\\b(${pools.places.slice(0, 60).join('|')})\\b`, 'g'), (m) => swap(m, pools.places))
    .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) + yearShift))
    .replace(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => swap(m, pools.months))
    .replace(/\b(\d{1,3}),(\d{3})\b/g, () => `${1 + Math.floor(rand() * 900)},${String(Math.floor(rand() * 1000)).padStart(3, '0')}`);
  return `${body}\n\nCopy ${n}.\n`;
}

/** A folder of `count` articles made by varying `sources` in turn; returns its size. */
function writeCorpus(dir, count, sources, pools, prefix = 'a', fresh = true) {
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const texts = [];
  for (let i = 0; i < count; i++) {
    const text = vary(sources[i % sources.length], pools, i);
    bytes += Buffer.byteLength(text);
    if (texts.length < baselineSize) texts.push(text);
    fs.writeFileSync(path.join(dir, `${prefix}${String(i).padStart(6, '0')}.txt`), text);
  }
  return { dir, count, bytes, texts };
}

// ---------------------------------------------------------------- measuring

/** Raw compromise + compromise-dates over the texts, one core, in this process. */
function baseline(texts) {
  const require = createRequire(path.join(root, 'package.json'));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  let failed = 0;
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
    // compromise-dates throws on some documents ("t.isValid is not a function")
    try { doc.dates().get(); } catch { failed++; }
  }
  const c = process.cpuUsage(c0);
  return { sec: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, failed };
}

/** One CLI run with its output in a file (as a user's `> out.ndjson`): seconds, peak RSS, output lines. */
function runCli(argv) {
  const outFile = path.join(os.tmpdir(), `karabakh-bench-out-${process.pid}.ndjson`);
  const out = fs.openSync(outFile, 'w');
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, path.join(root, 'bin/karabakh-cli'), ...argv], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  const sec = (performance.now() - t) / 1000;
  fs.closeSync(out);
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  const [user, system, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const rssMb = rssKb / 1024;
  const cpu = user + system;
  const lines = fs.readFileSync(outFile, 'utf8').split('\n').filter(Boolean);
  fs.rmSync(outFile, { force: true });
  return { sec, cpu, rssMb, lines };
}

const analyze = (dir, extra = []) => runCli(['analyze', '--ndjson', '--jobs', jobs, '--no-cache', ...extra, dir]);
const skippedCount = (lines) => lines.filter((l) => l.includes('"skipped":"off-topic"')).length;
const fmt = (c, r) => `${r.sec.toFixed(1)} s (CPU ${r.cpu.toFixed(1)} s), ${(c.bytes / 1024 / r.sec).toFixed(0)} KB/s, ${(c.count / r.sec).toFixed(0)} articles/s, peak RSS ${r.rssMb.toFixed(0)} MB`;

// ---------------------------------------------------------------- the runs

function scalingAndBaseline(pools, onTopic) {
  const runs = [];
  for (const size of sizes) {
    const c = writeCorpus(path.join(os.tmpdir(), `karabakh-bench-${size}`), size, onTopic, pools);
    const r = analyze(c.dir);
    runs.push({ c, r });
    console.log(`analyze --ndjson --jobs ${jobs}, ${size} articles (${(c.bytes / 2 ** 20).toFixed(1)} MB): ${fmt(c, r)}; ${skippedCount(r.lines)} skipped`);
    if (size === sizes[0] && baselineSize > 0) {
      const base = baseline(c.texts);
      const kb = c.texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
      console.log(`baseline (compromise + compromise-dates, 1 core), ${c.texts.length} articles: ${base.sec.toFixed(1)} s, ${(kb / base.sec).toFixed(0)} KB/s, ${(c.texts.length / base.sec).toFixed(0)} articles/s, CPU ${base.cpu.toFixed(1)} s (dates() threw on ${base.failed})`);
      // per article, each with its own start-up, when the baseline ran over part of the corpus
      const same = c.texts.length === c.count ? r.sec : r.sec * (c.texts.length / c.count);
      console.log(`ratio analyze/baseline time per article: ${(same / base.sec).toFixed(3)} (target <= 0.10); speed-up ${(base.sec / same).toFixed(1)}x`);
      // on a shared machine wall time follows the load; CPU time per article (analyze's over its threads) does much less
      const cpuSame = r.cpu * (c.texts.length / c.count);
      console.log(`CPU per article: analyze ${(1000 * r.cpu / c.count).toFixed(1)} ms over ${jobs} threads, baseline ${(1000 * base.cpu / c.texts.length).toFixed(1)} ms; CPU ratio ${(cpuSame / base.cpu).toFixed(3)}, over ${jobs} cores ${(cpuSame / jobs / base.cpu).toFixed(3)}`);
      cachedRerun(c);
    }
    if (!keep) fs.rmSync(c.dir, { recursive: true, force: true });
  }
  if (!runs.length) return;
  const first = runs[0];
  for (const { c, r } of runs.slice(1)) {
    const expected = first.r.sec * (c.count / first.c.count);
    console.log(`scaling ${first.c.count} -> ${c.count}: ${r.sec.toFixed(1)} s = ${(r.sec / expected).toFixed(2)} x linear (target <= 1.20)`);
  }
  console.log(`peak RSS over the curve: ${Math.max(...runs.map((x) => x.r.rssMb)).toFixed(0)} MB (target <= 300)`);
}

function cachedRerun(c) {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'karabakh-bench-cache-'));
  const cold = runCli(['analyze', '--ndjson', '--jobs', jobs, '--cache', cacheDir, c.dir]);
  const warm = runCli(['analyze', '--ndjson', '--jobs', jobs, '--cache', cacheDir, c.dir]);
  console.log(`cached re-run: ${warm.sec.toFixed(2)} s (cold with cache writes ${cold.sec.toFixed(1)} s), ${(cold.sec / warm.sec).toFixed(1)}x faster, peak RSS ${warm.rssMb.toFixed(0)} MB`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
}

/** 90% off-topic (TimeBank news) and 10% on-topic: the filter's precision, recall and speed. */
function mixedCorpus(pools, onTopic) {
  const timebank = readTexts(path.join(shared, 'timebank/texts'));
  if (!mixedSize || !timebank.length) { console.log('mixed corpus: skipped (BENCH_MIXED=0 or no ../shared/eval/timebank/texts)'); return; }
  const dir = path.join(os.tmpdir(), 'karabakh-bench-mixed');
  const on = Math.round(mixedSize / 10);
  fs.rmSync(dir, { recursive: true, force: true });
  const onC = writeCorpus(path.join(dir, 'on'), on, onTopic, pools, 'on');
  const offTopic = lengthMatched(timebank, onC.bytes / onC.count);
  const off = writeCorpus(path.join(dir, 'off'), mixedSize - on, offTopic, variationPools({ neutral: true }), 'off');
  interleave(dir, path.join(dir, 'on'), path.join(dir, 'off'));
  // the two sides alternate, so a change in the machine's load falls on both
  const runs = { filtered: [], all: [] };
  for (let i = 0; i < repeat; i++) {
    runs.filtered.push(analyze(dir));
    runs.all.push(analyze(dir, ['--all-topics']));
  }
  const filtered = median(runs.filtered);
  const all = median(runs.all);
  const skippedOff = filtered.lines.filter((l) => l.startsWith('{"file":') && l.includes('-off.txt"') && l.includes('"skipped":"off-topic"')).length;
  const skippedOn = filtered.lines.filter((l) => l.includes('-on.txt"') && l.includes('"skipped":"off-topic"')).length;
  console.log(`mixed corpus, ${mixedSize} articles (${mixedSize - on} off topic from TimeBank, mean ${(off.bytes / off.count / 1024).toFixed(1)} KB; ${on} on topic, mean ${(onC.bytes / onC.count / 1024).toFixed(1)} KB):`);
  console.log(`  with the topic filter: ${filtered.sec.toFixed(1)} s (CPU ${filtered.cpu.toFixed(1)} s), peak RSS ${filtered.rssMb.toFixed(0)} MB; without it: ${all.sec.toFixed(1)} s (CPU ${all.cpu.toFixed(1)} s), peak RSS ${all.rssMb.toFixed(0)} MB`);
  if (repeat > 1) console.log(`  (median of ${repeat} runs each; filtered ${runs.filtered.map((r) => r.sec.toFixed(1)).join(', ')} s; --all-topics ${runs.all.map((r) => r.sec.toFixed(1)).join(', ')} s)`);
  console.log(`  off-topic skipped ${skippedOff}/${mixedSize - on} (${(100 * skippedOff / (mixedSize - on)).toFixed(1)}%, target >= 99%); on-topic kept ${on - skippedOn}/${on}`);
  console.log(`  speed-up from the filter: ${(all.sec / filtered.sec).toFixed(1)}x wall, ${(all.cpu / filtered.cpu).toFixed(1)}x CPU (target >= 5x)`);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}

/** The run of median wall time (its CPU and RSS with it). */
function median(runs) {
  return [...runs].sort((a, b) => a.sec - b.sec)[Math.floor(runs.length / 2)];
}

/**
 * One folder where every tenth article is on topic, as an archive mixes them (not all the
 * on-topic ones after the rest, which would run the filter and the extraction one after the
 * other): NNNNNN-on.txt and NNNNNN-off.txt, in input order.
 */
function interleave(dir, onDir, offDir) {
  const on = fs.readdirSync(onDir).sort();
  const off = fs.readdirSync(offDir).sort();
  let i = 0;
  let j = 0;
  for (let pos = 0; pos < on.length + off.length; pos++) {
    const isOn = (pos % 10 === 5 && i < on.length) || j >= off.length;
    const from = isOn ? path.join(onDir, on[i++]) : path.join(offDir, off[j++]);
    fs.renameSync(from, path.join(dir, `${String(pos).padStart(6, '0')}-${isOn ? 'on' : 'off'}.txt`));
  }
  fs.rmSync(onDir, { recursive: true });
  fs.rmSync(offDir, { recursive: true });
}

/**
 * Off-topic articles about as long as the generated on-topic ones (`target` bytes) (TimeBank texts are short wire
 * items): each text continued with the paragraphs of the next ones, so the filter's speed-up
 * is measured on articles of one size, not on cheap short ones.
 */
function lengthMatched(texts, target) {
  return texts.map((t, i) => {
    let out = t;
    for (let j = 1; out.length < target && j < texts.length; j++) out += `\n\n${texts[(i + j * 7) % texts.length].split(/\n\s*\n/).slice(1).join('\n\n')}`;
    return out;
  });
}

/** Every original on-topic article (seeds and dev, unvaried) must pass the filter. */
function recallOnOriginals() {
  const dirs = [path.join(root, 'fixtures/seeds'), path.join(shared, 'dev')].filter((d) => fs.existsSync(d));
  const r = runCli(['analyze', '--ndjson', '--jobs', jobs, '--no-cache', ...dirs]);
  console.log(`topic filter on the original seeds and dev articles: ${r.lines.length - skippedCount(r.lines)}/${r.lines.length} kept (target: all)`);
}

function main() {
  const seeds = readTexts(path.join(root, 'fixtures/seeds'));
  const dev = readTexts(path.join(shared, 'dev'));
  const onTopic = [...seeds, ...dev];
  const pools = variationPools();
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}; load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`on-topic sources: ${seeds.length} seeds + ${dev.length} dev articles; sizes ${sizes.join(', ')}; baseline over ${baselineSize}`);
  recallOnOriginals();
  scalingAndBaseline(pools, onTopic);
  mixedCorpus(pools, onTopic);
}

// run as a script; imported (e.g. to build a corpus for `node --cpu-prof`), it only exports
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

export { readTexts, variationPools, writeCorpus };
