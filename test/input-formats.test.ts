import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticles } from '../src/load/sources.js';
import { annotate } from '../src/annotate/index.js';
import { extractFacts } from '../src/extract/index.js';
import type { ArticleFacts } from '../src/types.js';
import { htmlPage, jsonlRecord } from './wrap-html.mjs';
import { kb } from './helpers.js';

// The repository's seed articles, wrapped at run time into the pages and records scrapers save
// (test/wrap-html.mjs: menus, cookie banner, scripts, related stories and comments with names
// and dates of their own), must give the same facts as the plain texts, and the article date
// from the page's or record's metadata where it has one.

const SEEDS = path.resolve('fixtures/seeds');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-formats-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function factsOfFile(file: string): ArticleFacts[] {
  return [...readArticles(file)].map((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return extractFacts(annotate(r.article, kb()), kb());
  });
}

/** What the issue compares: people, places, organisations, meetings, ceasefires (and the date, separately). */
function summary(f: ArticleFacts) {
  return {
    people: f.people.map((e) => e.name).sort(),
    places: f.places.map((e) => e.name).sort(),
    organizations: f.organizations.map((e) => e.name).sort(),
    meetings: f.meetings.map((m) => [m.participants.join(' + '), m.location, m.date, m.mode, m.status].join(' | ')).sort(),
    ceasefires: f.ceasefires.map((c) => `${c.id ?? c.name} ${c.date}`).sort(),
  };
}

function write(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe.each(seeds.map((s, i) => [s, i] as const))('seed %s', (name, i) => {
  const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
  const base = name.replace(/\.txt$/, '');
  let plain: ArticleFacts;
  beforeAll(() => { [plain] = factsOfFile(path.join(SEEDS, name)); });

  it.each([0, 1, 2])('as an HTML page (layout %i) gives the same facts and date', (layout) => {
    const [page] = factsOfFile(write(`${base}-${layout}.html`, htmlPage(text, { index: layout })));
    expect(summary(page)).toEqual(summary(plain));
    expect(page.date?.value ?? null).toBe(plain.date?.value ?? null);
    expect(page.meta).toMatchObject({ source: 'The Caucasus Ledger', url: `https://ledger.example/news/story-${layout}` });
  });

  it.each([0, 1, 2])('as an HTML page with a publication date (layout %i) takes the date from the metadata', (layout) => {
    const date = plain.date?.value.length === 10 ? plain.date.value : '2016-01-15';
    const [page] = factsOfFile(write(`${base}-dated-${layout}.html`, htmlPage(text, { index: layout, date })));
    expect(page.date).toMatchObject({ value: date, source: 'metadata' });
    if (plain.date?.value === date) expect(summary(page)).toEqual(summary(plain));
  });

  it.each(['news-please', 'trafilatura'] as const)('as a %s JSON Lines record gives the same facts, the date from its field', (shape) => {
    const date = plain.date?.value.length === 10 ? plain.date.value : null;
    const lines = [jsonlRecord(text, shape, { index: i, date }), jsonlRecord(text, shape, { index: i + 1, date: null })];
    const [dated, undated] = factsOfFile(write(`${base}.${shape}.jsonl`, lines.join('\n') + '\n'));
    expect(summary(dated)).toEqual(summary(plain));
    expect(summary(undated)).toEqual(summary(plain));
    if (date) expect(dated.date).toMatchObject({ value: date, source: 'metadata' });
    expect(undated.date?.value ?? null).toBe(plain.date?.value ?? null);
    expect(dated.meta.source).toBe('ledger.example');
  });
});
