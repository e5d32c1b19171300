import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findInputs } from '../src/load/find.js';
import { readArticle } from '../src/load/read.js';
import { cleanText } from '../src/load/clean.js';
import { articleFromText } from '../src/load/article.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { readRegularFile, TooLarge } from '../src/load/bounded.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-load-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('finding inputs', () => {
  it('expands folders recursively and globs, in a deterministic order, reading each file once', () => {
    const b = file('corpus/b.txt', 'B');
    const a = file('corpus/sub/a.md', 'A');
    file('corpus/skip.json', '{}');
    const found = findInputs([path.join(dir, 'corpus'), b, path.join(dir, 'corpus/**/*.md')]);
    expect(found.errors).toEqual([]);
    expect(found.files).toEqual([b, a]);
  });

  it('names arguments that match nothing', () => {
    file('empty/readme.json', '{}');
    const found = findInputs([path.join(dir, 'nope.txt'), path.join(dir, 'empty'), path.join(dir, 'zz*.txt')]);
    expect(found.files).toEqual([]);
    expect(found.errors.map((e) => e.message)).toEqual(['no such file or folder', expect.stringMatching(/no \.txt/), 'no files match this pattern']);
  });

  it('honours --ignore for folders and named files', () => {
    const keep = file('ig/keep.txt', 'x');
    const drop = file('ig/drop.txt', 'x');
    const rel = path.relative(process.cwd(), drop);
    expect(findInputs([path.join(dir, 'ig'), drop], { ignore: [rel] }).files).toEqual([keep]);
  });
});

