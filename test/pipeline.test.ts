import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FactsCache } from '../src/pipeline/cache.js';
import { runCorpus } from '../src/pipeline/run.js';
import { knowledgeVersion, loadKnowledge } from '../src/knowledge/index.js';
import { Knowledge } from '../src/knowledge/index.js';

// The cache and the worker pool must never change what a user sees: these tests pin that.

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-pipeline-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the cache key', () => {
  const cache = new FactsCache('/nonexistent', 'kb1');
  const text = Buffer.from('Putin met Aliyev in Sochi on Monday.');

  it('is stable for the same text, metadata and knowledge', () => {
    expect(cache.key(text, { date: '2016-06-20' })).toBe(cache.key(Buffer.from(text), { date: '2016-06-20' }));
  });
  it('changes with the text', () => {
    expect(cache.key(text, {})).not.toBe(cache.key(Buffer.from('Putin met Aliyev in Sochi on Tuesday.'), {}));
  });
  it('changes with the options that reach the article (its metadata)', () => {
    expect(cache.key(text, {})).not.toBe(cache.key(text, { date: '2016-06-20' }));
    expect(cache.key(text, { date: '2016-06-20' })).not.toBe(cache.key(text, { date: '2016-06-21' }));
  });
  it('changes with the knowledge data', () => {
    expect(cache.key(text, {})).not.toBe(new FactsCache('/nonexistent', 'kb2').key(text, {}));
    const extra = path.join(os.tmpdir(), `kcli-extra-${process.pid}.json`);
    fs.writeFileSync(extra, JSON.stringify({ people: [{ id: 'x-y', name: 'Xavier Yilmaz' }] }));
    expect(knowledgeVersion([extra])).not.toBe(knowledgeVersion([]));
    fs.rmSync(extra);
  });
});

async function collect(args: string[], k: () => Knowledge, options: Parameters<typeof runCorpus>[2]) {
  const lines: string[] = [];
  for await (const r of runCorpus(args, k, options)) lines.push(r.error ? `ERROR ${r.file}: ${r.error.message}` : r.line);
  return lines;
}

describe('a cached run', () => {
  it('serves the same output, and follows a change of text or of metadata', async () => {
    const corpus = path.join(dir, 'corpus');
    const cacheDir = path.join(dir, 'cache');
    fs.mkdirSync(corpus, { recursive: true });
    const a = path.join(corpus, 'a.txt');
    fs.writeFileSync(a, 'Russian President Vladimir Putin met Ilham Aliyev in Sochi on Monday.');
    const opts = { jobs: 1, cacheDir, knowledgeVersion: knowledgeVersion([]) };
    const k = () => loadKnowledge();
    const first = await collect([corpus], k, opts);
    expect(fs.readdirSync(cacheDir).length).toBeGreaterThan(0);
    // a cached run never needs the knowledge base's indexes
    const cached = await collect([corpus], () => { throw new Error('processed instead of cached'); }, opts);
    expect(cached).toEqual(first);

    // the text changes: the facts follow
    fs.writeFileSync(a, 'Russian President Vladimir Putin met Nikol Pashinyan in Sochi on Monday.');
    const changed = await collect([corpus], k, opts);
    expect(changed[0]).toContain('Nikol Pashinyan');
    expect(changed[0]).not.toContain('Ilham Aliyev');

    // the metadata changes (a sidecar date): the meeting date follows
    fs.writeFileSync(`${a}.json`, JSON.stringify({ date: '2022-10-31' }));
    const dated = await collect([corpus], k, opts);
    expect(JSON.parse(dated[0]).meetings[0].date).toBe('2022-10-31');
  });

  it('sees a change that keeps the size and the modification time (the stat index checks ctime too)', async () => {
    const corpus = path.join(dir, 'same-size');
    const cacheDir = path.join(dir, 'same-size-cache');
    fs.mkdirSync(corpus, { recursive: true });
    const a = path.join(corpus, 'a.txt');
    fs.writeFileSync(a, 'Vladimir Putin met Ilham Aliyev in Sochi.');
    const opts = { jobs: 1, cacheDir, knowledgeVersion: knowledgeVersion([]) };
    await collect([corpus], () => loadKnowledge(), opts);
    expect(fs.existsSync(path.join(cacheDir, 'stat-index.json'))).toBe(true);
    const { mtime, atime } = fs.statSync(a);
    await new Promise((r) => setTimeout(r, 20));
    fs.writeFileSync(a, 'Vladimir Putin met Ilham Aliyev in Minsk.');
    fs.utimesSync(a, atime, mtime);
    const [line] = await collect([corpus], () => loadKnowledge(), opts);
    expect(JSON.parse(line).meetings[0].location).toBe('Minsk');
  });

  it('treats a damaged cache entry as a miss', async () => {
    const corpus = path.join(dir, 'damaged');
    const cacheDir = path.join(dir, 'damaged-cache');
    fs.mkdirSync(corpus, { recursive: true });
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'Putin met Aliyev.');
    const opts = { jobs: 1, cacheDir, knowledgeVersion: knowledgeVersion([]) };
    const first = await collect([corpus], () => loadKnowledge(), opts);
    for (const e of fs.readdirSync(cacheDir, { withFileTypes: true })) {
      const p = path.join(cacheDir, e.name);
      if (e.isDirectory()) for (const f of fs.readdirSync(p)) fs.writeFileSync(path.join(p, f), '{"truncat');
      else fs.writeFileSync(p, 'not json'); // the stat index too
    }
    expect(await collect([corpus], () => loadKnowledge(), opts)).toEqual(first);
  });
});

describe('the built CLI', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/karabakh-cli', ...args], { encoding: 'utf8' });

  it('gives identical output with --jobs 1 and --jobs 2, in input order', () => {
    const one = cli('analyze', '--ndjson', '--no-cache', '--jobs', '1', 'fixtures/seeds');
    const two = cli('analyze', '--ndjson', '--no-cache', '--jobs', '2', 'fixtures/seeds');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(fs.readdirSync('fixtures/seeds').sort().map((f) => `fixtures/seeds/${f}`));
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', 'node bin/karabakh-cli analyze --ndjson --no-cache fixtures | head -c 10'], { encoding: 'utf8' });
    expect(r.stdout).toBe('{"file":"f');
    expect(r.stderr).toBe('');
  });

  it('exits 1 naming a bad file while still processing the others, and 2 for a usage error', () => {
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = cli('analyze', '--ndjson', '--no-cache', bad, 'fixtures/seeds/000_d90563f77e3f06c8.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(bad);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(cli('analyze', '--jobs', 'zero', 'fixtures').status).toBe(2);
    expect(cli('analyze', '--knowledge', bad, 'fixtures').status).toBe(2);
    const both = cli('analyze', '--json', '--ndjson', 'fixtures');
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--json.*cannot be used with.*--ndjson/);
  });
});
