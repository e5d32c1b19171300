import type { Item } from './references.js';
import { PhraseIndex, wordsAt, type Tok } from './tokens.js';
import { NUMBER_WORDS } from '../dates/lexicon.js';
import { COLLECTIVE_NOUNS, LABEL_NOUNS, GROUP_ADJECTIVES, GROUP_DETERMINERS, GROUP_NOUNS, ROLE_NOUNS } from './people-words.js';

// References to people that name nobody by themselves: group anaphors ("both presidents", "the
// two rivals", "each of them", "the co-chairs"), roles of "the two countries" and 'he'/'she'.
// Found here by their words; resolved later, by the trigger that uses them (see anaphora.ts).

const ROLE_PHRASES = ROLE_NOUNS.map(([words, role]) => ({ words: words.split(' '), role, plural: /s$/.test(words.split(' ')[0]) || /s$/.test(words) }))
  .sort((a, b) => b.words.length - a.words.length);
const DETERMINERS = GROUP_DETERMINERS.map(([w, count]) => ({ words: w.split(' '), count })).sort((a, b) => b.words.length - a.words.length);
const LABELS = new PhraseIndex(LABEL_NOUNS.map(([w, label]) => ({ words: w.split(' '), label })).sort((a, b) => b.words.length - a.words.length));
/** ROLE_PHRASES by first word */
export const ROLE_PHRASE_INDEX = new PhraseIndex(ROLE_PHRASES);
const DETERMINER_INDEX = new PhraseIndex(DETERMINERS);
/** Labels that are office roles in the knowledge base. */
const KNOWN_ROLE = new Set(['minsk-group-co-chair']);
const DETERMINER_STARTS = new Set(DETERMINERS.map((d) => d.words[0]));
/** The words an anaphor can start with: a cheap test before the look-ups. */
const ANAPHOR_STARTS = new Set([...DETERMINER_STARTS, 'they', 'them', 'he', 'she', 'him', 'the']);

/** Punctuation that opens an apposition list after a label ("the co-chairs - X, Y and Z", "the two ministers, X and Y"). */
export const APPOSITION_MARKS = new Set([',', '-', '\u2013', '\u2014', ':', '(']);

/** "the two countries", "both sides", "the two nations": the pair whose officials a role phrase names. */
const PAIR_DETERMINERS = [['the', 'two'], ['both'], ['two']];
const PAIR_STARTS = new Set(PAIR_DETERMINERS.map((d) => d[0]));
const PAIR_NOUNS = new Set(['countries', 'sides', 'nations', 'states', 'republics', 'neighbours', 'neighbors']);

/** Tokens of "the two countries" at i (0 when none). */
function pairAt(tokens: Tok[], i: number): number {
  const det = PAIR_DETERMINERS.find((d) => wordsAt(tokens, i, d));
  return det && PAIR_NOUNS.has(tokens[i + det.length]?.low ?? '') ? det.length + 1 : 0;
}

/**
 * A role of "the two countries" ("the presidents of the two countries", "the two countries'
 * foreign ministers", "both sides' leaders"): a group anaphor for a pair holding that role.
 */
export function twoCountries(tokens: Tok[], i: number, taken: Uint8Array): Item | null {
  // (a cheap test first: this runs at every token of every sentence)
  const w = tokens[i].low;
  if (!PAIR_STARTS.has(w) && w !== 'the' && !ROLE_PHRASE_INDEX.opens(w)) return null;
  let last = -1;
  let role: string | null = null;
  const before = pairAt(tokens, i);
  if (before) {
    // "the two countries' foreign ministers"
    let j = i + before;
    if (tokens[j]?.low !== "'" && tokens[j]?.low !== "'s") return null;
    j++;
    const noun = ROLE_PHRASE_INDEX.at(tokens, j, (r) => r.role !== 'counterpart');
    if (!noun) return null;
    last = j + noun.words.length - 1;
    role = noun.role;
  } else {
    // "the presidents of the two countries"
    const j = tokens[i].low === 'the' ? i + 1 : i;
    const noun = ROLE_PHRASE_INDEX.at(tokens, j, (r) => r.plural && r.role !== 'counterpart');
    if (!noun) return null;
    const of = j + noun.words.length;
    if (tokens[of]?.low !== 'of') return null;
    const pair = pairAt(tokens, of + 1);
    if (!pair) return null;
    last = of + pair;
    role = noun.role;
  }
  for (let x = i; x <= last; x++) if (taken[x]) return null;
  return { first: i, keys: [], possessive: false, aside: false, quoted: false, kind: 'group', count: 2, plural: true, last, role };
}

