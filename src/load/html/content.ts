import { attr, childrenOf, isElement, type AnyNode, type Document, type Element } from './dom.js';
import { classWords, isJunk } from './junk.js';

// Which part of the page is the article: Readability's content scoring (paragraphs score their
// parent and, less, their ancestors; link-dense blocks are discounted), with a strong bonus for
// the article's own markup (<article>, itemprop=articleBody). The page's widgets are out
// already (junk.ts), so their text scores nothing.

/** Text length and link-text length under each element, junk excluded. */
export interface Stats {
  len: Map<Element, number>;
  links: Map<Element, number>;
  /** the element's own text (direct text children), for paragraphs made of bare text in a div */
  own: Map<Element, number>;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'dd', 'li']);
const TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'body', 'center']);
const POSITIVE_WORDS = new Set(['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'articlebody', 'news']);
const TAG_BONUS: Record<string, number> = { article: 10, main: 5, div: 5, section: 3, pre: 3, td: 3, blockquote: 3, ol: -3, ul: -3, li: -3, dl: -3, address: -3, h1: -5, h2: -5, h3: -5, th: -5 };
const MIN_PARAGRAPH = 25;

/** Lengths for every element, bottom up, without recursion. */
export function measure(doc: Document): Stats {
  const stats: Stats = { len: new Map(), links: new Map(), own: new Map() };
  const order: Element[] = [];
  const stack: AnyNode[] = [...childrenOf(doc)];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) || isJunk(n)) continue;
    order.push(n);
    for (const c of n.children) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    let len = 0;
    let own = 0;
    let links = 0;
    for (const c of el.children) {
      if (c.type === 'text') { const t = c.data.trim().length; len += t; own += t; }
      else if (isElement(c)) { len += stats.len.get(c) ?? 0; links += stats.links.get(c) ?? 0; }
    }
    if (el.name === 'a') links = len;
    stats.len.set(el, len);
    stats.own.set(el, own);
    stats.links.set(el, links);
  }
  return stats;
}

export function linkDensity(el: Element, stats: Stats): number {
  const len = stats.len.get(el) ?? 0;
  return len ? (stats.links.get(el) ?? 0) / len : 0;
}

/** The elements that hold the article text, in document order; empty when the page has none. */
export function mainContent(doc: Document, stats: Stats, textOf: (el: Element) => string): Element[] {
  const scores = new Map<Element, number>();
  const add = (el: Element, s: number) => {
    if (!scores.has(el)) scores.set(el, initialScore(el));
    scores.set(el, scores.get(el)! + s);
  };
  for (const el of stats.len.keys()) {
    const paragraph = PARAGRAPH_TAGS.has(el.name) || (TEXT_CONTAINERS.has(el.name) && (stats.own.get(el) ?? 0) >= MIN_PARAGRAPH);
    const len = paragraph ? stats.len.get(el)! : 0;
    if (len < MIN_PARAGRAPH) continue;
    const commas = (textOf(el).match(/[,\uff0c]/g) ?? []).length;
    const score = (1 + commas + Math.min(Math.floor(len / 100), 3)) * (1 - linkDensity(el, stats));
    // a bare-text div is its own paragraph and container; a <p> scores its parent
    let level = 0;
    let p: AnyNode | null = PARAGRAPH_TAGS.has(el.name) ? el.parent : el;
    for (; p && p.type !== 'root' && level < 5; p = p.parent, level++) {
      add(p as Element, level === 0 ? score : level === 1 ? score / 2 : score / (level * 3));
    }
  }
  let top: Element | null = null;
  let best = 0;
  for (const [el, s] of scores) {
    const final = s * (1 - linkDensity(el, stats));
    scores.set(el, final);
    if (final > best) { best = final; top = el; }
  }
  if (!top) return [];
  // The article markup wins when the top candidate sits inside it: a body split in several blocks.
  for (let p = top.parent; p && p.type !== 'root'; p = p.parent) {
    const e = p as Element;
    if (e.name === 'article' || /articleBody/i.test(attr(e, 'itemprop'))) { top = e; break; }
  }
  return withSiblings(top, scores, stats, best);
}

function initialScore(el: Element): number {
  let s = TAG_BONUS[el.name] ?? 0;
  if (/articleBody/i.test(attr(el, 'itemprop'))) s += 25;
  if (classWords(el).some((w) => POSITIVE_WORDS.has(w))) s += 25;
  return s;
}

/** Siblings that score well, or are plain paragraphs of prose, join the top candidate (Readability's rule). */
function withSiblings(top: Element, scores: Map<Element, number>, stats: Stats, best: number): Element[] {
  const parent = top.parent;
  if (!parent || parent.type === 'root') return [top];
  const threshold = Math.max(10, best * 0.2);
  const out: Element[] = [];
  for (const c of childrenOf(parent)) {
    if (!isElement(c)) continue;
    if (c === top) { out.push(c); continue; }
    if (!stats.len.has(c)) continue; // junk
    const len = stats.len.get(c)!;
    const density = linkDensity(c, stats);
    if ((scores.get(c) ?? 0) >= threshold) out.push(c);
    else if (c.name === 'p' && len > 80 && density < 0.25) out.push(c);
  }
  return out;
}
