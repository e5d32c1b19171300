import type { Item, PlaceAt } from './references.js';
import type { Tok } from './tokens.js';
import { APART_WORDS, COORDINATION_FILLERS, COORDINATORS, SPEECH_VERBS } from './lexicon-clauses.js';

// Which people of a sentence the text coordinates into one list ("X and Y", "X, his counterpart
// Y"), and the per-sentence view the trigger rules read those lists from.

/** How many tokens may stand between two coordinated people (a long title: "and Personal Representative of the OSCE Chairperson-in-Office X"). */
const MAX_COORDINATION_GAP = 20;

/**
 * Are two neighbouring items coordinated ("X and Y", "X, Y", "X (L) Y" in captions, "X and his
 * counterpart Y")? 'apart' when the coordination repeats the preposition or orders them ("with X
 * and with Y", "X and then Y", "X and, in a separate call, Y"): one meeting each.
 */
export function coordination(tokens: Tok[], a: Item, b: Item): { joined: boolean; apart: boolean } {
  const no = { joined: false, apart: false };
  if (b.first - a.last > MAX_COORDINATION_GAP) return no;
  let separator = false;
  let commaOnly = true;
  let apart = false;
  let depth = 0;
  for (let i = a.last + 1; i < b.first; i++) {
    const t = tokens[i];
    if (t.text === '(') { depth++; separator = true; commaOnly = false; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    // a word inside a hyphenated title ("chairman-in-office") is no coordinator nor an 'in' that sets apart
    if (!t.punct && (attachedHyphen(tokens[i - 1], t) || attachedHyphen(tokens[i + 1], t))) continue;
    if (COORDINATORS.has(t.low)) { separator = true; if (t.low !== ',') commaOnly = false; }
    // "together with Y", "along with Y" join; "and with Y" sets apart
    if (separator && APART_WORDS.has(t.low)) { apart ||= !(t.low === 'with' && (tokens[i - 1].low === 'together' || tokens[i - 1].low === 'along')); continue; }
    if (COORDINATION_FILLERS.has(t.low) || (t.cap && !t.punct)) continue;
    // "joined by A and B and by the co-chairs X, Y and Z": the agent phrase repeated for the next names
    if (t.low === 'by' && tokens[i - 1]?.low === 'and') continue;
    // "U.S. President X": the dots of an abbreviation
    if (t.text === '.' && /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '')) continue;
    if (tokens[i - 1]?.text === '-' && tokens[i + 1]?.text === '-') continue;
    // inside a title's organisation name ("Secretary of State for European Affairs of France")
    if ((t.low === 'for' || t.low === 'in') && i - 1 > a.last && tokens[i - 1]?.cap && tokens[i + 1]?.cap) continue;
    return no;
  }
  // "met Aliyev and Putin, Michel said", "met X and with Y, and Z said on Wednesday": a name after a
  // comma and before a reporting verb is the speaker of a clause of its own
  if (separator && (commaOnly || commaAnd(tokens, a.last, b.first)) && SPEECH_VERBS.has(tokens[b.last + 1]?.low ?? '')) return no;
  // "According to Michel, the leaders will meet": the source's comma ends its phrase
  if (separator && commaOnly && tokens[a.first - 1]?.low === 'to' && tokens[a.first - 2]?.low === 'according') return no;
  return { joined: separator, apart: separator && apart };
}

/** Is `h` a hyphen written against `t` ("chairman-in-office"), not a spaced dash ("Z - and with W")? */
function attachedHyphen(h: Tok | undefined, t: Tok): boolean {
  return h !== undefined && h.text === '-' && (h.end === t.start || h.start === t.end);
}

/** Is the gap between two items exactly ", and"? */
function commaAnd(tokens: Tok[], last: number, first: number): boolean {
  return first - last === 3 && tokens[last + 1].text === ',' && tokens[last + 2].low === 'and';
}

export function coordinated(tokens: Tok[], a: Item, b: Item): boolean {
  return coordination(tokens, a, b).joined;
}

/**
 * A sentence's references with the look-ups the trigger rules need, built once per sentence so
 * that every rule stays local (sentences can be 100 KB long).
 */
export interface SentenceView {
  tokens: Tok[];
  items: Item[];
  lists: Item[][];
  /** token → index of the item covering it, or -1 */
  itemAt: Int32Array;
  listOf: Map<Item, Item[]>;
  places: PlaceAt[];
  /** token → the place mention starting there */
  placeAt: Map<number, PlaceAt>;
}

export function sentenceView(tokens: Tok[], items: Item[], places: PlaceAt[]): SentenceView {
  const lists = coordinatedLists(tokens, items);
  const itemAt = new Int32Array(tokens.length).fill(-1);
  items.forEach((it, n) => { for (let i = it.first; i <= it.last; i++) itemAt[i] = n; });
  const listOf = new Map<Item, Item[]>();
  for (const l of lists) for (const it of l) listOf.set(it, l);
  return { tokens, items, lists, itemAt, listOf, places, placeAt: new Map(places.map((p) => [p.first, p])) };
}

/** Maximal runs of coordinated items: [[X, Y], [Z]]. */
export function coordinatedLists(tokens: Tok[], items: Item[]): Item[][] {
  const lists: Item[][] = [];
  for (const it of items) {
    const cur = lists[lists.length - 1];
    const c = cur && tokens[cur[cur.length - 1].last].clause === tokens[it.first].clause ? coordination(tokens, cur[cur.length - 1], it) : null;
    // only two people named one by one are set apart: "with the co-chairs - X, Y, Z - and with W" is one sitting
    if (c?.joined) { it.apart = c.apart && it.kind === 'person' && cur[cur.length - 1].kind === 'person' && !cur[cur.length - 1].aside; cur.push(it); } else lists.push([it]);
  }
  return lists;
}
