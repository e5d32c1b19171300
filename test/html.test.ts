import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { articleFromHtml } from '../src/load/html/index.js';
import { looksLikeHtml } from '../src/load/format.js';
import { readArticle } from '../src/load/read.js';
import { normaliseDate } from '../src/load/meta-date.js';
import { annotate } from '../src/annotate/index.js';
import { extractFacts } from '../src/extract/index.js';
import { kb, names } from './helpers.js';

// Saved web pages: the article's text out of the markup, metadata from the page, and offsets
// into the HTML source. Fixtures in fixtures/html are pages written for these tests.

const FIXTURES = path.resolve('fixtures/html');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const load = (name: string) => articleFromHtml(name, fixture(name));
const factsOf = (a: ReturnType<typeof load>) => extractFacts(annotate(a, kb()), kb());

describe('the main text of a page', () => {
  const a = load('geneva-ministers.html');

  it('is the article: headline and paragraphs, entities decoded', () => {
    expect(a.text.startsWith('Foreign ministers of Armenia and Azerbaijan meet in Geneva\n')).toBe(true);
    expect(a.text).toContain('GENEVA \u2014 Armenian Foreign Minister Ara Ayvazyan');
    expect(a.text).toContain('"the future, not the past"');
    expect(a.format).toBe('html');
  });

  it('leaves out scripts, styles, menus, the cookie banner, share bars, tags, related stories and comments', () => {
    for (const junk of ['Pashinyan met Putin', 'position:fixed', 'Politics', 'cookies', 'Mnatsakanyan', 'Lavrov met Kerry', '2 February 2015', 'Tags:', 'Skip to content', '2023 South Caucasus Wire']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('maps every character back into the HTML source', () => {
    const i = a.text.indexOf('Jeyhun Bayramov');
    expect(a.raw.slice(a.origin[i], a.origin[i + 'Jeyhun Bayramov'.length - 1] + 1)).toBe('Jeyhun Bayramov');
    // an entity maps to its reference in the source (the dash with the space before it, after cleaning)
    const dash = a.text.indexOf('\u2014');
    expect(a.raw.slice(a.origin[dash], a.origin[dash] + 8)).toBe(' &ndash;');
  });

  it('gives facts whose evidence offsets point into the page', () => {
    const f = factsOf(a);
    for (const e of [...f.people, ...f.places, ...f.organizations]) {
      for (const [s, t] of e.spans) expect([e.name, ...e.aliases]).toContain(a.raw.slice(s, t).replace(/\s+/g, ' '));
    }
    // the byline's authors are people the page names, like everyone in its text
    expect(names(f.people)).toEqual(['Ara Ayvazian', 'Jeyhun Bayramov', 'Lusine Hakobyan', 'Tural Mammadov']);
    const m = f.meetings.find((x) => x.location === 'Geneva')!;
    expect(m.participants.sort()).toEqual(['Ara Ayvazian', 'Jeyhun Bayramov']);
    expect(m.date).toBe('2021-03-18');
    // the headline and the lede both report it; each piece of evidence is where its sentence is in the page
    expect(m.evidence.length).toBeGreaterThan(0);
    for (const ev of m.evidence) expect(ev.sentence).toContain(a.raw.slice(ev.start, ev.end));
  });
});

describe('page metadata', () => {
  it('JSON-LD NewsArticle comes first; dateModified and the ItemList of older stories never win', () => {
    const a = load('geneva-ministers.html');
    expect(a.meta).toMatchObject({ date: '2021-03-18', modified: '2021-03-25', source: 'South Caucasus Wire', url: 'https://wire.example/2021/03/18/geneva-ministers', author: 'Lusine Hakobyan, Tural Mammadov', origin: 'html' });
    expect(a.title).toBe('Foreign ministers of Armenia and Azerbaijan meet in Geneva');
    expect(factsOf(a).date).toEqual({ value: '2021-03-18', source: 'metadata' });
  });

  it('without JSON-LD: the published <time> of the post, not the updated one nor a sidebar date; og:url and og:site_name', () => {
    const a = load('sochi-trilateral.htm');
    expect(a.meta).toMatchObject({ date: '2022-10-27', source: 'Black Sea Herald', url: 'https://herald.example/news/sochi-trilateral', author: 'Staff reporter' });
    expect(a.text).not.toContain('Key West');
    expect(a.text).not.toContain('Read also');
    expect(a.text).not.toContain('Erdogan');
    expect(a.title).toBe('Putin to host Aliyev and Pashinyan in Sochi');
    const sochi = factsOf(a).meetings.find((m) => m.location === 'Sochi')!;
    expect(sochi).toMatchObject({ date: '2022-10-31', status: 'planned' });
  });

  it('meta tags, microdata and <time> in that order; dates in junk or in other articles are never read', () => {
    const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
    const story = '<article><h1>Talks</h1><p>Aliyev and Pashinyan met in Brussels, officials said, and agreed to meet again soon in the same format.</p></article>';
    expect(articleFromHtml('a.html', page('<meta property="article:published_time" content="2023-05-14T10:00:00+02:00">', story)).meta.date).toBe('2023-05-14');
    expect(articleFromHtml('b.html', page('<meta itemprop="datePublished" content="2023-05-14">', story)).meta.date).toBe('2023-05-14');
    const related = '<aside><article><a href="/x">Older</a><time datetime="2019-01-01">1 Jan</time></article></aside>';
    expect(articleFromHtml('c.html', page('', story + related)).meta.date).toBeUndefined();
    const teaser = '<article class="teaser"><a href="/y">Earlier meeting of the two leaders</a> <time datetime="2018-09-28">28 Sep</time></article>';
    expect(articleFromHtml('d.html', page('', story + teaser)).meta.date).toBeUndefined();
    const own = story.replace('<h1>Talks</h1>', '<h1>Talks</h1><time datetime="2023-05-14T18:00">14 May</time>');
    expect(articleFromHtml('e.html', page('', own + teaser)).meta.date).toBe('2023-05-14');
  });

  it('an impossible date is kept apart as badDate and not used', () => {
    const a = articleFromHtml('x.html', '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-02-30"}</script></head><body><article><p>Putin hosted Aliyev and Sargsyan in Saint Petersburg on Monday, the Kremlin said.</p></article></body></html>');
    expect(a.meta.date).toBeUndefined();
    expect(a.meta.badDate).toBe('2016-02-30');
  });

  it('what the user gives (sidecar, manifest, --date) wins over the page', () => {
    const a = articleFromHtml('geneva-ministers.html', fixture('geneva-ministers.html'), { date: '2021-03-20', origin: 'option' });
    expect(a.meta.date).toBe('2021-03-20');
    expect(a.meta.source).toBe('South Caucasus Wire');
  });
});

describe('dates as pages and scrapers write them', () => {
  it.each([
    ['2016-06-20T23:30:00-05:00', '2016-06-20'],
    ['2016-06-20 14:03:00', '2016-06-20'],
    ['20160620T140300Z', '2016-06-20'],
    ['Mon, 20 Jun 2016 10:00:00 GMT', '2016-06-20'],
    ['June 20, 2016', '2016-06-20'],
  ])('%s → %s', (input, day) => expect(normaliseDate(input)).toEqual({ date: day }));
  it.each(['2016-02-30', '0000-00-00', '1970-01-01T00:00:00Z', 'yesterday'])('%s is not a date', (input) => {
    expect(normaliseDate(input)).toEqual({ bad: input });
  });
});

describe('recognising a page', () => {
  it('by content whatever the extension; a text with a few stray tags stays text', () => {
    expect(looksLikeHtml(fixture('saved-from-browser.txt'))).toBe(true);
    expect(looksLikeHtml('<div class="x"><p>Aliyev met Pashinyan.</p><p>More.</p></div>')).toBe(true);
    expect(looksLikeHtml('<meta property="og:title" content="x">\n\nAliyev met Pashinyan in Brussels.')).toBe(false);
    expect(looksLikeHtml('Putin met Aliyev. <p> was left in the text.')).toBe(false);
    const r = readArticle(path.join(FIXTURES, 'saved-from-browser.txt'));
    expect(r.ok && r.article.format).toBe('html');
    // an en dash between two words is a hyphen (see clean.ts)
    expect(r.ok && r.article.text).toContain('Armenian-Azerbaijani border');
  });

  it('a consent wall has no main text', () => {
    expect(load('consent-wall.html').text).toBe('');
  });

  it('never crashes on broken or deeply nested markup', () => {
    const deep = '<div>'.repeat(20000) + '<p>Aliyev met Pashinyan in Brussels on Sunday, officials said.</p>' + '</div>'.repeat(20000);
    expect(articleFromHtml('deep.html', deep).text).toContain('Aliyev met Pashinyan');
    for (const broken of ['<html><body><p>Putin &amp met &#xZZ; &#99999999; Aliyev<', '<p', '<!-- never closed', '<script>', '&', '<html><body></body></html>']) {
      expect(() => articleFromHtml('b.html', broken)).not.toThrow();
    }
  });
});
