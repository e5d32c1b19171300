import type { LoadedArticle, UserMetadata } from '../../types.js';
import { cleanMapped } from '../clean.js';
import { MappedText } from '../mapped-text.js';
import { contains, elements, parseHtml, textOf, type Document, type Element } from './dom.js';
import { mainContent, measure, type Stats } from './content.js';
import { pageMetadata } from './metadata.js';
import { renderText } from './text.js';

/**
 * An HTML page → the article: its main text (cleaned like any text, every character mapped to
 * its offset in the HTML source), its headline, and the page's metadata under what the user
 * gave (sidecar, manifest, --date win). Pure.
 */
export function articleFromHtml(file: string, html: string, userMeta: UserMetadata = {}): LoadedArticle {
  const doc = parseHtml(html);
  const stats = measure(doc);
  const content = mainContent(doc, stats, textOf);
  const page = pageMetadata(doc, content);
  const { title: pageTitle, ...pageMeta } = page;
  const headline = headlineOutside(doc, content, stats, pageTitle);
  const roots = headline ? [headline, ...content] : content;
  const text = content.length ? cleanMapped(renderText(html, roots, stats)) : MappedText.of('', Int32Array.of(html.length));
  const title = pageTitle ?? (headline ? textOf(headline).replace(/\s+/g, ' ').trim() : null);
  return {
    file,
    raw: html,
    text: text.text,
    origin: text.origin,
    title: title || null,
    meta: mergeMeta(pageMeta, userMeta),
    format: 'html',
  };
}

/**
 * The page's <h1> when the main text does not contain it (a headline above the article body):
 * it is read first, as the first line of a text file would be. The h1 matching the metadata
 * title is preferred; junk h1s (a logo) are not headlines.
 */
function headlineOutside(doc: Document, content: Element[], stats: Stats, title: string | undefined): Element | null {
  if (!content.length) return null;
  const h1s: Element[] = [];
  // measured elements are exactly those outside junk (see content.ts)
  for (const el of elements(doc)) if (el.name === 'h1' && stats.len.has(el)) h1s.push(el);
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = title ? key(title) : '';
  const h1 = (wanted && h1s.find((h) => { const k = key(textOf(h)); return k.length > 0 && (wanted.startsWith(k) || k.startsWith(wanted)); })) || h1s[0];
  if (!h1 || (stats.len.get(h1) ?? 0) === 0) return null;
  if (content.some((c) => contains(c, h1) || contains(h1, c))) return null;
  // a headline after the story is a teaser's
  return (h1.startIndex ?? 0) < (content[0].startIndex ?? 0) ? h1 : null;
}

/** Page metadata under the user's: a field the user gave wins; `origin` names the user's source when any field is theirs. */
export function mergeMeta(page: UserMetadata, user: UserMetadata): UserMetadata {
  const out: UserMetadata = { ...page };
  for (const [k, v] of Object.entries(user)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  if (user.date) delete out.badDate;
  return out;
}
