import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// map in parallel jobs + merge must print exactly what the single-process command prints, for
// every report and format, whatever the shards and their order. GNU parallel runs the jobs
// as a user's cluster recipe would (.ci/run installs it; locally the suite says when it is missing).

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'bin/karabakh-cli');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel && process.env.CI) throw new Error('GNU parallel is missing: .ci/run installs the Debian package "parallel"');
if (!hasParallel) process.stderr.write('map-merge.test.ts: skipped: GNU parallel is not installed (apt-get install parallel)\n');
const describeWithParallel = hasParallel ? describe : describe.skip;

const REPORTS = ['entities', 'meetings', 'ceasefires', 'dates'];
const FORMATS = [[], ['--json'], ['--ndjson']];

let dir: string;
let corpus: string;
let cache: string;

function sh(script: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLI: cli } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-mapmerge-'));
  corpus = 'corpus';
  cache = path.join(dir, 'cache');
  fs.cpSync(path.join(root, 'fixtures/seeds'), path.join(dir, corpus, 'seeds'), { recursive: true });
  const own = path.join(dir, corpus, 'own');
  fs.mkdirSync(own, { recursive: true });
  // Our own short articles: a second report of a meeting, a phone call, an off-topic one, and a file that cannot be read.
  fs.writeFileSync(path.join(own, 'a-brussels.txt'), 'BRUSSELS, May 15, 2023 - European Council President Charles Michel hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Brussels on Sunday. The leaders discussed the ceasefire of November 2020.\n');
  fs.writeFileSync(path.join(own, 'b-brussels-again.txt'), 'May 16, 2023\n\nPashinyan and Aliyev met in Brussels on May 14 with Charles Michel, the Armenian government said. Officials in Yerevan and Baku called the talks useful.\n');
  fs.writeFileSync(path.join(own, 'c-call.txt'), 'MOSCOW, March 3, 2021 - Vladimir Putin spoke by telephone with Nikol Pashinyan on Tuesday about the situation in Nagorno-Karabakh.\n');
  fs.writeFileSync(path.join(own, 'd-football.txt'), 'LONDON, April 4, 2022 - The league leaders won again on Saturday, and their manager praised a young striker who scored twice in the second half.\n');
  fs.writeFileSync(path.join(own, 'e-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x69, 0x6e, 0x20, 0x42, 0x61, 0x6b, 0x75, 0x0a]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeWithParallel('map in parallel shards + merge', () => {
  beforeAll(() => {
    // three static shards, mapped by three parallel jobs
    const r = sh(`parallel -j 3 "node $CLI map --topic-filter --no-cache -j 1 --shard {}/3 ${corpus} > shard-{}.ndjson" ::: 1 2 3`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // files in batches of two, as `find | parallel -N 2` spreads them over jobs
    const p = sh(`find ${corpus} -type f | sort | parallel -j 2 -N 2 "node $CLI map --topic-filter --no-cache -j 1 {}" > batches.ndjson`);
    expect(p.status).toBe(0);
  }, 300_000);

  it('writes one record per input, the same whatever the partition', () => {
    const shards = [1, 2, 3].flatMap((i) => fs.readFileSync(path.join(dir, `shard-${i}.ndjson`), 'utf8').trim().split('\n'));
    const batches = fs.readFileSync(path.join(dir, 'batches.ndjson'), 'utf8').trim().split('\n');
    expect(shards).toHaveLength(10);
    expect([...shards].sort()).toEqual([...batches].sort());
    const byFile = new Map(shards.map((l) => [JSON.parse(l).file as string, JSON.parse(l)]));
    expect(byFile.get(`${corpus}/own/d-football.txt`).skipped).toBe('off-topic');
    expect(byFile.get(`${corpus}/own/e-latin1.txt`).error).toMatch(/UTF-8/);
  });

  for (const report of REPORTS) {
    it(`merge ${report} prints what \`${report}\` prints, in every format and shard order`, () => {
      for (const format of FORMATS) {
        const f = format.join(' ');
        const single = sh(`node $CLI ${report} ${f} --topic-filter --cache ${cache} ${corpus}`);
        expect(single.stdout.length).toBeGreaterThan(0);
        const orders = [`node $CLI merge ${report} shard-3.ndjson shard-1.ndjson shard-2.ndjson ${f}`];
        // lines in any order too (once per report: each run costs a process start)
        if (f === '--json') orders.push(`sort -r batches.ndjson | node $CLI merge ${report} - ${f}`);
        for (const cmd of orders) {
          const merged = sh(cmd);
          expect({ cmd, stdout: merged.stdout }).toEqual({ cmd, stdout: single.stdout });
          expect({ cmd, stderr: merged.stderr, status: merged.status }).toEqual({ cmd, stderr: single.stderr, status: single.status });
        }
      }
    }, 300_000);
  }

  it('counts the articles the topic filter skipped in the summary', () => {
    const merged = sh(`cat shard-*.ndjson | node $CLI merge meetings`);
    expect(merged.stdout).toMatch(/ in 8 articles; 1 input failed \(see above\); 1 off-topic article skipped \(--all-topics analyses them\)\n$/);
  });
});

describe('map reads JSON Lines records on stdin', () => {
  it('names each record by file, url or a hash of its text, and reports bad lines as records', () => {
    const input = [
      JSON.stringify({ url: 'https://example.org/1', text: 'Ilham Aliyev met Nikol Pashinyan in Brussels on 14 May 2023.', date: '2023-05-15' }),
      JSON.stringify({ text: 'The council approved a new bus route through the town centre.' }),
      '{"file": "x.txt", "text": 42}',
      'not json',
    ].join('\n');
    // the topic filter is on by default: the bus route is skipped without any flag
    const r = spawnSync(process.execPath, [cli, 'map', '--no-cache', '-j', '1'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['https://example.org/1', expect.stringMatching(/^sha256:[0-9a-f]{16}$/), 'x.txt', '-:4']);
    expect(lines[0].date.value).toBe('2023-05-15');
    expect(lines[0].meetings[0].participants).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan']));
    expect(lines[1].skipped).toBe('off-topic');
    expect(lines[2].error).toMatch(/without "text"/);
    expect(lines[3].error).toMatch(/not a JSON object/);
    const all = spawnSync(process.execPath, [cli, 'map', '--all-topics', '--no-cache', '-j', '1'], { input, encoding: 'utf8' });
    expect(JSON.parse(all.stdout.trim().split('\n')[1]).skipped).toBeUndefined();
  });
});
