import type { Doc, Sentence } from '../../types.js';
import { tokenIndexAt, tokenIndexBefore } from '../../annotate/index.js';

// A linear, single-pass tokeniser for the date grammar: words, numbers and single punctuation
// characters, each remembering whether whitespace precedes it ("Su-25" is glued, "May 16" is
// not). No regular expressions, so a megabyte-long line costs one pass.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** as written (a number's text includes its ordinal or decade suffix: "20th", "1990s") */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** whitespace precedes the token (false: glued to the previous one) */
  spaced: boolean;
  /** numbers: value of the digits; NaN otherwise */
  value: number;
  /** numbers: count of digits before any suffix (0 for words and punctuation) */
  digits: number;
  /** "20th", "1st" */
  ordinal: boolean;
  /** "2,000", "30,000": thousands groups make a count, never a year or day */
  grouped: boolean;
  /** "1990s", "90s" */
  decade: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let spaced = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const t = text.slice(start, i);
      out.push(token('word', t, start, i, spaced));
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const digits = i - start;
      let grouped = false;
      // thousands groups: ",ddd" (not followed by a fourth digit)
      while (
        i + 3 < n &&
        text.charCodeAt(i) === 44 &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < n && isDigit(text.charCodeAt(i + 4))) &&
        digits <= 3
      ) {
        grouped = true;
        i += 4;
      }
      const numText = text.slice(start, i);
      const value = Number(numText.replace(/,/g, ''));
      // a letter suffix: ordinal ("20th") or decade ("1990s"); other letters stay a separate, glued word
      let j = i;
      while (j < n && j - i < 3 && isLetter(text.charCodeAt(j))) j++;
      const suffix = text.slice(i, j).toLowerCase();
      const endsWord = j >= n || !isLetter(text.charCodeAt(j));
      const t = token('number', numText, start, i, spaced);
      t.value = value;
      t.digits = grouped ? numText.length : digits;
      t.grouped = grouped;
      if (!grouped && endsWord && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
        t.ordinal = true;
        i = j;
      } else if (!grouped && endsWord && suffix === 's' && (digits === 4 || digits === 2)) {
        t.decade = true;
        i = j;
      }
      t.end = i;
      t.text = text.slice(start, i);
      t.lower = t.text.toLowerCase();
      out.push(t);
    } else {
      // one UTF-16 unit of punctuation or symbol
      i++;
      out.push(token('punct', text[start], start, i, spaced));
    }
    spaced = false;
  }
  return out;
}

function token(kind: TokenKind, text: string, start: number, end: number, spaced: boolean): Token {
  return {
    kind,
    text,
    lower: text.toLowerCase(),
    start,
    end,
    spaced,
    value: NaN,
    digits: 0,
    ordinal: false,
    grouped: false,
    decade: false,
  };
}

/**
 * The date grammar's tokens of one sentence, offsets relative to the sentence as `tokenize`
 * gives them, read off the Doc's tokens instead of scanning the text again. The Doc splits
 * words at punctuation only; the grammar also splits letters from digits ("G20"), reads
 * ordinal and decade suffixes ("20th", "1990s"), takes "'s" as an apostrophe and a word, and
 * joins thousands groups ("2,000"). Plain words, numbers and marks map one to one; a token
 * mixing letters and digits or holding letters outside the grammar's scripts is split by
 * `tokenize` on its own few characters.
 */
export function sentenceDateTokens(doc: Doc, s: Sentence): Token[] {
  return dateTokensOf(doc, doc.sentenceTokens[s.index], doc.sentenceTokens[s.index + 1], s.start);
}

/**
 * Can text offsets [start, end) hold a date of the grammar's 'date' kind (a day of a month)?
 * Only with a digit: its day is a number token (predicates.ts dayAt), and so is a year. The
 * article date's readers try every line of a page's head and foot, most of them without one.
 */
export function mayHoldDay(doc: Doc, start: number, end: number): boolean {
  return DIGIT.test(doc.article.text.slice(start, end));
}
const DIGIT = /\p{Nd}/u;

/** The grammar's tokens of the Doc's tokens within text offsets [start, end) (one header line, say), offsets from `start`. */
export function dateTokensIn(doc: Doc, start: number, end: number): Token[] {
  return dateTokensOf(doc, tokenIndexAt(doc.tokens, start), tokenIndexBefore(doc.tokens, end), start);
}

function dateTokensOf(doc: Doc, from: number, to: number, base: number): Token[] {
  const out: Token[] = [];
  let gap = false;
  for (let i = from; i < to; i++) {
    const d = doc.tokens[i];
    // a zero-width space is a mark to the Doc, a space to the grammar
    if (d.kind === 'punct' && d.text.length === 1 && isSpace(d.text.charCodeAt(0))) { gap = true; continue; }
    const start = d.start - base;
    const end = d.end - base;
    const spaced = d.spaced || gap || out.length === 0;
    gap = false;
    if (d.kind === 'possessive') {
      out.push(token('punct', d.text[0], start, start + 1, spaced));
      out.push(token('word', 's', start + 1, end, false));
    } else if (d.kind === 'punct' && d.text.length === 1) {
      out.push(token('punct', d.text, start, end, spaced));
    } else if (isPlainWord(d.text)) {
      out.push(token('word', d.text, start, end, spaced));
    } else if (isPlainNumber(d.text) && !joinsGroup(out, d.text, spaced)) {
      const t = token('number', d.text, start, end, spaced);
      t.value = Number(d.text);
      t.digits = d.text.length;
      out.push(t);
    } else if (!isPlainNumber(d.text)) {
      // "2,000th": the group joins first, and its letters are a word of their own
      const skip = startsWithGroup(d.text) && joinsGroup(out, d.text.slice(0, 3), spaced) ? 3 : 0;
      const first = out.length;
      for (const t of tokenize(d.text.slice(skip))) {
        t.start += start + skip;
        t.end += start + skip;
        out.push(t);
      }
      if (out.length > first) out[first].spaced = skip ? false : spaced;
    }
  }
  return out;
}

/** Letters of the grammar's scripts only (Latin, Greek, Cyrillic): one word token. */
function isPlainWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
}

function startsWithGroup(text: string): boolean {
  return text.length > 3 && isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2)) && !isDigit(text.charCodeAt(3));
}

function isPlainNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "2,000": three glued digits after a glued comma after a number of at most three digits join
 * it as a thousands group (as `tokenize` reads "2,000,000" in one go). True when `digits` was joined.
 */
function joinsGroup(out: Token[], digits: string, spaced: boolean): boolean {
  if (spaced || digits.length !== 3 || out.length < 2) return false;
  const comma = out[out.length - 1];
  const num = out[out.length - 2];
  if (comma.kind !== 'punct' || comma.text !== ',' || comma.spaced || num.kind !== 'number' || num.ordinal || num.decade) return false;
  // the first group has at most three digits; later groups extend a grouped number
  if (!(num.grouped || num.digits <= 3)) return false;
  out.pop();
  num.text = `${num.text},${digits}`;
  num.lower = num.text;
  num.end = comma.end + 3;
  num.grouped = true;
  num.digits = num.text.length;
  num.value = Number(num.text.replace(/,/g, ''));
  return true;
}
