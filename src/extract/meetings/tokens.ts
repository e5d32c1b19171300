import type { Doc, Sentence } from '../../types.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { CLAUSE_WORDS } from './lexicon-clauses.js';

/** A word or punctuation mark of one sentence, with what the meeting rules need to know about it. */
export interface Tok {
  text: string;
  /** folded: lower case, accents off */
  low: string;
  /** offsets in the cleaned article text */
  start: number;
  end: number;
  cap: boolean;
  punct: boolean;
  /** inside (...) or between a pair of dashes: an aside, never a participant */
  aside: boolean;
  /** inside quotation marks: reported speech, never a trigger */
  quoted: boolean;
  /** clause number: subject and object searches never cross a clause; asides have their own */
  clause: number;
  /** the clause the sentence continues with around an aside (for dates and places after it) */
  outerClause: number;
  /** the place whose people the word names ("Armenian"), as the Doc found it */
  demonym: PlaceEntry | null;
}

/**
 * The sentence's tokens (the Doc's: nothing is tokenised here) with clause, aside and quote
 * marks. `quotedAtStart` says whether the sentence opens inside a quotation that began
 * earlier in the paragraph.
 */
export function sentenceTokens(doc: Doc, s: Sentence, quotedAtStart: boolean): { tokens: Tok[]; quotedAtEnd: boolean } {
  const tokens: Tok[] = [];
  let quoted = quotedAtStart;
  let paren = 0;
  let dash = false;
  let clause = 0;
  let outer = 0;
  let nextClause = 1;
  const from = doc.sentenceTokens[s.index];
  const to = doc.sentenceTokens[s.index + 1];
  // where the sentence's last dash is: a dash opens an aside only when another one follows
  let lastDash = -1;
  for (let i = to - 1; i >= from && lastDash < 0; i--) if (doc.tokens[i].text === '\u2014') lastDash = i;
  const newClause = () => { clause = nextClause++; if (!paren && !dash) outer = clause; };
  for (let i = from; i < to; i++) {
    const d = doc.tokens[i];
    const text = d.text;
    const low = d.folded;
    const punct = d.kind === 'punct';
    const t: Tok = {
      text, low, start: d.start, end: d.end,
      cap: d.cap, punct, aside: paren > 0 || dash, quoted, clause, outerClause: outer, demonym: d.demonym,
    };
    if (text === '"') {
      quoted = !quoted;
      t.quoted = true;
      newClause();
    } else if (text === '(') {
      paren++;
      t.aside = true;
    } else if (text === ')') {
      paren = Math.max(0, paren - 1);
    } else if (text === '\u2014') {
      if (dash) {
        dash = false;
        clause = outer;
      } else if (lastDash > i) {
        dash = true;
        t.aside = true;
        const keep = outer;
        newClause();
        outer = keep;
      } else {
        newClause();
      }
    } else if (text === ';' || text === ':') {
      newClause();
    } else if (!punct && CLAUSE_WORDS.has(low) && !(low === 'as' && isPhraseAs(tokens)) && !(low === 'after' && tokens[tokens.length - 1]?.low === 'one')
      // "once again", "once more": an adverb, not "once they met"; "as well as": a coordinator
      && !(i + 1 < to && (low === 'once' ? ONCE_ADVERB.has(doc.tokens[i + 1].folded) : low === 'as' && doc.tokens[i + 1].folded === 'well'))) {
      newClause();
      t.clause = clause;
      t.outerClause = outer;
    }
    tokens.push(t);
  }
  return { tokens, quotedAtEnd: quoted };
}

const ONCE_ADVERB = new Set(['again', 'more']);

/** "as well as", "such as", "as part of": 'as' that does not start a clause. */
function isPhraseAs(before: Tok[]): boolean {
  const prev = before[before.length - 1]?.low;
  return prev === 'well' || prev === 'such' || prev === 'as' || prev === 'so';
}

/** Index of the token that starts at or after a text offset (binary search). */
export function tokenAt(tokens: Tok[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One of `words` among the `reach` tokens before `at`, with no punctuation between ("the next meeting", "their first talks"). */
export function wordShortlyBefore(tokens: Tok[], at: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let i = at - 1; i >= 0 && at - i <= reach; i--) {
    if (words.has(tokens[i].low)) return true;
    if (tokens[i].punct) return false;
  }
  return false;
}

/** Does the token sequence at i spell these words? */
export function wordsAt(tokens: Tok[], i: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[i + j]?.low !== words[j]) return false;
  return true;
}

/**
 * A list of phrases indexed by first word: finding the one spelled at a token reads only the
 * phrases that start with that token's word, not the whole list (the role lists are tried at
 * every token of every sentence). The list's order is kept: `at` gives what `list.find` would.
 */
export class PhraseIndex<T extends { words: readonly string[] }> {
  private readonly byFirst = new Map<string, T[]>();

  constructor(list: readonly T[]) {
    for (const p of list) {
      const same = this.byFirst.get(p.words[0]);
      if (same) same.push(p);
      else this.byFirst.set(p.words[0], [p]);
    }
  }

  /** May a phrase of the list begin with this word? */
  opens(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The first phrase of the list spelled at token i (that passes `test`, when given). */
  at(tokens: Tok[], i: number, test?: (p: T) => boolean): T | undefined {
    const t = tokens[i];
    const same = t ? this.byFirst.get(t.low) : undefined;
    if (!same) return undefined;
    for (const p of same) if ((!test || test(p)) && wordsAt(tokens, i, p.words)) return p;
    return undefined;
  }
}