describe('reading bad files', () => {
  const message = (p: string, opts = {}) => {
    const r = readArticle(p, opts);
    return r.ok ? 'ok' : r.error.message;
  };
  it('refuses binary files', () => expect(message(file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])))).toMatch(/binary/));
  it('refuses invalid UTF-8 and says how to fix it', () => expect(message(file('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1')))).toMatch(/not UTF-8.*iconv/));
  it('refuses UTF-16', () => expect(message(file('u16.txt', Buffer.from('\ufeffhello', 'utf16le')))).toMatch(/UTF-16/));
  it('refuses files over --max-bytes', () => expect(message(file('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 })).toMatch(/too large.*--max-bytes/));
  it('names a missing file', () => expect(message(path.join(dir, 'missing.txt'))).toBe('no such file'));
  it('reads UTF-8 with a BOM, dropping it', () => {
    const r = readArticle(file('bom.txt', '\ufeffPutin met Aliyev.'));
    expect(r.ok && r.article.text).toBe('Putin met Aliyev.');
  });
});

describe('bounded reads', () => {
  it('reads files of one chunk, of many and of none whole, one after another, each its own bytes', () => {
    const sizes = [0, 1, 3_500, 65_536, 65_537, 200_001];
    const paths = sizes.map((n, i) => file(`sizes/${i}.bin`, Buffer.from(Array.from({ length: n }, (_, k) => (k * 7 + i) % 251))));
    for (const p of [...paths, ...paths.reverse()]) expect(readRegularFile(p, 1_000_000).equals(fs.readFileSync(p))).toBe(true);
    // what was read stays as it was when the next file is read
    const [a, b] = [readRegularFile(paths[2], 1_000_000), readRegularFile(paths[3], 1_000_000)];
    expect(a.equals(fs.readFileSync(paths[2])) && b.equals(fs.readFileSync(paths[3]))).toBe(true);
  });

  it('stops at the budget', () => {
    const p = file('sizes/big.bin', Buffer.alloc(70_000, 1));
    expect(() => readRegularFile(p, 69_999)).toThrow(TooLarge);
    expect(readRegularFile(p, 70_000).length).toBe(70_000);
  });
});

describe('metadata', () => {
  it('takes the date from a sidecar, front matter, a manifest and --date, most specific first', () => {
    const p = file('meta/a.txt', '---\ndate: 2016-06-20\nsource: AFP\n---\nPutin met Aliyev.');
    let r = readArticle(p, { date: '2001-01-01' });
    expect(r.ok && r.article.meta).toMatchObject({ date: '2016-06-20', source: 'AFP' });
    expect(r.ok && r.article.text).toBe('Putin met Aliyev.');
    // offsets still point into the file, front matter included
    expect(r.ok && r.article.raw.startsWith('---')).toBe(true);
    file('meta/a.txt.json', JSON.stringify({ date: '2016-06-21', url: 'https://example.org/a' }));
    r = readArticle(p);
    expect(r.ok && r.article.meta).toMatchObject({ date: '2016-06-21', url: 'https://example.org/a' });
  });

  it('rejects a malformed sidecar date with a clear message', () => {
    const p = file('meta/b.txt', 'Text.');
    file('meta/b.txt.json', JSON.stringify({ date: 'June 2016' }));
    const r = readArticle(p);
    expect(!r.ok && r.error.message).toMatch(/sidecar .*b\.txt\.json: date "June 2016"/);
  });
});

describe('cleaning', () => {
  it('strips site furniture and keeps the article', () => {
    const raw = [
      'Leaders meet in Vienna - Example News',
      'World NewsFeatured',
      '20th June 2016, Comments 0 comments',
      'Leaders meet in Vienna',
      'The leaders met on Monday.',
      '[do_widget_area inner_adsbar]',
      'https://example.org/images/avatar.jpg',
      'Share this news',
      'Read all the Latest News, Breaking News here',
      'Disclaimer: This post has been auto-published from an agency feed.',
      "What's your reaction?",
      '0 Comments To This Article',
      'Comments are closed.',
    ].join('\n');
    const a = articleFromText('x.txt', raw);
    expect(a.text).toBe('Leaders meet in Vienna - Example News\n20th June 2016\nThe leaders met on Monday.');
    expect(a.title).toBe('Leaders meet in Vienna');
  });

  it('drops the items of a related-stories list with the heading, and nothing after them', () => {
    const raw = [
      'The ministers met in Prague on Tuesday.',
      '',
      'Related stories',
      '- Envoys end regional tour - 14.03.2016',
      '- Explainer: the 1992 communique - 07.05.2012',
      'Officials said the talks would go on.',
    ].join('\n');
    expect(cleanText(raw).text).toBe('The ministers met in Prague on Tuesday.\n\nOfficials said the talks would go on.');
  });

  it('drops a paragraph printed twice, keeping the copy with the dateline', () => {
    const p = 'Russian President Vladimir Putin on Monday brought together the leaders of Armenia and Azerbaijan.';
    const a = articleFromText('x.txt', `Title line\n\n${p}\n\nMOSCOW: ${p}\n\nMore.`);
    expect(a.text).toBe(`Title line\n\nMOSCOW: ${p}\n\nMore.`);
  });

  it('unescapes quotes and normalises quotes, dashes and spaces, mapping back to the original', () => {
    const raw = 'April\\’s “worst”\u00a0clashes --- since 1992–94.';
    const t = cleanText(raw);
    expect(t.text).toBe('April\'s "worst" clashes \u2014 since 1992-94.');
    const at = t.text.indexOf('worst');
    expect(raw.slice(t.origin[at], t.origin[at + 5 - 1] + 1)).toBe('worst');
  });

  it('reads an en dash between two words as a hyphen, and one with a space beside it as a dash', () => {
    expect(cleanText('the Ankara–Tbilisi line and the 2008–2009 talks – briefly').text).toBe('the Ankara-Tbilisi line and the 2008-2009 talks — briefly');
    expect(cleanText('Šuša–Ağdam').text).toBe('Šuša-Ağdam');
  });

  it('drops a line repeated with other punctuation, accented letters and case included', () => {
    const line = 'Délégations de Bakou et d’Erevan réunies à Genève pour la commission frontalière';
    expect(cleanText(`${line}\n\n${line.toUpperCase().replace(/ /g, '  ')}\n\nThe body.`).text).toBe(`${line.replace('’', "'")}\n\nThe body.`);
     // lines that differ in accented letters only are two lines
    const two = 'Ağdam görüşmesi sona erdi, dedi Əliyev\n\nAğdam görüşmesi sona erdi, dedi Öliyev';
    expect(cleanText(two).text).toBe(two);
  });

  it('drops the comment counter of a byline only where one is', () => {
    expect(cleanText('By Ann Lee, Comments 4 Comments\nThe body.').text).toBe('By Ann Lee\nThe body.');
    expect(cleanText('Commentators said the comment was 4 days late.').text).toBe('Commentators said the comment was 4 days late.');
  });
});

describe('sentences', () => {
  it('does not split at wire abbreviations', () => {
    const s = splitSentences('The deal was signed on Nov. 10, 2020 by the U.S. and Russia. Talks in St. Petersburg followed. Mr. Aliyev agreed.');
    expect(s.map((x) => x.text)).toEqual(['The deal was signed on Nov. 10, 2020 by the U.S. and Russia.', 'Talks in St. Petersburg followed.', 'Mr. Aliyev agreed.']);
  });

  it('ends headlines and captions at their line', () => {
    const s = splitSentences('Leaders meet in Vienna\nThe talks began on Monday.');
    expect(s.map((x) => x.text)).toEqual(['Leaders meet in Vienna', 'The talks began on Monday.']);
  });
});
