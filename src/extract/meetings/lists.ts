import type { Item, SentenceView } from './references.js';
import type { Tok } from './tokens.js';
import { OBJECT_FILLERS, OBJECT_STOPS } from './lexicon.js';

// The coordinated lists of people around a position: the subject list before a trigger and the
// object list after it, each kept inside its clause.

const MAX_SUBJECT_GAP = 12;

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
  for (let i = pos - 1; i >= 0 && pos - i <= MAX_LOOKBACK && tokens[i].clause === clause; i--) {
    if (itemAt[i] < 0) continue;
    const it = items[itemAt[i]];
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
  if (!nearest || pos - nearest.last > MAX_SUBJECT_GAP) return [];
  const list = view.listOf.get(nearest)!;
  return list.slice(0, list.indexOf(nearest) + 1).filter((it) => usable(it) && tokens[it.first].clause === clause);
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
  for (let i = from; i < tokens.length && i < from + 16; i++) {
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
    if (t.clause !== clause || OBJECT_STOPS.has(t.low)) return [];
    if (OBJECT_FILLERS.has(t.low) || (t.cap && !t.punct)) continue;
    return [];
  }
  return [];
}

/** Where the clause of token `pos` starts, looking back no further than MAX_LOOKBACK tokens. */
export function clauseStart(tokens: Tok[], pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < MAX_LOOKBACK && tokens[i - 1].clause === tokens[pos].clause) i--;
  return i;
}

