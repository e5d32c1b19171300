import type { Tok } from './tokens.js';
import { NUMBER_WORDS } from '../dates/lexicon.js';
import type { TriggerMatch } from './triggers.js';
import { LOOKBACK_SENTENCES, type ArticleScope } from './scope.js';

// "the next meeting in the five-party format, with the participation of Macron and Scholz": a
// meeting noun that counts its sides names only the newcomers; the others are the group the
// story is about (the last group of the right size, a few sentences back, none of the newcomers).

/** Words that count a meeting's sides, with the count ("trilateral", "five-party" read as "five - party"). */
const COUNT_ADJECTIVES: Record<string, number> = { trilateral: 3, tripartite: 3, quadrilateral: 4, quadripartite: 4, pentalateral: 5 };
const COUNT_NOUNS = new Set(['party', 'way', 'sided', 'side', 'nation', 'country']);
/** How far around the noun the count may stand ("a trilateral meeting", "meeting in the five-party format"). */
const BEFORE = 3;
const AFTER = 6;
/** How many groups are looked back at: a sentence naming a thousand groups stays linear. */
const MAX_BACK = 64;

/** The number of sides the noun phrase of a meeting trigger counts, or 0. */
export function sidesCounted(tokens: Tok[], tr: TriggerMatch): number {
  for (let i = Math.max(0, tr.first - BEFORE); i < Math.min(tokens.length, tr.last + 1 + AFTER); i++) {
    if (i > tr.last && tokens[i].punct && tokens[i].text !== '-') break;
    const t = tokens[i].low;
    if (COUNT_ADJECTIVES[t]) return COUNT_ADJECTIVES[t];
    // "the five-party format": a count of three or more ("two-sided" talks are any meeting's)
    const n = NUMBER_WORDS.get(t) ?? 0;
    if (n >= 3 && tokens[i + 1]?.text === '-' && COUNT_NOUNS.has(tokens[i + 2]?.low ?? '')) return n;
  }
  return 0;
}

/** The people a counted meeting lacks: the latest group told before `offset` that makes up the count with `have`. */
export function restOfCount(scope: ArticleScope, sentence: number, offset: number, have: string[], count: number): string[] {
  const need = count - have.length;
  if (need < 2) return [];
  for (const [g] of scope.groupsBefore(offset, sentence, LOOKBACK_SENTENCES, MAX_BACK)) {
    if (g.keys.length === need && g.keys.every((k) => !have.includes(k))) return g.keys;
  }
  return [];
}
