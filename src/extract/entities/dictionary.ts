import type { Knowledge, KnownEntity, Spelling } from '../../knowledge/index.js';
import { nameKey, type Token } from '../../knowledge/text.js';
import type { DocWord } from '../../types.js';

// The fast pass: every known spelling found by walking a token trie over the article. Linear in
// the article's length; the longest spelling at a position wins ("Moscow Carnegie Center" over
// "Moscow", "OSCE Minsk Group" over "OSCE").

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: Spelling[];
}

/** A word of the article (the Doc's words: see annotate/index.ts). */
export type WordToken = DocWord;

export interface DictionaryMatch {
  entity: KnownEntity;
  /** token range [first, last] */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

const tries = new WeakMap<Knowledge, TrieNode>();

function trieFor(k: Knowledge): TrieNode {
  let root = tries.get(k);
  if (root) return root;
  root = { next: new Map(), ends: [] };
  for (const s of k.spellings) {
    // A person's one-word spelling is a family name: resolved with the article's context (pickPerson in index.ts).
    if (s.entity.type === 'person' && s.tokens.length === 1) continue;
    let node = root;
    // keyed by nameKey: "Heidar Aliev" meets "Heydar Aliyev"
    for (const t of s.tokens.map(nameKey)) {
      let child = node.next.get(t);
      if (!child) { child = { next: new Map(), ends: [] }; node.next.set(t, child); }
      node = child;
    }
    node.ends.push(s);
  }
  tries.set(k, root);
  return root;
}

/** Between the words of one name only spaces, hyphens, dots and apostrophes: never a comma or a line break. */
export function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \-.']*$/.test(gap) && !gap.includes('. ');
}

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== c.toLowerCase() || /\d/.test(c);
}

function caseFits(s: Spelling, tokens: WordToken[], first: number, last: number): boolean {
  if (s.exactCase) {
    for (let i = first; i <= last; i++) if (tokens[i].text !== tokens[i].text.toUpperCase()) return false;
    return true;
  }
  return isCapitalised(tokens[first].text);
}

/**
 * "the Armenian parliament", "Russia's defence ministry", "the Azerbaijani army": a nationality
 * and a common noun describe a body; they are not its name (as in the usual named-entity
 * conventions). The same words capitalised ("Armenian Armed Forces") are a name.
 */
function isDescription(k: Knowledge, s: Spelling, tokens: WordToken[], first: number, last: number): boolean {
  if (s.entity.type !== 'organization' || last === first || isCapitalised(tokens[last].text)) return false;
  // a nationality ("Armenian parliament") or a possessive ("Armenia's parliament") opens it
  return k.isDemonym(tokens[first].text) || tokens[first + 1]?.text === 's';
}

/** Known names in the tokens; a name never runs across a sentence cut (an over-long sentence is cut between words). */
export function matchDictionary(k: Knowledge, text: string, tokens: WordToken[]): DictionaryMatch[] {
  const root = trieFor(k);
  const out: DictionaryMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    let node: TrieNode | undefined = root.next.get(tokens[i].key);
    let best: { s: Spelling; last: number } | undefined;
    let j = i;
    while (node) {
      for (const s of node.ends) if (caseFits(s, tokens, i, j) && !isDescription(k, s, tokens, i, j)) { best = { s, last: j }; break; }
      if (j + 1 >= tokens.length || !joinable(text, tokens[j], tokens[j + 1]) || tokens[j + 1].sentence !== tokens[i].sentence) break;
      node = node.next.get(tokens[j + 1].key);
      j++;
    }
    if (best) {
      const start = tokens[i].start;
      const end = tokens[best.last].end;
      out.push({ entity: best.s.entity, first: i, last: best.last, start, end, text: text.slice(start, end) });
      i = best.last + 1;
    } else i++;
  }
  return out;
}
