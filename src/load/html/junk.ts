import { attr, type Element } from './dom.js';

// What on a page is never the article: code, forms, navigation, cookie banners, comment
// sections, share bars, related-article lists. Their text (and their dates) must not reach
// the extractors. Judged by tag, ARIA role and the words of class and id, as Readability and
// the boilerplate literature do; the word lists are data, here once.

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'form', 'button', 'select', 'input', 'textarea', 'label', 'nav', 'aside', 'dialog', 'menu', 'footer', 'head', 'title',
]);

const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'search', 'banner', 'toolbar', 'tablist']);

/** Words of a class or id that mark a widget wherever it sits (even inside the article element). */
const JUNK_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'replies', 'respond', 'cookie', 'cookies', 'consent', 'gdpr', 'cmp',
  'related', 'recommended', 'recommendations', 'recirculation', 'trending', 'popular', 'mostread', 'outbrain', 'taboola',
  'share', 'sharing', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'paywall', 'promo', 'sidebar',
  'breadcrumb', 'breadcrumbs', 'nav', 'navbar', 'navigation', 'menu', 'footer', 'popup', 'modal', 'overlay', 'banner',
  'ad', 'ads', 'advert', 'advertisement', 'sponsored', 'widget', 'tags', 'taglist', 'pagination', 'pager', 'skip', 'sr',
]);

/** Words that mark a page header or masthead: junk unless inside the article (an article header holds its byline). */
const HEADER_WORDS = new Set(['header', 'masthead', 'topbar', 'branding', 'logo']);

/** A class or id split into lower-case words: "articleComments" and "article-comments" → article, comments. */
export function classWords(el: Element): string[] {
  const s = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (!s.trim()) return [];
  return s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Inside an <article>, <main> or itemprop=articleBody: where a header is the article's own. */
export function inArticle(el: Element): boolean {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) {
    const e = p as Element;
    if (e.name === 'article' || e.name === 'main' || /articleBody/i.test(attr(e, 'itemprop'))) return true;
  }
  return false;
}

/** Is this element (and so everything under it) not article text? */
export function isJunk(el: Element): boolean {
  if (SKIP_TAGS.has(el.name)) return true;
  if (el.attribs.hidden !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, 'style'))) return true;
  if (SKIP_ROLES.has(attr(el, 'role').toLowerCase())) return true;
  if (el.name === 'body' || el.name === 'html' || el.name === 'article' || el.name === 'main') return false;
  if (/articleBody/i.test(attr(el, 'itemprop'))) return false;
  const words = classWords(el);
  if (words.some((w) => JUNK_WORDS.has(w))) return true;
  if (el.name === 'header' || words.some((w) => HEADER_WORDS.has(w))) return !inArticle(el);
  return false;
}
