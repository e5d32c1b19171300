import { createRequire } from 'node:module';
import type { AnyNode, Document, Element } from 'domhandler';

// The page as a tree whose every node knows its character range in the HTML source
// (htmlparser2's startIndex/endIndex): that is what lets evidence offsets point into the file
// the user has. htmlparser2 was chosen over parse5 + a DOM (or Readability over linkedom) by
// measurement: see src/load/html/README.md.

export type { AnyNode, Document, Element };

// Loaded on the first page, not with the loader: a corpus of text files (or a cached re-run)
// never pays for the parser and its entity tables (htmlparser2 10 ships CommonJS for this).
const require = createRequire(import.meta.url);
let parser: typeof import('htmlparser2') | undefined;

export function parseHtml(html: string): Document {
  parser ??= require('htmlparser2') as typeof import('htmlparser2');
  return parser.parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Every element under `root` (root excluded) in document order, without recursion: pages can nest thousands deep. */
export function* elements(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [...childrenOf(root)].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    yield n;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

export function childrenOf(n: AnyNode): AnyNode[] {
  return 'children' in n ? (n.children as AnyNode[]) : [];
}

/** The decoded text under a node (for metadata and scoring, not for the article text: that keeps offsets, see text.ts). */
export function textOf(n: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [n];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === 'text') { out += c.data; continue; }
    if (isElement(c) && c !== n && (c.name === 'script' || c.name === 'style')) continue;
    const kids = childrenOf(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Is `inner` inside (or equal to) `outer`? */
export function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}
