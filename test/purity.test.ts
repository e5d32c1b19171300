import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// Processing one article is a pure function of its bytes, metadata, options and knowledge:
// its output may not depend on which articles ran before it in the same process or worker,
// on how many workers there are, or on whether the cache answered. The purity fixtures hold
// sentences that once leaked state from one article into the next (an ambiguous name run
// made compromise's tagger learn the knowledge base for good, after which a bare "Rice"
// became Condoleezza Rice in every later article).

const FIXTURES = [
  ...fs.readdirSync('fixtures/seeds').sort().map((f) => `fixtures/seeds/${f}`),
  ...fs.readdirSync('test/fixtures/purity').sort().map((f) => `test/fixtures/purity/${f}`),
];

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-purity-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Each file's NDJSON line, by file, from one CLI run over `files` in that order. */
function run(files: string[], ...options: string[]): Map<string, string> {
  const r = spawnSync(process.execPath, ['bin/karabakh-cli', 'analyze', '--ndjson', ...options, ...files], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(lines.map((l) => JSON.parse(l).file)).toEqual(files);
  return new Map(lines.map((l) => [JSON.parse(l).file as string, l]));
}

/** Each of these tests spawns several CLI runs on a machine that may be busy. */
const SLOW = 180_000;

const alone = new Map<string, string>();
const expectAlone = (got: Map<string, string>) => {
  for (const [file, line] of got) expect({ file, line }).toEqual({ file, line: alone.get(file) });
};

describe('an article processed', () => {
  beforeAll(() => {
    for (const f of FIXTURES) alone.set(f, run([f], '--no-cache', '--jobs', '1').get(f)!);
  }, SLOW);

  it('reads a bare family name that is also a common word the same way, whatever ran before', () => {
    const people = (file: string) => (JSON.parse(alone.get(file)!).people as { name: string }[]).map((p) => p.name);
    // "Rice said ..." alone: no full name in the article, so no Condoleezza Rice
    expect(people('test/fixtures/purity/b-bare-names.txt')).not.toContain('Condoleezza Rice');
    // with the full name earlier in the article, the bare name is hers
    expect(people('test/fixtures/purity/c-full-names.txt')).toContain('Condoleezza Rice');
    expect(people('test/fixtures/purity/a-mediators.txt')).toContain('Rustam Smith');
  });

  it('after all the others, in one thread, gives what it gives alone', () => {
    for (const f of FIXTURES) {
      const others = FIXTURES.filter((x) => x !== f);
      expect(run([...others, f], '--no-cache', '--jobs', '1').get(f)).toBe(alone.get(f));
    }
  }, SLOW);

  it('in input order and in reverse, with one and two workers, gives what it gives alone', () => {
    for (const jobs of ['1', '2']) {
      expectAlone(run(FIXTURES, '--no-cache', '--jobs', jobs));
      expectAlone(run([...FIXTURES].reverse(), '--no-cache', '--jobs', jobs));
    }
  }, SLOW);

  it('from the cache, filled in another order, gives what it gives alone', () => {
    const cache = path.join(dir, 'cache');
    // filled in one thread in input order: the order that once leaked a name into a later article
    expectAlone(run(FIXTURES, '--cache', cache, '--jobs', '1'));
    expectAlone(run([...FIXTURES].reverse(), '--cache', cache, '--jobs', '2'));
    for (const f of FIXTURES) expectAlone(run([f], '--cache', cache, '--jobs', '1'));
  }, SLOW);
});
