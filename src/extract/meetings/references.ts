import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import type { ArticleScope } from './scope.js';
import { tokenAt, wordsAt, type Tok } from './tokens.js';
import {
  APART_WORDS, COLLECTIVE_NOUNS, COORDINATION_FILLERS, COORDINATORS, GROUP_ADJECTIVES, GROUP_DETERMINERS, GROUP_NOUNS, ROLE_NOUNS, SPEECH_VERBS,
} from './lexicon.js';

/**
 * A reference to people in a sentence: a named person, a role phrase ("the leaders of Armenia
 * and Azerbaijan"), a group anaphor ("the two rivals", "they") or a singular pronoun ("he").
 */
export interface Item {
  kind: 'person' | 'role' | 'group' | 'pronoun';
  /** token range */
  first: number;
  last: number;
  /** person keys; for anaphors filled when a trigger resolves them (see resolveItem) */
  keys: string[];
  possessive: boolean;
  aside: boolean;
  quoted: boolean;
  /** for group anaphors: how many people it names (0: two or more), the role they share, 'each' */
  count?: number;
  role?: string | null;
  each?: boolean;
  /** 'he'/'she' (one person) or 'they' (a group) */
  plural?: boolean;
  /** joined to the item before by "and with", "and then", ", and, separately, with": met apart from it */
  apart?: boolean;
}

/** A place mention, by token, for role phrases and venues. */
export interface PlaceAt {
  first: number;
  last: number;
  entry: PlaceEntry;
}

const ROLE_PHRASES = ROLE_NOUNS.map(([words, role]) => ({ words: words.split(' '), role, plural: /s$/.test(words.split(' ')[0]) || /s$/.test(words) }))
  .sort((a, b) => b.words.length - a.words.length);
const DETERMINERS = GROUP_DETERMINERS.map(([w, count]) => ({ words: w.split(' '), count })).sort((a, b) => b.words.length - a.words.length);
const DETERMINER_STARTS = new Set(DETERMINERS.map((d) => d.words[0]));
/** The words an anaphor can start with: a cheap test before the look-ups. */
const ANAPHOR_STARTS = new Set([...DETERMINER_STARTS, 'they', 'them', 'he', 'she', 'him', 'the']);

/** The places of a sentence, by token. */
export function placesIn(tokens: Tok[], mentions: EntityMention[]): PlaceAt[] {
  const out: PlaceAt[] = [];
  for (const m of mentions) {
    if (m.known?.type !== 'place') continue;
    out.push({ first: tokenAt(tokens, m.start), last: tokenAt(tokens, m.end - 1), entry: m.known.entry as PlaceEntry });
  }
  return out;
}

/**
 * Every reference to people in one sentence, in order. Named people and role phrases are
 * resolved here; anaphors later, by the trigger that uses them (it knows whom to exclude).
 */
export function referencesIn(tokens: Tok[], sentenceMentions: EntityMention[], places: PlaceAt[], scope: ArticleScope): Item[] {
  const items: Item[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const m of sentenceMentions) {
    if (m.type !== 'person') continue;
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first >= tokens.length) continue;
    items.push(flags(tokens, { kind: 'person', first, last, keys: [m.key], possessive: false, aside: false, quoted: false }));
    for (let i = first; i <= last; i++) taken[i] = 1;
  }
  const countryAt = countryIndex(tokens, places, scope.k);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i].punct) continue;
    const found = rolePhrase(tokens, i, countryAt, taken) ?? anaphor(tokens, i, taken);
    if (!found) continue;
    items.push(flags(tokens, found));
    for (let j = found.first; j <= found.last; j++) taken[j] = 1;
    i = found.last;
  }
  items.sort((a, b) => a.first - b.first);
  return resolveRoles(tokens, dropTitles(tokens, items), countryAt, scope);
}

function flags(tokens: Tok[], it: Item): Item {
  const next = tokens[it.last + 1];
  it.possessive = next?.low === "'s" || (next?.text === "'" && /s$/.test(tokens[it.last].low));
  it.aside = tokens[it.first].aside;
  it.quoted = tokens[it.first].quoted;
  return it;
}

