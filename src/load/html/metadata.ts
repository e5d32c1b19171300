import type { UserMetadata } from '../../types.js';
import { normaliseDate } from '../meta-date.js';
import { attr, contains, elements, isElement, textOf, type Document, type Element } from './dom.js';
import { isJunk } from './junk.js';

// The page's own metadata, best first: JSON-LD (NewsArticle, Article...), then <meta> tags
// (article:published_time, og:*, Dublin Core, parsely, sailthru), then microdata
// itemprop=datePublished, then a <time datetime> of the article itself. dateModified is kept
// apart and never becomes the date. Dates in related-article cards, comments and sidebars are
// never read: a date element counts only outside junk and inside the article (when it has one).

export interface PageMetadata extends UserMetadata {
  title?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting)$/;

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'date_published', 'published_time',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'dc.date.issued', 'dcterms.issued', 'dc.date',
  'dcterms.date', 'dcterms.created', 'date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:pubdate', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

interface JsonLdArticle {
  headline?: string;
  datePublished?: unknown;
  dateModified?: unknown;
  author?: unknown;
  publisher?: unknown;
  url?: unknown;
  mainEntityOfPage?: unknown;
}

/** `content` is the main text's containers (see content.ts): a date element must belong to their article. */
export function pageMetadata(doc: Document, content: Element[]): PageMetadata {
  const meta = new Map<string, string>();
  let canonical = '';
  let htmlTitle = '';
  const ld: JsonLdArticle[] = [];
  const dated: Element[] = [];
  for (const el of elements(doc)) {
    if (el.name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).toLowerCase();
      const value = attr(el, 'content').trim();
      if (key && value && !meta.has(key) && (key !== 'datepublished' || countsForArticle(el, content))) meta.set(key, value);
    } else if (el.name === 'link' && /\bcanonical\b/i.test(attr(el, 'rel')) && !canonical) canonical = attr(el, 'href').trim();
    else if (el.name === 'title' && !htmlTitle) htmlTitle = textOf(el).replace(/\s+/g, ' ').trim();
    else if (el.name === 'script' && /ld\+json/i.test(attr(el, 'type'))) ld.push(...jsonLdArticles(textOf(el)));
    else if ((/datePublished/i.test(attr(el, 'itemprop')) || el.name === 'time') && countsForArticle(el, content)) dated.push(el);
  }
  const article = ld[0] ?? {};
  const out: PageMetadata = { origin: 'html' };
  const dateCandidates: unknown[] = [
    article.datePublished,
    ...PUBLISHED_META.map((k) => meta.get(k)),
    ...dated.filter((e) => e.name !== 'time' || /datePublished/i.test(attr(e, 'itemprop'))).map(dateOfElement),
    ...dated.filter((e) => e.name === 'time' && e.attribs.pubdate !== undefined).map(dateOfElement),
    ...dated.filter((e) => e.name === 'time' && !/dateModified|updated|modified/i.test(`${attr(e, 'itemprop')} ${attr(e, 'class')}`)).map(dateOfElement),
  ];
  for (const c of dateCandidates) {
    const d = normaliseDate(c);
    if (!d) continue;
    if ('date' in d) { out.date = d.date; break; }
    out.badDate ??= d.bad;
  }
  if (out.date) delete out.badDate;
  const modified = normaliseDate(article.dateModified ?? MODIFIED_META.map((k) => meta.get(k)).find(Boolean));
  if (modified && 'date' in modified) out.modified = modified.date;
  const url = canonical || meta.get('og:url') || stringOf(article.url) || idOf(article.mainEntityOfPage);
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  const site = meta.get('og:site_name') || nameOf(article.publisher) || meta.get('application-name') || meta.get('publisher');
  if (site) out.source = site;
  else if (out.url) out.source = hostOf(out.url);
  const author = nameOf(article.author) || meta.get('author') || meta.get('article:author') || meta.get('sailthru.author') || meta.get('parsely-author');
  if (author && !/^https?:/i.test(author)) out.author = author;
  const title = stringOf(article.headline) || meta.get('og:title') || meta.get('twitter:title') || stripSiteName(htmlTitle, site);
  if (title) out.title = title.replace(/\s+/g, ' ').trim();
  return out;
}

/** Not in a widget, and inside the article that holds the main text (or no article element at all). */
function countsForArticle(el: Element, content: Element[]): boolean {
  let article: Element | null = null;
  for (let p: Element | null = el; p && isElement(p); p = p.parent as Element | null) {
    if (p.name === 'head') return true;
    if (isJunk(p)) return false;
    if (!article && p.name === 'article') article = p;
  }
  if (!article) return true;
  return content.some((c) => contains(article!, c) || contains(c, article!));
}

function dateOfElement(el: Element): string {
  return attr(el, 'datetime') || attr(el, 'content') || textOf(el).trim();
}

/** The Article objects of a JSON-LD block: top level, arrays and @graph; ItemLists (related stories) are not entered. */
function jsonLdArticles(text: string): JsonLdArticle[] {
  let data: unknown;
  try { data = JSON.parse(text); } catch {
    // CMSs print raw newlines and tabs inside strings: JSON.parse refuses, a browser's JSON-LD reader does not
    try { data = JSON.parse(text.replace(/[\n\r\t]+/g, ' ')); } catch { return []; }
  }
  const out: JsonLdArticle[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 3 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach((x) => visit(x, depth + 1)); return; }
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) out.push(o as JsonLdArticle);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  visit(data, 0);
  return out;
}

function stringOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

function idOf(v: unknown): string {
  if (typeof v === 'string') return v;
  return v && typeof v === 'object' ? stringOf((v as Record<string, unknown>)['@id'] ?? (v as Record<string, unknown>).url) : '';
}

/** A person or organisation as JSON-LD writes it: a string, {name}, or a list of them. */
function nameOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ');
  return v && typeof v === 'object' ? stringOf((v as Record<string, unknown>).name) : '';
}

function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; }
}

/** "Putin meets leaders | Example News" → "Putin meets leaders". */
function stripSiteName(title: string, site: string | undefined): string {
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  if (parts.length < 2) return title;
  if (site && parts[parts.length - 1].toLowerCase().includes(site.toLowerCase())) return parts.slice(0, -1).join(' - ');
  return parts[parts.length - 1].length <= 40 ? parts.slice(0, -1).join(' - ') : title;
}
