// Durations and counted offsets: "four days", "the 44-day conflict", "almost 30 years",
// "decades-long"; with "ago" (from the article date) or "earlier"/"later" (from the narrative).

import { APPROXIMATORS, NUMBER_WORDS, PERSON_NOUNS, UNITS } from './lexicon.js';
import { mk, type Match } from './match.js';
import { DASHES, glued, punct, word } from './predicates.js';
import type { Token } from './tokens.js';

/** The words a duration may open with before its unit ("more than twenty-five", "a couple of"; dashes aside). */
export const DURATION_OPENERS: readonly string[] = [
  ...APPROXIMATORS, 'more', 'less', 'fewer', 'than', 'at', 'least', 'up', 'to', ...NUMBER_WORDS.keys(), 'a', 'an', 'few', 'couple', 'of', 'several',
];

/**
 * Durations and offsets: "four days", "the 44-day conflict", "six-week", "almost 30 years",
 * "decades-long"; with "ago" (from the article date) or "earlier"/"later" (from the narrative).
 */
export function durationAt(T: Token[], j: number, prep: string | null): Match | null {
  let k = j;
  let approx = false;
  const w0 = word(T, k);
  if (w0 !== null && APPROXIMATORS.has(w0)) {
    k++;
    approx = true;
  } else if ((w0 === 'more' || w0 === 'less' || w0 === 'fewer') && word(T, k + 1) === 'than') {
    k += 2;
    approx = true;
  } else if ((w0 === 'at' && word(T, k + 1) === 'least') || (w0 === 'up' && word(T, k + 1) === 'to')) {
    k += 2;
    approx = true;
  }
  const t = T[k];
  if (!t) return null;
  let n: number | null = null;
  let counted = false;
  let article = false;
  if (t.kind === 'number' && !t.decade && !t.ordinal && (t.digits <= 3 || t.grouped) && isolatedForUnit(T, k)) {
    n = t.value;
    counted = true;
    k++;
  } else if (t.kind === 'word') {
    const num = NUMBER_WORDS.get(t.lower);
    if (num !== undefined) {
      n = num;
      counted = true;
      k++;
      // "twenty-five"
      const unitWord = word(T, k + 1);
      const more = unitWord !== null ? NUMBER_WORDS.get(unitWord) : undefined;
      if (more !== undefined && more < 10 && num >= 20 && punct(T, k, DASHES) && glued(T, k) && glued(T, k + 1)) {
        n = num + more;
        k += 2;
      }
    } else if (t.lower === 'a' || t.lower === 'an') {
      const next = word(T, k + 1);
      if (next === 'few' || next === 'couple') {
        k += 2;
        if (word(T, k) === 'of') k++;
      } else {
        n = 1;
        article = true;
        k++;
      }
      counted = true;
    } else if (t.lower === 'several') {
      counted = true;
      k++;
    }
  }
  if (!counted) {
    // "decades-long", "years-old"
    const u = word(T, j);
    const plural = u === 'decades' || u === 'years' || u === 'months' || u === 'weeks' || u === 'days';
    if (plural && T[j].spaced && punct(T, j + 1, DASHES) && glued(T, j + 1) && glued(T, j + 2)) {
      const w2 = word(T, j + 2);
      if (w2 === 'long' || w2 === 'old') return mk(T, j, j + 3, { t: 'duration' }, prep);
    }
    // "for decades"
    if ((prep === 'for' || prep === 'over') && u === 'decades') return mk(T, j, j + 1, { t: 'duration' }, prep);
    return null;
  }
  // "44-day", "six-week", "two-decade", "30-year-old"
  if (punct(T, k, DASHES) && glued(T, k) && glued(T, k + 1)) {
    const u = word(T, k + 1);
    if (u === null || !UNITS.has(u) || article) return null;
    let last = k + 2;
    if (punct(T, last, DASHES) && glued(T, last) && glued(T, last + 1)) {
      const w = word(T, last + 1);
      if (w === 'old' && PERSON_NOUNS.has(word(T, last + 2) ?? '')) return null;
      if (w === 'old' || w === 'long') last += 2;
    }
    return mk(T, j, last, { t: 'duration' }, prep);
  }
  const u = word(T, k);
  const unit = u !== null ? UNITS.get(u) : undefined;
  if (!unit || !T[k].spaced) return null;
  const after = word(T, k + 1);
  const count = approx ? null : n;
  if (after === 'ago') return mk(T, j, k + 2, { t: 'offset', unit, n: count, sign: -1, base: 'reference' }, prep);
  if (after === 'earlier' || after === 'later') {
    return mk(T, j, k + 2, { t: 'offset', unit, n: count, sign: after === 'earlier' ? -1 : 1, base: 'anchor' }, prep);
  }
  // "a day", "a year" alone are too common ("twice a year") to be worth a mention
  if (article) return null;
  return mk(T, j, k + 1, { t: 'duration' }, prep);
}

/** A count before a unit: "30 years", "44-day" (the hyphen after it is allowed). */
function isolatedForUnit(T: Token[], k: number): boolean {
  if (k > 0 && !T[k].spaced) {
    const p = T[k - 1];
    if (p.kind !== 'punct' || !'("\u201c'.includes(p.text)) return false;
  }
  return true;
}
