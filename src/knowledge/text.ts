// Folding and tokenising shared by the knowledge index and the annotator, so a spelling in the
// data and the same spelling in an article always meet. This is the one tokeniser of the
// project: articles are scanned once (annotate/doc.ts) and every extractor reads those tokens.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** What a scanned token is: a word (letters and digits), the possessive 's, or one punctuation mark. */
export type TokenKind = 'word' | 'possessive' | 'punct';

export interface ScannedToken extends Token {
  kind: TokenKind;
  /** whitespace precedes the token (false: glued to the previous one, as in "Su-25") */
  spaced: boolean;
}

/** Case, accents and Turkic/Azerbaijani letters folded: "Erdoğan" = "erdogan", "Əliyev" = "eliyev". */
export function fold(s: string): string {
  // plain ASCII, nearly every token of an English article: lower case is all there is to do
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s.toLowerCase();
  return s
    .replace(/[ıİ]/g, 'i')
    .replace(/[əƏ]/g, 'e')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * May this string be kept as a memo's key? V8 keeps a slice of 13 characters or more as a view
 * into the string it was cut from: a long word cut from an article, kept as a key, would keep
 * the whole article's text alive. Long words are rare; they are simply not memoised.
 */
export function memoKey(s: string): boolean {
  return s.length < 13;
}

/**
 * A folded word with the transliteration noise of post-Soviet names removed: y as i, doubled
 * letters single (in words of four letters or more). "Aliev" = "Aliyev", "Heidar" = "Heydar", "Ter-Petrossian" = "Ter-Petrosyan",
 * "Mutalibov" = "Mutallibov". Used to look names up, never to print them.
 */
export function nameKey(folded: string): string {
  // short words are acronyms and particles ("AA", "al"): kept as they are
  if (folded.length < 4) return folded;
  let key = nameKeys.get(folded);
  if (key === undefined) {
    key = folded.replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');
    if (!memoKey(folded)) return key;
    // a vocabulary's worth of words; a pathological text of distinct words only refills it
    if (nameKeys.size > 50_000) nameKeys.clear();
    nameKeys.set(folded, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

// Words, the possessive 's, or one punctuation mark. Linear: no nested quantifiers.
const TOKEN = /[\p{L}\p{N}]+|'s(?![\p{L}])|[^\s\p{L}\p{N}]/gu;
const ALNUM = /^[\p{L}\p{N}]/u;

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
    return text === "'s" ? 'possessive' : 'punct';
  }
  return ALNUM.test(text) ? 'word' : 'punct';
}

/** Every token of a text, in order, with offsets into it. */
export function scan(s: string): ScannedToken[] {
  const out: ScannedToken[] = [];
  let prevEnd = -1; // the first token counts as spaced
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const text = m[0];
    // every character that is not whitespace belongs to a token, so a gap is whitespace
    out.push({ text, start: m.index, end: m.index + text.length, kind: kindOf(text), spaced: m.index > prevEnd });
    prevEnd = m.index + text.length;
  }
  return out;
}

/** Words (letters and digits) of scanned tokens: punctuation, hyphens and apostrophes separate them ("Aliyev's" → Aliyev, s). */
export function wordsOf<T extends ScannedToken>(tokens: T[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'word') out.push({ text: t.text, start: t.start, end: t.end });
    else if (t.kind === 'possessive') out.push({ text: 's', start: t.start + 1, end: t.end });
  }
  return out;
}

/** Words (letters and digits); punctuation, hyphens and apostrophes separate them. */
export function tokenize(s: string): Token[] {
  return wordsOf(scan(s));
}
