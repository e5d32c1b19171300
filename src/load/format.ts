import path from 'node:path';

// How to read an input: by its extension first, then by its content. A saved web page keeps
// its markup whatever it is called ("article.txt" from a browser's Save As), so a text that
// opens like an HTML document is read as one. JSON Lines are recognised by name, and on
// standard input by a first character "{".

export type InputFormat = 'text' | 'html' | 'jsonl';

export const HTML_EXTENSIONS = ['html', 'htm', 'xhtml'];
export const JSONL_EXTENSIONS = ['jsonl', 'ndjson'];

export function formatByName(file: string): InputFormat | null {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (JSONL_EXTENSIONS.includes(ext)) return 'jsonl';
  return null;
}

/**
 * A document start (doctype, <html>, <head>, <body>), or a text that opens with a block of
 * markup and has more of it. A few stray tags in a text (a scraper left the <meta> lines of
 * the page above the article) do not make a page: that text is read as text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (!head.startsWith('<')) return false;
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return true;
  const first = /^<(article|div|section|main|p|header|table)\b[^>]*>/i.exec(head);
  if (!first) return false;
  const sample = text.slice(0, 200_000);
  return new RegExp(`</${first[1]}\\s*>`, 'i').test(sample) && (sample.match(/<(?:p|div|br|li|h[1-6])\b/gi) ?? []).length >= 2;
}

/** Standard input holding JSON Lines: its first non-blank character opens an object. */
export function looksLikeJsonl(text: string): boolean {
  return /^\ufeff?\s*\{/.test(text.slice(0, 256));
}
