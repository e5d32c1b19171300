import { describe, it, expect, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isIsoDate } from '../src/load/iso-date.js';
import { readManifest } from '../src/load/metadata.js';
import { findInputs } from '../src/load/find.js';
import { readArticle } from '../src/load/read.js';
import { cli } from './cli-helpers.js';

// Dates, --ignore, the manifest: what a user writes is read the way they mean it.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-options-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
};
const TEXT = 'Vladimir Putin met Ilham Aliyev and Nikol Pashinyan in Sochi to discuss the situation in Nagorno-Karabakh.';

describe('dates', () => {
  it('are real calendar dates at any precision', () => {
    for (const ok of ['2016', '2016-02', '2016-02-29', '2020-12-31']) expect({ ok, valid: isIsoDate(ok) }).toEqual({ ok, valid: true });
    for (const bad of ['2016-13', '2016-00', '2016-02-30', '2015-02-29', '2016-04-31', '2016-1-5', '16-05-01', '2016-05-00']) expect({ bad, valid: isIsoDate(bad) }).toEqual({ bad, valid: false });
  });

  it('an impossible date in a sidecar, front matter or manifest row fails that file (bad-metadata), not the run', () => {
    const sidecar = file('meta/sidecar.txt', TEXT);
    file('meta/sidecar.txt.json', JSON.stringify({ date: '2016-02-30' }));
    const front = file('meta/front.txt', `---\ndate: 2016-13-01\n---\n${TEXT}`);
    const listed = file('meta/listed.txt', TEXT);
    const manifest = file('meta/manifest.csv', `file,date\n${listed},2021-04-31\n`);
    const rows = readManifest(manifest);
    for (const f of [sidecar, front, listed]) {
      const r = readArticle(f, { manifest: rows });
      expect({ f, ok: r.ok }).toEqual({ f, ok: false });
    }
    const check = cli(['check', '--format', 'json', '--no-progress', '--manifest', manifest, sidecar, front, listed]);
    const rules = JSON.parse(check.stdout).files.map((x: { messages: { ruleId: string }[] }) => x.messages.map((m) => m.ruleId));
    expect(rules).toEqual([['bad-metadata'], ['bad-metadata'], ['bad-metadata']]);
  });
});

describe('the manifest', () => {
  it('is read as CSV: quoted fields with commas, quotes and line breaks', () => {
    const a = file('m/a.txt', TEXT);
    const csv = file('m/manifest.csv', `\ufefffile,date,url,source\r\n"${a}",2021-11-26,"https://example.org/a?x=1,2","Agency ""One"",\nsecond line"\r\n`);
    const meta = readManifest(csv).get(path.resolve(a));
    expect(meta).toMatchObject({ date: '2021-11-26', url: 'https://example.org/a?x=1,2', source: 'Agency "One",\nsecond line' });
  });
});

describe('--ignore', () => {
  it('has .gitignore semantics relative to each folder given', () => {
    const root = path.join(dir, 'corpus');
    const keep = file('corpus/2021/keep.txt', TEXT);
    file('corpus/drafts/a.txt', TEXT);
    file('corpus/2021/drafts/b.txt', TEXT);
    file('corpus/index.md', TEXT);
    const nested = file('corpus/2021/index.md', TEXT);
    file('corpus/2021/x.tmp.txt', TEXT);
    const found = (ignore: string[]) => findInputs([root], { ignore }).files.map((f) => path.relative(root, f)).sort();
    // a folder pattern at any depth, an anchored pattern only at the root, a glob anywhere
    expect(found(['drafts/', '/index.md', '*.tmp.txt'])).toEqual([path.relative(root, nested), path.relative(root, keep)].sort());
    // negation re-includes
    expect(found(['*.txt', '!keep.txt'])).toEqual(['2021/index.md', '2021/keep.txt', 'index.md']);
  });
});
