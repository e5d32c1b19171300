import type { Sentence } from '../types.js';

// Sentence splitting of our own: fast, linear, and aware of what wire copy abbreviates
// ("Nov. 10", "U.S.", "St. Petersburg", "Mr. Aliyev"). Paragraph breaks always end a sentence
// (headlines and captions have no final stop).

const ABBREVIATIONS = new Set(
  [
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'pres',
    'st', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'dept', 'est', 'fig',
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
  ],
);

const CLOSERS = '"\')]\u201d\u2019';

/** Longer than any real sentence (wire-copy sentences stay under 600 characters). */
export const MAX_SENTENCE_LENGTH = 2000;
/** Characters after which no name continues (see joinable() in extract/entities/dictionary.ts). */
const NAME_BREAKS = ',;:)]}"';

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // trim spaces on both sides, keeping offsets exact
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    // A text with no sentence punctuation (a 500 KB scraped line) would otherwise be one sentence,
    // and extractors that work sentence by sentence slow down with its square. Cut it after a
    // comma, colon, bracket or quote: never inside a name (names never span such a gap), since
    // every extractor expects each entity mention to lie within one sentence.
    if (c === ' ' && i - start >= MAX_SENTENCE_LENGTH && i > 0 && NAME_BREAKS.includes(text[i - 1])) { push(i); continue; }
    // Without such a break (thousands of characters of "X met Y and ..."), cut before a word in
    // lower case (no name continues with one), then at any space, then anywhere: no sentence
    // is ever longer than a few times the limit, so the work and evidence per sentence stay bounded.
    if (i - start >= 2 * MAX_SENTENCE_LENGTH && ((c === ' ' && (/[a-z]/.test(text[i + 1] ?? '') || i - start >= 3 * MAX_SENTENCE_LENGTH)) || i - start >= 4 * MAX_SENTENCE_LENGTH)) { push(i); continue; }
    if (c === '\n') {
      // a newline ends a sentence when it is a paragraph break or the line looks finished
      if (text[i + 1] === '\n' || /[.!?:"\u201d]\s*$/.test(text.slice(Math.max(start, i - 3), i)) || nextLineStartsSentence(text, i)) {
        push(i);
      }
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < n && CLOSERS.includes(text[j])) j++;
    if (j < n && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    // the next word must look like a sentence start (capital, digit, quote), else keep going
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < n && text[k] !== '\n' && !/[A-Z0-9"\u201c'(\u2018\u0400-\u04FF\u00C0-\u00DE]/.test(text[k])) continue;
    push(j);
  }
  push(n);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  // abbreviations are short: look back a few characters only (keeps "A.A.A.…" linear)
  while (s > 0 && dot - s < 8 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // single capital initials ("John F. Kennedy") and dotted acronyms ("U.S.")
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1])) return true;
  return /^([a-z]\.)+[a-z]$/.test(word);
}

/**
 * A line without final punctuation (a headline, caption or byline) ends at its newline when
 * the next line starts like a sentence; a hard-wrapped line continuing in lower case does not.
 */
function nextLineStartsSentence(text: string, nl: number): boolean {
  let k = nl + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k >= text.length || /[A-Z0-9"\u201c'(\u2018\u0400-\u04FF\u00C0-\u00DE\[]/.test(text[k]);
}
