#!/usr/bin/env node
// Wraps plain-text articles into the pages and records scrapers save, to test that karabakh-cli
// reads the article out of them as well as out of the text:
//
//   node test/wrap-html.mjs SRC_DIR OUT_DIR [--ext html] [--date-from-text]
//
// writes each SRC_DIR/*.txt as an HTML page in OUT_DIR under the same name (so a scorer that
// pairs files by name still pairs them; the content is sniffed as HTML), or NAME.html with
// --ext html. Pages carry what real pages carry around an article: a site header with menus,
// a cookie banner, scripts and styles, a related-stories list and a comments section, each
// with names and dates of their own that must not reach the extractors. The layout varies
// with the article's index (semantic <article> + JSON-LD, a WordPress-style div, bare divs).
// The test suite imports htmlPage and jsonlRecord from here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Every non-ASCII character as a numeric reference, as older CMSs write them. */
const entities = (s) => escape(s).replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);

const MENU = '<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/caucasus">Caucasus</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>';
const COOKIES = '<div id="cookie-consent" class="cmp-banner"><p>We and our partners use cookies. Our privacy policy was updated on 3 March 2021 in Brussels; by clicking Accept you agree.</p><button>Accept all</button></div>';
const SCRIPT = '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"headline":"Lavrov met Blinken in Stockholm","published":"2021-12-02"});</script>';
const STYLE = '<style>.story p{margin:0 0 1em} .cmp-banner{position:fixed}</style>';
const RELATED = `<aside class="related-stories"><h2>Related</h2><ul>
<li><article class="teaser"><a href="/2019/03/29/vienna">Pashinyan and Aliyev hold first face-to-face talks in Vienna</a> <time datetime="2019-03-29">29 March 2019</time></article></li>
<li><article class="teaser"><a href="/2022/10/06/prague">Leaders meet on the sidelines of the Prague summit</a> <time datetime="2022-10-06">6 October 2022</time></article></li>
</ul></aside>`;
const COMMENTS = `<section id="comments" class="comments-area"><h3>2 comments</h3>
<div class="comment"><p class="comment-meta">Posted on 12 January 2015</p><p>Erdogan met Aliyev in Shusha on 15 June 2021, why is that not mentioned?</p></div>
<div class="comment"><p>Macron spoke with Putin by phone about the truce, I read it somewhere.</p></div></section>`;
const FOOTER = '<footer class="site-footer"><p>&copy; 2024 The Caucasus Ledger. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>';

/**
 * An article's text → an HTML page. `date` (YYYY-MM-DD), when given, goes into the page's
 * metadata (JSON-LD or meta tags, depending on the layout); `index` picks the layout.
 */
export function htmlPage(text, { date = null, index = 0, site = 'The Caucasus Ledger' } = {}) {
  const [title, ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const layout = index % 3;
  const enc = layout === 1 ? entities : escape;
  // a paragraph per blank-line-separated block; lines inside one stay lines (<br>), as in the text
  const paragraphs = rest.join('\n').split(/\n\s*\n/).filter((p) => p.trim())
    .map((p) => `<p>${p.split('\n').filter((l) => l.trim()).map(enc).join('<br>\n')}</p>`).join('\n');
  const slug = `story-${index}`;
  const url = `https://ledger.example/news/${slug}`;
  const head = [`<meta charset="utf-8"><title>${escape(title)} | ${site}</title>`, `<link rel="canonical" href="${url}">`, `<meta property="og:site_name" content="${site}">`, STYLE, SCRIPT];
  if (date && layout === 0) {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${date}T09:30:00+04:00`, dateModified: '2024-02-01T10:00:00Z', author: { '@type': 'Person', name: 'Staff' }, publisher: { '@type': 'Organization', name: site } };
    head.push(`<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`);
  } else if (date && layout === 1) {
    head.push(`<meta property="article:published_time" content="${date}T09:30:00Z">`, '<meta property="article:modified_time" content="2024-02-01T10:00:00Z">');
  }
  let body;
  if (layout === 0) {
    body = `<header class="site-header"><div class="logo">${site}</div>${MENU}</header>${COOKIES}
<main id="main"><article class="story"><header class="story-header"><h1>${escape(title)}</h1></header>
<div class="story-body" itemprop="articleBody">
${paragraphs}
</div><div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div></article>
${RELATED}
${COMMENTS}</main>`;
  } else if (layout === 1) {
    // WordPress-like: the headline outside the content div, a date in a <time> of the post
    const time = date ? `<time class="entry-date" datetime="${date}">${date}</time>` : '';
    body = `${COOKIES}<div id="page"><div class="site-branding">${site}</div>${MENU}
<div id="primary" class="content-area"><h1 class="entry-title">${enc(title)}</h1><div class="entry-meta">${time}</div>
<div class="entry-content">
${paragraphs}
</div>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a></div>
${COMMENTS}</div>
<div id="secondary" class="widget-area sidebar">${RELATED}</div></div>`;
  } else {
    // no semantic markup at all: the content must be found by its text
    const time = date ? `<p class="dateline"><span itemprop="datePublished" content="${date}">${date}</span></p>` : '';
    body = `<div id="top"><div class="nav">${MENU}</div></div>${COOKIES}
<div id="wrapper"><div class="col-left"><div class="headline"><h1>${escape(title)}</h1></div>${time}
${paragraphs}
</div><div class="col-right"><div class="box"><h4>Most read</h4><ul><li><a href="/x">Ceasefire talks collapse</a> 2 days ago</li><li><a href="/y">Border clashes reported</a> 1 week ago</li></ul></div></div></div>
<div class="comments">${COMMENTS}</div>`;
  }
  return `<!DOCTYPE html>\n<html lang="en"><head>${head.join('\n')}</head>\n<body>\n${body}\n${FOOTER}\n<script src="/js/app.js"></script><script>track("${escape(title).replace(/"/g, '')}")</script>\n</body></html>\n`;
}

/** An article's text → one JSON Lines record in a scraper's shape ("news-please" or "trafilatura"). */
export function jsonlRecord(text, shape, { date = null, index = 0 } = {}) {
  const [title] = text.split('\n');
  const url = `https://ledger.example/news/story-${index}`;
  if (shape === 'news-please') {
    return JSON.stringify({ authors: ['Staff'], date_download: '2024-03-01 12:00:00', date_modify: null, date_publish: date ? `${date} 09:30:00` : null, description: null, filename: `story-${index}.json`, image_url: null, language: 'en', localpath: null, maintext: text, source_domain: 'ledger.example', title, title_page: null, title_rss: null, url });
  }
  return JSON.stringify({ title, author: 'Staff', hostname: 'ledger.example', date, categories: '', tags: '', fingerprint: `f${index}`, id: null, license: null, comments: '', text, language: 'en', url, sitename: 'The Caucasus Ledger' });
}

function main(argv) {
  const at = argv.indexOf('--ext');
  const ext = at >= 0 ? argv[at + 1] : null;
  const [src, out] = argv.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (!src || !out) {
    process.stderr.write('usage: node test/wrap-html.mjs SRC_DIR OUT_DIR [--ext html]\n');
    process.exit(2);
  }
  fs.mkdirSync(out, { recursive: true });
  const files = fs.readdirSync(src).filter((f) => f.endsWith('.txt')).sort();
  files.forEach((f, i) => {
    const name = ext ? f.replace(/\.txt$/, `.${ext}`) : f;
    fs.writeFileSync(path.join(out, name), htmlPage(fs.readFileSync(path.join(src, f), 'utf8'), { index: i }));
  });
  process.stdout.write(`${files.length} pages written to ${out}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
