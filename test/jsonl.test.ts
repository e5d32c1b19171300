import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFields, recordSource, JsonlError } from '../src/load/jsonl.js';
import { readArticles } from '../src/load/sources.js';
import { runCorpus } from '../src/pipeline/run.js';
import { knowledgeVersion, loadKnowledge } from '../src/knowledge/index.js';
import { runCheck } from '../src/check/engine.js';
import type { FileResult } from '../src/pipeline/process.js';

// JSON Lines as scrapers write them: each line its own article, named FILE:LINE, cached one by
// one; a bad line is an error for that line only.

const FIXTURES = path.resolve('fixtures/jsonl');
const NEWS_PLEASE = path.join(FIXTURES, 'news-please.jsonl');
const TRAFILATURA = path.join(FIXTURES, 'trafilatura.ndjson');
/** a good record, a line cut short by the scraper, a record without text (kept out of fixtures/, which must run clean) */
const BROKEN = path.resolve('test/fixtures/jsonl/broken.jsonl');

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-jsonl-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function results(args: string[], options: Parameters<typeof runCorpus>[2] = {}): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of runCorpus(args, () => loadKnowledge(), { jobs: 1, cacheDir: null, ...options })) out.push(r);
  return out;
}

describe('records', () => {
  it('news-please and trafilatura fields: text, title, date, url, outlet, author', () => {
    const [a, b] = [...readArticles(NEWS_PLEASE)];
    expect(a.ok && a.article).toMatchObject({ file: `${NEWS_PLEASE}:1`, title: 'Michel hosts Aliyev and Pashinyan in Brussels', meta: { date: '2023-07-15', url: 'https://eurodesk.example/2023/07/15/brussels-talks', source: 'eurodesk.example', author: 'Anna Petrosyan', origin: 'jsonl' } });
    expect(b.ok && b.article.file).toBe(`${NEWS_PLEASE}:2`);
    const [t] = [...readArticles(TRAFILATURA)];
    expect(t.ok && t.article).toMatchObject({ title: 'Lavrov receives Mirzoyan and Bayramov in Moscow', meta: { date: '2023-05-19', source: 'ru-monitor.example', author: 'Desk' } });
  });

  it('offsets index the text field as decoded from JSON', async () => {
    const [r] = (await results([TRAFILATURA])).filter((x) => !x.error);
    const text = JSON.parse(fs.readFileSync(TRAFILATURA, 'utf8').split('\n')[0]).text as string;
    const lavrov = r.facts.people.find((p) => p.name === 'Sergey Lavrov')!;
    const [s, e] = lavrov.spans[0];
    expect(text.slice(s, e)).toBe('Sergei Lavrov');
  });

  it('a bad line and a line without text are errors naming the line; the other lines are read', async () => {
    const out = await results([BROKEN]);
    expect(out.map((r) => r.file)).toEqual([1, 2, 3].map((n) => `${BROKEN}:${n}`));
    expect(out[1].error?.message).toMatch(/^line 2 is not valid JSON/);
    expect(out[2].error?.message).toMatch(/^line 3 has no article text .*--fields text=NAME/);
    expect(out[0].facts?.meetings.some((m) => m.location === 'Brussels' && m.date === '2023-07-15')).toBe(true);
  });

  it('--fields names other fields, nested ones with dots', () => {
    const line = JSON.stringify({ headline: 'Talks', story: { body: 'Aliyev and Pashinyan met in Brussels on Sunday.' }, meta: { published: '2023-05-14' }, link: 'https://x.example/a' });
    const s = recordSource('scrape.jsonl', 7, line, {}, parseFields('text=story.body, date=meta.published, title=headline'));
    expect(s).toMatchObject({ file: 'scrape.jsonl:7', original: 'Aliyev and Pashinyan met in Brussels on Sunday.', title: 'Talks', meta: { date: '2023-05-14', url: 'https://x.example/a', source: 'x.example' } });
    expect(() => parseFields('txt=body')).toThrow(/NAME one of text, title, date, url, source/);
    expect(() => recordSource('s.jsonl', 2, '[1,2]', {})).toThrow(JsonlError);
  });
});

describe('the runner and the cache', () => {
  it('cache records one by one: a re-run is served from the cache, an edited line alone is processed again', async () => {
    const file = path.join(dir, 'scrape.jsonl');
    const cacheDir = path.join(dir, 'cache');
    const rec = (t: string) => JSON.stringify({ title: 'x', maintext: t, date_publish: '2023-05-14 10:00:00' });
    fs.writeFileSync(file, [rec('Aliyev and Pashinyan met in Brussels on Sunday.'), rec('Putin hosted Aliyev in Sochi on Monday.')].join('\n') + '\n');
    const opts = { cacheDir, knowledgeVersion: knowledgeVersion([]) };
    const first = (await results([file], opts)).map((r) => r.line);
    const cached = [];
    for await (const r of runCorpus([file], () => { throw new Error('processed instead of cached'); }, { jobs: 1, ...opts })) cached.push(r.line);
    expect(cached).toEqual(first);
    fs.writeFileSync(file, [rec('Aliyev and Pashinyan met in Brussels on Sunday.'), rec('Putin hosted Pashinyan in Sochi on Monday.')].join('\n') + '\n');
    const edited = (await results([file], opts)).map((r) => r.facts!.people.map((p) => p.name).sort());
    expect(edited[1]).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
  });

  it('--jobs 2 gives the same output as --jobs 1, in line order (the built CLI: workers run compiled code)', () => {
    const run = (jobs: string) => spawnSync(process.execPath, ['bin/karabakh-cli', 'analyze', '--ndjson', '--no-cache', '--jobs', jobs, NEWS_PLEASE, BROKEN, TRAFILATURA], { encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([`${NEWS_PLEASE}:1`, `${NEWS_PLEASE}:2`, `${BROKEN}:1`, `${TRAFILATURA}:1`, `${TRAFILATURA}:2`]);
    expect(one.stderr).toMatch(/broken\.jsonl:2: line 2 is not valid JSON/);
    expect(one.status).toBe(1);
  });

  it('standard input starting with "{" is JSON Lines', () => {
    const input = fs.readFileSync(TRAFILATURA, 'utf8');
    const r = spawnSync(process.execPath, ['bin/karabakh-cli', 'analyze', '--ndjson', '--no-cache', '-'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l).file);
    expect(files).toEqual(['-:1', '-:2']);
  });
});

describe('check', () => {
  it('reports a bad line and a line without text at their lines of the file', async () => {
    const result = await runCheck([BROKEN], { knowledge: loadKnowledge() });
    expect(result.files).toHaveLength(1);
    const found = result.files[0].findings.map((f) => `${f.line} ${f.ruleId}`);
    expect(found).toContain('2 jsonl-bad-line');
    expect(found).toContain('3 jsonl-no-text');
    expect(result.files[0].file).toBe(BROKEN);
  });
});
