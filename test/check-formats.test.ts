import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/index.js';
import { runCheck } from '../src/check/engine.js';

// check on saved pages and on metadata dates: a page without article text, a publication date
// that cannot be right, and one that the text contradicts.

const knowledge = loadKnowledge();
let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-check-formats-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const STORY = 'YEREVAN, May 14, 2023 - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on Sunday for talks hosted by European Council President Charles Michel, their fifth meeting in that format. The leaders discussed border delimitation, the release of detainees and the reopening of transport links, Michel said after the talks, adding that they had agreed to meet again in the summer. Neither side commented on the details.';

async function rulesFor(name: string, content: string): Promise<string[]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return (await runCheck([file], { knowledge })).files.flatMap((f) => f.findings.map((x) => `${x.ruleId}:${x.severity}`));
}

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('check on pages and metadata dates', () => {
  it('html-no-main-text: a consent wall, and not furniture-only', async () => {
    const found = await rulesFor('wall.html', fs.readFileSync('fixtures/html/consent-wall.html', 'utf8'));
    expect(found).toContain('html-no-main-text:error');
    expect(found).not.toContain('furniture-only:error');
  });

  it('a page with its article passes', async () => {
    expect(await rulesFor('ok.html', page('<meta property="article:published_time" content="2023-05-14T20:00:00+02:00">', `<article><h1>Leaders meet in Brussels</h1><p>${STORY}</p></article>`))).toEqual([]);
  });

  it('metadata-date-impossible: a date that is no day, or in the future', async () => {
    expect(await rulesFor('bad.html', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-30"}</script>', `<article><p>${STORY}</p></article>`))).toContain('metadata-date-impossible:error');
    expect(await rulesFor('future.jsonl', JSON.stringify({ maintext: STORY, date_publish: '2999-01-01 00:00:00' }) + '\n')).toContain('metadata-date-impossible:error');
  });

  it('metadata-date-disagrees: the page says one day, the dateline another', async () => {
    expect(await rulesFor('off.html', page('<meta property="article:published_time" content="2023-06-20T10:00:00Z">', `<article><p>${STORY}</p></article>`))).toContain('metadata-date-disagrees:warning');
    // a day apart is time zones, not a disagreement
    expect(await rulesFor('near.html', page('<meta property="article:published_time" content="2023-05-15T01:00:00+04:00">', `<article><p>${STORY}</p></article>`))).not.toContain('metadata-date-disagrees:warning');
  });
});
