import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import { wordShortlyBefore, type Tok } from './tokens.js';
import { OBJECT_STOPS } from './lexicon-clauses.js';
import { NOUN_GOVERNORS } from './lexicon-triggers.js';

// Who a meeting noun belongs to: "Putin's talks", "the rival presidents' first encounter",
// "Putin-Aliyev talks", "their first meeting".

/** "Putin's talks with", "the rival presidents' first encounter", "Putin-Aliyev talks". */
export function possessorOf(view: SentenceView, noun: number): Item[] {
  const { tokens, items, itemAt } = view;
  // only adjectives between the possessor and the noun
  let i = noun - 1;
  while (i >= 0 && noun - i <= 5 && itemAt[i] < 0) {
    const t = tokens[i];
    // "their first meeting", "their talks in Vienna": the group the story is about (resolved like 'they')
    if (t.low === 'their') return theirPeople(view, i);
    if (!(t.low === "'s" || t.text === "'" || isDash(t) || (!t.punct && !NOUN_GOVERNORS[t.low] && !OBJECT_STOPS.has(t.low)))) return [];
    i--;
  }
  if (i < 0 || itemAt[i] < 0) return [];
  const it = items[itemAt[i]];
  if (it.aside || it.quoted) return [];
  if (it.possessive) {
    const list = view.listOf.get(it)!;
    return list.slice(0, list.indexOf(it) + 1).filter((x) => !x.aside && !x.quoted);
  }
  // "Putin-Aliyev talks", "the Pashinyan–Aliyev–Michel meeting": names joined by dashes right before the noun
  return it.last === noun - 1 ? dashedNames(view, itemAt[i]) : [];
}

const THEIR = new Set(['their']);

/** A 'their' among the few words before a noun ("their first meeting"). */
export function theirBefore(tokens: Tok[], noun: number): boolean {
  return wordShortlyBefore(tokens, noun, 5, THEIR);
}

/**
 * Who a possessive 'their' before a meeting noun stands for: the latest list of two or more
 * people the sentence named before it ("envoys - X and Y - who held their first round of talks",
 * "the heads of A and B said they stand by their meeting"), else the group the story is about,
 * resolved like 'they' ("Their first bilateral meeting followed in July").
 */
function theirPeople(view: SentenceView, at: number): Item[] {
  const { tokens, items, itemAt } = view;
  // the nearest item before, looked for over a bounded stretch (a long sentence stays linear)
  let n = -1;
  for (let i = at - 1; i >= 0 && at - i <= THEIR_REACH && n < 0; i--) if (itemAt[i] >= 0 && !items[itemAt[i]].quoted) n = itemAt[i];
  if (n >= 0) {
    const it = items[n];
    const list = (view.listOf.get(it) ?? [it]).filter((x) => !x.quoted && x.last < at);
    if (list.length >= 2 || it.kind === 'group' || it.keys.length >= 2) return list;
    // "X for Turkey and Y, deputy speaker ... - who held their talks": people of one clause, however joined
    const clause: Item[] = [];
    for (let m = n; m >= 0 && it.first - items[m].first <= THEIR_REACH; m--) {
      const x = items[m];
      if (x.kind === 'person' && !x.quoted && tokens[x.first].clause === tokens[it.first].clause) clause.unshift(x);
    }
    if (clause.length >= 2) return clause;
  }
  // only a 'their' that opens its clause stands for the story's group ("Their first meeting followed"):
  // after other words it may be a country's or an organisation's ("Armenia and Azerbaijan resumed their talks")
  for (let i = at - 1; i >= 0 && tokens[i].clause === tokens[at].clause; i--) if (!tokens[i].punct && !CLAUSE_OPENERS.has(tokens[i].low)) return [];
  const t = tokens[at];
  return [{ kind: 'group', first: at, last: at, keys: [], possessive: true, aside: t.aside, quoted: t.quoted, count: 0, role: null, plural: true }];
}
/** Words that may open a clause before its subject's 'their' ("But their talks", "In their first meeting"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'yet', 'so', 'then', 'in', 'at', 'during', 'after', 'since', 'also', 'still', 'however', 'now']);
/** How far back 'their' looks for the people it stands for. */
const THEIR_REACH = 40;

/** The names joined by hyphens or en dashes that end with item `n` ("Pashinyan-Aliyev"), or none when it stands alone. */
export function dashedNames(view: SentenceView, n: number): Item[] {
  const { tokens, items } = view;
  const chain = [items[n]];
  for (let m = n - 1; m >= 0; m--) {
    const prev = items[m];
    const next = chain[0];
    if (prev.kind !== 'person' || prev.aside || prev.quoted || prev.last + 2 !== next.first || !isDash(tokens[prev.last + 1])) break;
    chain.unshift(prev);
  }
  return chain.length >= 2 ? chain : [];
}

function isDash(t: Tok): boolean {
  return t.text === '-' || t.text === '\u2013';
}