/** A group anaphor ("both presidents", "the two rivals", "each leader", "the trio", "they") or 'he'/'she'. */
export function anaphor(tokens: Tok[], i: number, taken: Uint8Array): Item | null {
  const t = tokens[i];
  if (!ANAPHOR_STARTS.has(t.low)) return null;
  const base = { first: i, last: i, keys: [], possessive: false, aside: false, quoted: false };
  if (t.low === 'they' || t.low === 'them') return { ...base, kind: 'group', count: 0, role: null, plural: true };
  if (t.low === 'he' || t.low === 'she' || t.low === 'him') return { ...base, kind: 'pronoun', plural: false };
  let j = i;
  if (t.low === 'the' && COLLECTIVE_NOUNS[tokens[i + 1]?.low ?? ''] !== undefined) {
    return { ...base, last: i + 1, kind: 'group', count: COLLECTIVE_NOUNS[tokens[i + 1].low], role: null, plural: true };
  }
  if (!DETERMINER_STARTS.has(t.low)) return null;
  const det = DETERMINER_INDEX.at(tokens, i);
  if (!det) return null;
  // "each of them", "both of them", "all three of them": the group the pronoun stands for
  if (tokens[i + det.words.length]?.low === 'of' && ['them', 'us'].includes(tokens[i + det.words.length + 1]?.low ?? '') && det.words[det.words.length - 1] !== 'the') {
    const last = i + det.words.length + 1;
    for (let x = i; x <= last; x++) if (taken[x]) return null;
    return { ...base, last, kind: 'group', count: det.count, role: null, each: det.words[0] === 'each', plural: true, firstPerson: tokens[last].low === 'us' };
  }
  j += det.words.length;
  let count = det.count;
  while (tokens[j] && GROUP_ADJECTIVES.has(tokens[j].low)) {
    count = NUMBER_WORDS.get(tokens[j].low) ?? count;
    j++;
  }
  const each = det.words[0] === 'each';
  const role = ROLE_PHRASE_INDEX.at(tokens, j, (r) => (r.plural || each) && r.role !== 'counterpart');
  let last: number;
  let roleName: string | null;
  const label = LABELS.at(tokens, j);
  if (label) {
    // "the co-chairs", "the three co-chairs of the OSCE Minsk Group", "each of his colleagues"
    last = j + label.words.length - 1;
    for (let x = i; x <= last; x++) if (taken[x]) return null;
    return { ...base, last, kind: 'group', count, role: KNOWN_ROLE.has(label.label) ? label.label : null, label: label.label, each, plural: true };
  }
  if (role) {
    last = j + role.words.length - 1;
    roleName = role.role;
  } else if (tokens[j] && GROUP_NOUNS[tokens[j].low] !== undefined && (each || /s$|men$/.test(tokens[j].low))) {
    last = j;
    roleName = GROUP_NOUNS[tokens[j].low];
  } else {
    return null;
  }
  // "the leaders of X" is a role phrase, not an anaphor; "the presidents" alone is one only when nothing names them
  if (tokens[last + 1]?.low === 'of' && !each) return null;
  // "their foreign ministers" names nobody by itself, only with the names in apposition ("their foreign ministers, X and Y")
  const appositive = APPOSITION_MARKS.has(tokens[last + 1]?.text ?? '') && taken[last + 2] === 1;
  if (det.count === 0 && !each && count === 0 && det.words[0] !== 'the' && !appositive) return null;
  if (['his', 'her', 'their'].includes(det.words[0]) && !appositive) return null;
  for (let x = i; x <= last; x++) if (taken[x]) return null;
  return { ...base, last, kind: 'group', count, role: roleName, each, plural: true };
}