/** Country code by token: country names ("Armenia", "Armenia's") and national adjectives ("Armenian", "Azeri"). */
function countryIndex(tokens: Tok[], places: PlaceAt[], k: Knowledge): (string | null)[] {
  const out: (string | null)[] = new Array(tokens.length).fill(null);
  for (const p of places) if (p.entry.kind === 'country' && p.entry.country) for (let i = p.first; i <= p.last; i++) out[i] = p.entry.country;
  for (let i = 0; i < tokens.length; i++) {
    if (out[i] || !tokens[i].cap || !k.isDemonym(tokens[i].text)) continue;
    // "Russian-brokered": an adjective of another word, not a nationality on its own
    if (tokens[i + 1]?.text === '-') continue;
    const place = k.byDemonym(tokens[i].text);
    if (place?.kind === 'country' && place.country) out[i] = place.country;
  }
  return out;
}

interface RoleFound extends Item {
  countries: string[];
  roleName: string;
}

/**
 * A role phrase at token i: "[the] leaders of Armenia and Azerbaijan", "[the] Armenian and Azeri
 * presidents", "Armenia's prime minister", "his Azerbaijani counterpart".
 */
function rolePhrase(tokens: Tok[], i: number, countryAt: (string | null)[], taken: Uint8Array): RoleFound | null {
  let start = i;
  let j = i;
  if (['the', 'his', 'her', 'their', 'its'].includes(tokens[j].low)) j++;
  // countries before the role noun
  const before: string[] = [];
  let k = j;
  for (;;) {
    const code = countryAt[k];
    if (!code || taken[k]) break;
    while (countryAt[k + 1] === code) k++;
    before.push(code);
    k++;
    if (tokens[k]?.low === "'s") k++;
    if ((tokens[k]?.low === ',' || tokens[k]?.low === 'and') && countryAt[k + 1]) k++;
    else if (tokens[k]?.low === ',' && tokens[k + 1]?.low === 'and' && countryAt[k + 2]) k += 2;
    else break;
  }
  const noun = ROLE_PHRASES.find((r) => wordsAt(tokens, k, r.words));
  if (!noun) return null;
  if (!before.length && j === i && noun.role === 'counterpart') return null;
  let last = k + noun.words.length - 1;
  const countries = [...before];
  // countries after: "of Armenia and Azerbaijan"
  if (!before.length && tokens[last + 1]?.low === 'of') {
    let m = last + 2;
    if (tokens[m]?.low === 'the') m++;
    while (countryAt[m] && !taken[m]) {
      const code = countryAt[m];
      while (countryAt[m + 1] === code) m++;
      countries.push(code!);
      last = m;
      m++;
      if ((tokens[m]?.low === ',' || tokens[m]?.low === 'and') && countryAt[m + 1]) m++;
      else if (tokens[m]?.low === ',' && tokens[m + 1]?.low === 'and' && countryAt[m + 2]) m += 2;
      else break;
    }
  }
  if (!countries.length) return null;
  for (let x = start; x <= last; x++) if (taken[x]) return null;
  return {
    kind: 'role', first: start, last, keys: [], possessive: false, aside: false, quoted: false,
    plural: noun.plural || countries.length > 1, countries, roleName: noun.role,
  };
}

/** A group anaphor ("both presidents", "the two rivals", "each leader", "the trio", "they") or 'he'/'she'. */
function anaphor(tokens: Tok[], i: number, taken: Uint8Array): Item | null {
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
  const det = DETERMINERS.find((d) => wordsAt(tokens, i, d.words));
  if (!det) return null;
  j += det.words.length;
  let count = det.count;
  while (tokens[j] && GROUP_ADJECTIVES.has(tokens[j].low)) {
    if (tokens[j].low === 'two') count = 2;
    if (tokens[j].low === 'three') count = 3;
    j++;
  }
  const each = det.words[0] === 'each';
  const role = ROLE_PHRASES.find((r) => (r.plural || each) && r.role !== 'counterpart' && wordsAt(tokens, j, r.words));
  let last: number;
  let roleName: string | null;
  if (role) {
    last = j + role.words.length - 1;
    roleName = role.role;
  } else if (tokens[j] && GROUP_NOUNS[tokens[j].low] !== undefined && (each || /s$/.test(tokens[j].low))) {
    last = j;
    roleName = GROUP_NOUNS[tokens[j].low];
  } else {
    return null;
  }
  // "the leaders of X" is a role phrase, not an anaphor; "the presidents" alone is one only when nothing names them
  if (tokens[last + 1]?.low === 'of' && !each) return null;
  if (det.count === 0 && !each && count === 0 && det.words[0] !== 'the') return null;
  for (let x = i; x <= last; x++) if (taken[x]) return null;
  return { ...base, last, kind: 'group', count, role: roleName, each, plural: true };
}

