// Words that point at the present, past or future without a calendar value ("now", "recently",
// "in the near future", "in recent years"): TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. They
// never give a meeting or a ceasefire a date; they are reported so that no time word goes unread.

import type { RefValue } from './expression.js';
import { mk, type Match } from './match.js';
import { UNITS } from './lexicon.js';
import { DASHES, glued, isNumber, punct, word } from './predicates.js';
import type { Token } from './tokens.js';

const SINGLE = new Map<string, RefValue>([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['previously', 'PAST_REF'], ['formerly', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['soon', 'FUTURE_REF'],
]);

/** "the future", "the near future", "the short term": nouns after "the" */
const THE_NOUNS = new Map<string, RefValue>([['future', 'FUTURE_REF'], ['present', 'PRESENT_REF']]);
const TERM_ADJECTIVES = new Set(['near', 'short']);
const PLURAL_UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'quarters', 'times']);

/** Words one of which every reference holds ("now", "in the past", "these days", "the near term"). */
export const REFERENCE_ANCHORS: readonly string[] = [...SINGLE.keys(), ...THE_NOUNS.keys(), 'present', 'past', 'term', ...PLURAL_UNITS];
/** The words a reference may open with before its anchor word. */
export const REFERENCE_OPENERS: readonly string[] = ['the', 'these', 'recent', 'coming', ...TERM_ADJECTIVES];

/** A reference word at token i (after any preposition); null when the words there are something else. */
export function referenceAt(T: Token[], i: number, prep: string | null): Match | null {
  const w0 = word(T, i);
  if (w0 === null) return null;
  // "now-defunct", "soon-to-be": a compound adjective, not a time
  const compound = punct(T, i + 1, DASHES) && glued(T, i + 1);
  const single = SINGLE.get(w0);
  if (single && !compound) {
    // "now that", "now-defunct" aside, "right now" and "just now" keep the adverb in the span
    const first = (word(T, i - 1) === 'right' || word(T, i - 1) === 'until') && w0 === 'now' && prep === null ? i - 1 : i;
    return mk(T, first, i + 1, { t: 'ref', ref: single }, prep);
  }
  if (prep === 'at' && w0 === 'present') return mk(T, i, i + 1, { t: 'ref', ref: 'PRESENT_REF' }, prep);
  if (w0 === 'these' && word(T, i + 1) === 'days') return mk(T, i, i + 2, { t: 'ref', ref: 'PRESENT_REF' }, prep);
  // "recent years", "the coming months"
  let j = w0 === 'the' ? i + 1 : i;
  const w = word(T, j);
  if ((w === 'recent' || w === 'coming') && PLURAL_UNITS.has(word(T, j + 1) ?? '')) {
    return mk(T, j, j + 2, { t: 'ref', ref: w === 'recent' ? 'PAST_REF' : 'FUTURE_REF' }, prep);
  }
  if (w0 !== 'the') return null;
  // "the near future", "the short term", "the future"
  if (TERM_ADJECTIVES.has(w ?? '') && (word(T, j + 1) === 'future' || word(T, j + 1) === 'term')) {
    return mk(T, j, j + 2, { t: 'ref', ref: 'FUTURE_REF' }, prep);
  }
  const noun = THE_NOUNS.get(w ?? '');
  if (noun && prep !== null && word(T, j + 1) !== 'of' && !(punct(T, j + 1, DASHES) && glued(T, j + 1))) {
    return mk(T, j, j + 1, { t: 'ref', ref: noun }, prep);
  }
  // "the past few months", "the last several years": some time before now
  if ((w === 'past' || w === 'last') && (word(T, j + 1) === 'few' || word(T, j + 1) === 'several') && PLURAL_UNITS.has(word(T, j + 2) ?? '')) {
    return mk(T, j, j + 3, { t: 'ref', ref: 'PAST_REF' }, prep);
  }
  // "in the past", but not "the past three years", "the past week", "the past few months"
  if (w === 'past' && prep !== null) {
    const next = T[j + 1];
    const counted = next !== undefined && (isNumber(T, j + 1) || UNITS.has(next.lower) || next.lower === 'few' || next.lower === 'several' || next.lower === 'couple');
    if (!counted && !(next && next.kind === 'word' && /^[a-z]/.test(next.text) && !['and', 'or', 'but'].includes(next.lower))) {
      return mk(T, j, j + 1, { t: 'ref', ref: 'PAST_REF' }, prep);
    }
  }
  return null;
}
