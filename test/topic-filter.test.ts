import { afterAll, beforeAll, describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadKnowledge } from '../src/knowledge/index.js';
import { TopicMatcher } from '../src/knowledge/topic.js';
import { offTopicBody } from '../src/pipeline/topic-filter.js';
import { inShard, parseShard } from '../src/pipeline/shard.js';
import { sourceFromRecord } from '../src/load/records.js';
import { parseRecord } from '../src/pipeline/fact-records.js';

const matcher = new TopicMatcher(loadKnowledge());

describe('the topic filter', () => {
  it('finds the conflict by its places, demonyms (plural too), people, family names and institutions', () => {
    expect(matcher.find('Shelling was reported near Stepanakert overnight.')).toBe('stepanakert');
    expect(matcher.find('ARMENIANS marched in Paris on Saturday.')).toBe('armenians');
    expect(matcher.find('The Azeris said nothing.')).toBe('azeris');
    expect(matcher.find('Aliyev and the Georgian premier met in Tbilisi.')).toBe('aliyev');
    expect(matcher.find('Mediators of the OSCE Minsk Group will travel next week.')).toBe('minsk group');
    expect(matcher.find('Diplomats gathered in Azərbaycan.')).toBe('azerbaycan');
    // spellings of other languages that no knowledge base lists
    expect(matcher.find("Le président de l'Azerbaïdjan est arrivé.")).toBe('azerbaidjan');
    expect(matcher.find('Talks on Mountainous Karabagh resumed.')).not.toBeNull();
    expect(matcher.find('Armeniya i Rossiya')).toBe('armeniya');
    // words cut at any mark, digits kept in the word; a spelling at the very end
    expect(matcher.find('A Minsk-Group envoy (the 3rd) flew on to Stepanakert')).toBe('minsk group');
    expect(matcher.find('Flight PS713 landed; its passengers spoke of Stepanakert')).toBe('stepanakert');
  });

  it('finds nothing in news about anything else, whatever words it shares with the knowledge base', () => {
    expect(matcher.find('The trend in bond prices worried investors in London, the Treasury said.')).toBeNull();
    expect(matcher.find('My step-father, Thomas Mann, signed a civil contract with the Moscow club.')).toBeNull();
    expect(matcher.find('')).toBeNull();
  });

  it('is widened by a knowledge file of the user', () => {
    const file = path.join(os.tmpdir(), `kcli-topic-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify({ places: [{ id: 'qaraqol-x', name: 'Qaraqol', kind: 'city', country: 'AZ' }] }));
    try {
      expect(new TopicMatcher(loadKnowledge([file])).find('Villagers in Qaraqol rebuilt the school.')).toBe('qaraqol');
      expect(matcher.find('Villagers in Qaraqol rebuilt the school.')).toBeNull();
    } finally { fs.rmSync(file, { force: true }); }
  });

  it('gives a skipped article the contract fields, empty, and says why', () => {
    const k = loadKnowledge();
    const body = offTopicBody({ file: 'f.txt', original: 'Rain in Oslo.', body: 'Rain in Oslo.', meta: { source: 'AP' } }, k);
    expect(JSON.parse(body!)).toEqual({ skipped: 'off-topic', title: null, date: null, meta: { source: 'AP' }, people: [], places: [], organizations: [], dates: [], meetings: [], ceasefires: [] });
    expect(offTopicBody({ file: 'g.txt', original: 'Yerevan', body: 'Yerevan', meta: {} }, k)).toBeNull();
  });
});

describe('the topic filter, on by default', () => {
  const cli = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../bin/karabakh-cli');
  const run = (args: string[], input = '') => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  const analyze = (args: string[], input: string) => run(['analyze', '--ndjson', '--no-cache', '-j', '1', ...args, '-'], input);
  const offTopic = 'OSLO, May 2, 2022 - Hans Berg met Ola Dahl in Bergen on Monday to discuss the fishing quotas.\n';
  const onTopic = 'BAKU, May 3, 2022 - Ilham Aliyev met Charles Michel in Baku on Tuesday.\n';
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-topics-'));
    fs.writeFileSync(path.join(dir, 'a-fish.txt'), offTopic);
    fs.writeFileSync(path.join(dir, 'b-baku.txt'), onTopic);
    fs.writeFileSync(path.join(dir, 'list.csv'), 'file,date\na-fish.txt,2022-05-02\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('skips an off-topic article, says so on its line and in the summary, and keeps the on-topic one', () => {
    const out = lines(run(['analyze', '--ndjson', '--no-cache', '-j', '1', dir]).stdout);
    expect(out.map((a) => [path.basename(a.file), a.skipped ?? null])).toEqual([['a-fish.txt', 'off-topic'], ['b-baku.txt', null]]);
    expect(out[0].meetings).toEqual([]);
    expect(out[1].meetings.map((m: { participants: string[] }) => m.participants)).toEqual([['Ilham Aliyev', 'Charles Michel']]);
    const table = run(['meetings', '--no-cache', '-j', '1', dir]);
    expect(table.stdout).toMatch(/in 1 article; 1 off-topic article skipped \(--all-topics analyses them\)\n$/);
  });

  it('--all-topics analyses every article', () => {
    const all = analyze(['--all-topics'], offTopic);
    expect(all.status).toBe(0);
    const facts = JSON.parse(all.stdout);
    expect(facts.skipped).toBeUndefined();
    expect(facts.date.value).toBe('2022-05-02');
    expect(facts.places.map((p: { name: string }) => p.name)).toEqual(['Oslo']);
    expect(JSON.parse(analyze([], offTopic).stdout).skipped).toBe('off-topic');
  });

  it('leaves alone an article a --manifest lists (the user chose it), unless --topic-filter is given', () => {
    const manifest = ['--manifest', path.join(dir, 'list.csv')];
    const listed = lines(run(['analyze', '--ndjson', '--no-cache', '-j', '1', ...manifest, dir]).stdout);
    expect(listed[0].skipped).toBeUndefined();
    expect(listed[0].date).toMatchObject({ value: '2022-05-02', source: 'metadata' });
    const strict = lines(run(['analyze', '--ndjson', '--no-cache', '-j', '1', ...manifest, '--topic-filter', dir]).stdout);
    expect(strict[0].skipped).toBe('off-topic');
  });

  it('never serves a cached result made under another filter setting', () => {
    const cache = path.join(dir, 'cache');
    const withCache = (extra: string[]) => lines(run(['analyze', '--ndjson', '-j', '1', '--cache', cache, ...extra, dir]).stdout)[0];
    expect(withCache([]).skipped).toBe('off-topic');
    expect(withCache(['--all-topics']).skipped).toBeUndefined();
    expect(withCache([]).skipped).toBe('off-topic');
  });

  it('cannot be both forced and turned off (a usage error)', () => {
    const r = analyze(['--all-topics', '--topic-filter'], offTopic);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--topic-filter' cannot be used with option '--all-topics'/);
  });
});

describe('--shard I/N', () => {
  it('splits the input order into N disjoint parts that cover it', () => {
    const shards = [1, 2, 3].map((i) => parseShard(`${i}/3`));
    const owners = Array.from({ length: 10 }, (_, pos) => shards.filter((s) => inShard(pos, s)).length);
    expect(owners).toEqual(Array(10).fill(1));
  });
  it('refuses anything but I/N with 1 <= I <= N', () => {
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/3/4']) expect(() => parseShard(bad)).toThrow();
  });
});

describe('records', () => {
  it('reads an article record with its metadata, and refuses a bad date', () => {
    const r = sourceFromRecord(JSON.stringify({ file: 'x', text: 'Hi', date: '2020-11-10', source: 'TASS' }), '-:1', 100);
    expect(r).toEqual({ ok: true, source: { file: 'x', original: 'Hi', body: 'Hi', meta: { date: '2020-11-10', source: 'TASS', origin: 'record' } } });
    const bad = sourceFromRecord(JSON.stringify({ file: 'x', text: 'Hi', date: 'yesterday' }), '-:2', 100);
    expect(bad.ok).toBe(false);
    expect(sourceFromRecord(JSON.stringify({ file: 'y', text: 'x'.repeat(101) }), '-:3', 100).ok).toBe(false);
  });
  it('reads a map line back as facts or an error, and names a line that is neither', () => {
    expect(parseRecord('{"file":"a.txt","error":"no such file"}', 's:1')).toEqual({ file: 'a.txt', error: { file: 'a.txt', message: 'no such file' } });
    expect(parseRecord('{"file":"a.txt","people":[],"meetings":[],"ceasefires":[]}', 's:2').facts?.file).toBe('a.txt');
    expect(parseRecord('[1,2]', 's:3').error?.file).toBe('s:3');
    expect(parseRecord('{"file":"a.txt"}', 's:4').error?.message).toMatch(/not a karabakh-cli map record/);
  });
});
