import { createRequire } from 'node:module';
import { MappedText } from '../mapped-text.js';
import { childrenOf, isElement, type AnyNode, type Element } from './dom.js';
import { isJunk } from './junk.js';
import { linkDensity, type Stats } from './content.js';

// The article's text as a reader sees it, built from the page's text nodes with, for every
// character, its offset in the HTML source: entities decoded (an entity's characters map to
// its "&"), whitespace collapsed as a browser does, a blank line between blocks. The cleaning
// every text goes through (clean.ts) then runs on top, keeping the map.

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'figure', 'figcaption', 'address', 'hr', 'center', 'details', 'summary', 'caption', 'body',
]);
const LINE_TAGS = new Set(['br', 'li', 'tr']);
const CELL_TAGS = new Set(['td', 'th']);
/** Lists and boxes made mostly of links inside the article: "read also" teasers, tag clouds. */
const LINK_BOX_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'p']);

// loaded with the first page, as the parser is (see dom.ts)
const require = createRequire(import.meta.url);
let entities: typeof import('entities') | undefined;
const decodeHTML = (s: string) => (entities ??= require('entities') as typeof import('entities')).decodeHTML(s);

const ENTITY = /&(?:#\d{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

class Builder {
  readonly parts: string[] = [];
  readonly origin: number[] = [];
  private last = '\n';

  push(s: string, at: number): void {
    if (!s) return;
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.origin.push(at);
    this.last = s[s.length - 1];
  }

  /** One character with its own source offset. */
  char(c: string, at: number): void {
    this.parts.push(c);
    this.origin.push(at);
    this.last = c;
  }

  space(at: number): void {
    if (this.last !== ' ' && this.last !== '\n') this.char(' ', at);
  }

  /** Up to `n` line breaks at the end of the text so far. */
  lines(n: number, at: number): void {
    let have = 0;
    for (let i = this.parts.length - 1; i >= 0 && have < n; i--) {
      if (this.parts[i] === '\n') have++;
      else if (this.parts[i] !== ' ') break;
    }
    if (this.parts.length === 0) return;
    for (; have < n; have++) this.char('\n', at);
  }

  done(end: number): MappedText {
    const text = this.parts.join('');
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i < this.origin.length; i++) origin[i] = this.origin[i];
    origin[text.length] = end;
    return MappedText.of(text, origin);
  }
}

/** The text of `roots` (in order), blocks apart, each character mapped into `html`. */
export function renderText(html: string, roots: Element[], stats: Stats): MappedText {
  const b = new Builder();
  for (const root of roots) {
    render(b, html, root, stats);
    b.lines(2, root.endIndex ?? 0);
  }
  return b.done(html.length);
}

type Step = { node: AnyNode; exit?: false } | { node: Element; exit: true };

function render(b: Builder, html: string, root: Element, stats: Stats): void {
  const stack: Step[] = [{ node: root }];
  let pre = 0;
  while (stack.length) {
    const step = stack.pop()!;
    const n = step.node;
    if (step.exit) {
      const el = n as Element;
      if (el.name === 'pre') pre--;
      closeBlock(b, el);
      continue;
    }
    if (n.type === 'text') {
      if (n.startIndex !== null && n.endIndex !== null) emitText(b, html, n.startIndex, n.endIndex + 1, pre > 0);
      continue;
    }
    if (!isElement(n)) continue;
    if (n !== root && (isJunk(n) || isLinkBox(n, stats))) continue;
    const at = n.startIndex ?? 0;
    if (n.name === 'br') { b.lines(1, at); continue; }
    if (BLOCK_TAGS.has(n.name)) b.lines(2, at);
    else if (LINE_TAGS.has(n.name)) b.lines(1, at);
    else if (CELL_TAGS.has(n.name)) b.space(at);
    if (n.name === 'pre') pre++;
    stack.push({ node: n, exit: true });
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
}

function closeBlock(b: Builder, el: Element): void {
  const at = el.endIndex ?? 0;
  if (BLOCK_TAGS.has(el.name)) b.lines(2, at);
  else if (LINE_TAGS.has(el.name)) b.lines(1, at);
}

function isLinkBox(el: Element, stats: Stats): boolean {
  if (!LINK_BOX_TAGS.has(el.name)) return false;
  const len = stats.len.get(el) ?? 0;
  // a paragraph that is one link is a "Read also" teaser; longer prose with links is the story
  return len > 0 && linkDensity(el, stats) > (el.name === 'p' ? 0.9 : 0.5) && (el.name !== 'p' || len < 200);
}

/** One text node's source range, entities decoded and whitespace collapsed (kept inside <pre>). */
function emitText(b: Builder, html: string, start: number, end: number, pre: boolean): void {
  let i = start;
  while (i < end) {
    const c = html.charCodeAt(i);
    if (c === 38) { // &
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m && i + m[0].length <= end) {
        const decoded = decodeHTML(m[0]);
        if (decoded !== m[0]) {
          emitDecoded(b, m[0], decoded, i, pre);
          i += m[0].length;
          continue;
        }
      }
    }
    if (!pre && (c === 32 || c === 9 || c === 10 || c === 13 || c === 12)) {
      b.space(i);
      while (i < end && isSpace(html.charCodeAt(i))) i++;
      continue;
    }
    b.char(html[i], i);
    i++;
  }
}

/** "&copy2016" decodes to "©2016": the undecoded tail keeps its own offsets, the rest maps to the "&". */
function emitDecoded(b: Builder, source: string, decoded: string, at: number, pre: boolean): void {
  let tail = 0;
  while (tail < decoded.length - 1 && tail < source.length - 1 && decoded[decoded.length - 1 - tail] === source[source.length - 1 - tail]) tail++;
  const head = decoded.slice(0, decoded.length - tail);
  if (!pre && /^\s+$/.test(head) && head !== '\u00a0') b.space(at);
  else b.push(head, at);
  for (let k = 0; k < tail; k++) b.char(source[source.length - tail + k], at + source.length - tail + k);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}
