import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import type { Tok } from './tokens.js';
import { OBJECT_FILLERS, OBJECT_STOPS } from './lexicon-clauses.js';

// The coordinated lists of people around a position: the subject list before a trigger and the
// object list after it, each kept inside its clause.

const MAX_SUBJECT_GAP = 12;

/** How far after a trigger its object list may start (titles and a group label may come first). */
const OBJECT_REACH = 20;

/** How far back a clause start or a subject is looked for: rules stay local in very long sentences. */
export const MAX_LOOKBACK = 40;

export function usable(it: Item): boolean {
  return !it.aside && !it.quoted && !it.possessive;
}

/** The coordinated list that ends nearest before token `pos` in its clause. */
export function listBefore(view: SentenceView, pos: number): Item[] {
  const { tokens, items, itemAt } = view;
  const clause = tokens[pos].clause;
  let nearest: Item | null = null;
  let gap = MAX_SUBJECT_GAP;
  for (let i = pos - 1; i >= 0 && pos - i <= MAX_LOOKBACK && tokens[i].clause === clause; i--) {
    if (itemAt[i] < 0) continue;
    const it = items[itemAt[i]];
    // "X in telephone conversations with A and B offered to receive them": A and B are no subject
    const list = view.listOf.get(it);
    // ... but "with its leader X meeting both": right before the verb, the list is its subject
    if (list && usable(it) && pos - it.last > 1 && prepositional(view, list[0].first)) { i = list[0].first; gap = 2 * MAX_SUBJECT_GAP; continue; }
    if (usable(it) && tokens[it.first].clause === clause) { nearest = it; break; }
    i = it.first;
  }
  // "Putin, who met Aliyev": the relative clause's subject is the person before it
  if (!nearest && tokens[clauseStart(tokens, pos)].low === 'who') {
    const w = clauseStart(tokens, pos);
    const before = tokens[w - 1]?.low === ',' ? w - 2 : w - 1;
    if (before >= 0 && itemAt[before] >= 0 && usable(items[itemAt[before]])) nearest = items[itemAt[before]];
    if (nearest) {
      const list = view.listOf.get(nearest)!;
      return list.slice(0, list.indexOf(nearest) + 1).filter(usable);
    }
  }
  if (!nearest || pos - nearest.last > gap) return [];
  const list = view.listOf.get(nearest)!;
  return list.slice(0, list.indexOf(nearest) + 1).filter((it) => usable(it) && tokens[it.first].clause === clause);
}

/** Plural nouns that end a group label a list of names may follow after a comma. */
const GROUP_LABEL_ENDS = new Set(['countries', 'nations', 'sides', 'ministers', 'presidents', 'leaders', 'mediators', 'chairs', 'diplomats', 'envoys']);

const PREPOSITIONS = new Set(['with', 'between', 'among', 'by', 'to', 'from', 'including']);

/** Does a preposition govern the list starting at `first` ("with his counterpart X", "between X and Y")? */
function prepositional(view: SentenceView, first: number): boolean {
  const { tokens } = view;
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    const t = tokens[i];
    if (PREPOSITIONS.has(t.low)) return true;
    if (!(OBJECT_FILLERS.has(t.low) || (t.cap && !t.punct)) || t.low === 'with' || t.low === 'between') return false;
  }
  return false;
}

/**
 * The coordinated list right after token `from`: determiners and titles may come first, a stop
 * word ends the search. Inside an aside (`inAside`), its items count.
 */
export function listAfter(view: SentenceView, from: number, inAside = false): Item[] {
  const { tokens, items, itemAt } = view;
  let clause = tokens[from - 1]?.clause;
  const ok = (x: Item) => (!x.aside || inAside) && !x.quoted;
  let depth = 0;
  for (let i = from; i < tokens.length && i < from + OBJECT_REACH; i++) {
    const t = tokens[i];
    const it = itemAt[i] >= 0 ? items[itemAt[i]] : null;
    if (it && it.first === i && ok(it)) {
      // "met the Armenian leader's envoy": the person named is not the one met
      if (it.possessive) return [];
      const list = view.listOf.get(it)!;
      return list.slice(list.indexOf(it)).filter(ok);
    }
    // "U.S. Secretary of State Antony Blinken": the dots of an abbreviation
    if (t.text === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.cap) continue;
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth) continue;
    // "received a delegation led by X": the head of the delegation is the one met
    if ((t.low === 'delegation' || t.low === 'team') && (tokens[i + 1]?.low === 'led' || tokens[i + 1]?.low === 'headed') && tokens[i + 2]?.low === 'by') { i += 2; continue; }
    // a hyphenated title ("Chairman-in-Office") and its apposition ("..., Slovak Foreign Minister X")
    if (t.text === '-' || (tokens[i - 1]?.text === '-' && tokens[i + 1]?.text === '-')) continue;
    if (t.text === ',' && tokens[i - 1]?.cap && !tokens[i - 1]?.punct && tokens[i + 1]?.cap) { clause = tokens[i + 1].clause; continue; }
    // "the foreign ministers of the three countries, X, Y and Z": a group label, then its names
    if (t.text === ',' && i > from && GROUP_LABEL_ENDS.has(tokens[i - 1]?.low ?? '') && tokens[i + 1]?.cap) { clause = tokens[i + 1].clause; continue; }
    // a label and then its list: "the co-chairs of the Minsk Group: X, Y and Z", "the mediators - X and Y"
    if ((t.text === ':' || t.text === '\u2013' || t.text === '\u2014') && i > from && tokens[i + 1] && !tokens[i + 1].quoted) { clause = tokens[i + 1].clause; continue; }
    // words inside an organisation's name ("Security and Cooperation in Europe")
    if (['in', 'for', 'and', 'of'].includes(t.low) && tokens[i - 1]?.cap && tokens[i + 1]?.cap && !tokens[i - 1].punct) continue;
    if (t.clause !== clause || OBJECT_STOPS.has(t.low)) return [];
    if (OBJECT_FILLERS.has(t.low) || (t.cap && !t.punct)) continue;
    return [];
  }
  return [];
}

/** Where the clause of token `pos` starts, looking back no further than `reach` tokens. */
export function clauseStart(tokens: Tok[], pos: number, reach = MAX_LOOKBACK): number {
  let i = pos;
  while (i > 0 && pos - i < reach && tokens[i - 1].clause === tokens[pos].clause) i--;
  return i;
}

