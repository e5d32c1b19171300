import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { SeenRecords } from '../src/pipeline/seen-records.js';

// An article that reaches `merge` twice (overlapping shards, a re-run mapper's output next to
// the first run's) is merged once: the output is what merging each article once prints.

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'bin/karabakh-cli');

describe('SeenRecords', () => {
  it('says true for a line the first time only, past many growths of its table', () => {
    const seen = new SeenRecords();
    const lines = Array.from({ length: 5000 }, (_, i) => `{"file":"a${i}.txt","people":[]}`);
    expect(lines.every((l) => seen.add(l))).toBe(true);
    expect(lines.some((l) => seen.add(l))).toBe(false);
    // one character apart is another line
    expect(seen.add('{"file":"a1.txt","people":[] }')).toBe(true);
    expect(seen.add('')).toBe(true);
    expect(seen.add('')).toBe(false);
  });
});

describe('merge over overlapping streams', () => {
  let dir: string;
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-dedupe-'));
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    // our own short reports: one meeting told twice, a call, a truce, and a file that cannot be read
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'YEREVAN, June 2, 2022 - Armenian Prime Minister Nikol Pashinyan received Russian Foreign Minister Sergei Lavrov in Yerevan on Thursday.\n');
    fs.writeFileSync(path.join(corpus, 'b.txt'), 'June 3, 2022\n\nLavrov and Pashinyan met in Yerevan on June 2, the Armenian government said.\n');
    fs.writeFileSync(path.join(corpus, 'c.txt'), 'BAKU, March 9, 2021 - Ilham Aliyev spoke by phone with Charles Michel on Tuesday about the ceasefire of November 10, 2020.\n');
    fs.writeFileSync(path.join(corpus, 'd.txt'), Buffer.from([0x42, 0x61, 0x6b, 0xfc, 0x0a]));
    for (const [name, files] of [['all', ['a', 'b', 'c', 'd']], ['first', ['a', 'b', 'd']], ['second', ['b', 'c', 'd']]] as const) {
      const r = run(['map', '--no-cache', '-j', '1', ...files.map((f) => `corpus/${f}.txt`)]);
      fs.writeFileSync(path.join(dir, `${name}.ndjson`), r.stdout);
    }
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const report of ['meetings', 'entities', 'ceasefires']) {
    it(`merge ${report} counts an article in two streams once`, () => {
      for (const format of [[], ['--json']]) {
        const once = run(['merge', report, 'all.ndjson', ...format]);
        expect(once.stdout.length).toBeGreaterThan(0);
        // b.txt and d.txt (the unreadable one) are in both streams; everything twice in the last
        for (const streams of [['first.ndjson', 'second.ndjson'], ['all.ndjson', 'second.ndjson', 'first.ndjson', 'all.ndjson']]) {
          const merged = run(['merge', report, ...streams, ...format]);
          expect({ streams, format, stdout: merged.stdout, stderr: merged.stderr, status: merged.status })
            .toEqual({ streams, format, stdout: once.stdout, stderr: once.stderr, status: once.status });
        }
      }
    }, 60_000);
  }

  it('says so when a repeated line is not a map record, each time', () => {
    const r = run(['merge', 'meetings', '-'], 'not a record\nnot a record\n');
    expect(r.stderr.match(/not a karabakh-cli map record/g)).toHaveLength(2);
  });
});