/**
 * A role phrase right before a name is that person's title ("Armenian President Serzh Sarkisian");
 * one right after a name and a comma is an apposition ("Pashinyan, the Armenian prime minister").
 * Neither names anybody else.
 */
function dropTitles(tokens: Tok[], items: Item[]): Item[] {
  return items.filter((it, n) => {
    const next = items[n + 1];
    // "the foreign ministers Elmar Mammadyarov and Zohrab Mnatsakanyan", "the co-chairs - X, Y and Z": a label for the names
    if (it.kind === 'group' && tokens[it.first].low !== 'they' && next?.kind === 'person' && next.first <= it.last + 2 + capitalisedRun(tokens, it.last + 1)) return false;
    if (it.kind !== 'role') return true;
    if (next?.kind === 'person' && next.first <= it.last + 1 + capitalisedRun(tokens, it.last + 1)) return false;
    const prev = items[n - 1];
    if (prev?.kind === 'person' && prev.last + 2 === it.first && tokens[prev.last + 1].low === ',') return false;
    return true;
  });
}

/** Capitalised words from i on ("Secretary of State" and the like between a role and a name). */
function capitalisedRun(tokens: Tok[], i: number): number {
  let n = 0;
  while (tokens[i + n] && tokens[i + n].cap && n < 4) n++;
  return n;
}

function resolveRoles(tokens: Tok[], items: Item[], _countryAt: (string | null)[], scope: ArticleScope): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    if (it.kind !== 'role') { out.push(it); continue; }
    const r = it as RoleFound;
    let role: string | null = r.roleName;
    if (role === 'counterpart') {
      const anchor = [...out].reverse().find((o) => o.kind === 'person');
      role = anchor ? scope.roleOf(anchor.keys[0]) : null;
    }
    if (!role) continue;
    const keys = r.countries.map((c) => scope.holder(role!, c, tokens[it.first].start)).filter((x): x is string => x !== null);
    if (!keys.length) continue;
    it.keys = [...new Set(keys)];
    out.push(it);
  }
  return out;
}

/**
 * Are two neighbouring items coordinated ("X and Y", "X, Y", "X (L) Y" in captions, "X and his
 * counterpart Y")? 'apart' when the coordination repeats the preposition or orders them ("with X
 * and with Y", "X and then Y", "X and, in a separate call, Y"): one meeting each.
 */
export function coordination(tokens: Tok[], a: Item, b: Item): { joined: boolean; apart: boolean } {
  const no = { joined: false, apart: false };
  if (b.first - a.last > 14) return no;
  let separator = false;
  let commaOnly = true;
  let apart = false;
  let depth = 0;
  for (let i = a.last + 1; i < b.first; i++) {
    const t = tokens[i];
    if (t.text === '(') { depth++; separator = true; commaOnly = false; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    if (COORDINATORS.has(t.low)) { separator = true; if (t.low !== ',') commaOnly = false; }
    // "together with Y", "along with Y" join; "and with Y" sets apart
    if (separator && APART_WORDS.has(t.low)) { apart ||= !(t.low === 'with' && (tokens[i - 1].low === 'together' || tokens[i - 1].low === 'along')); continue; }
    if (COORDINATION_FILLERS.has(t.low) || (t.cap && !t.punct)) continue;
    // inside a title's organisation name ("Secretary of State for European Affairs of France")
    if ((t.low === 'for' || t.low === 'in') && i - 1 > a.last && tokens[i - 1]?.cap && tokens[i + 1]?.cap) continue;
    return no;
  }
  // "met Aliyev and Putin, Michel said": a name after a bare comma and before a reporting verb is the speaker
  if (separator && commaOnly && !apart && SPEECH_VERBS.has(tokens[b.last + 1]?.low ?? '')) return no;
  return { joined: separator, apart: separator && apart };
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
    if (c?.joined) { it.apart = c.apart; cur.push(it); } else lists.push([it]);
  }
  return lists;
}
