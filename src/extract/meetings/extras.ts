import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import { wordsAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { Arguments } from './arguments.js';
import { listAfter } from './lists.js';
import { EXTRA_GAP_WORDS, EXTRA_PARTICIPANT_CUES, TOPIC_NOUNS, WITH_TAIL_CUES } from './lexicon-cues.js';
import { COORDINATION_FILLERS, OBJECT_FILLERS } from './lexicon-clauses.js';
import { NUMBER_WORDS } from '../dates/lexicon.js';

export interface Extra {
  items: Item[];
  role: 'host' | 'mediator' | 'participant';
  /** the cue's first token */
  at: number;
}

const EXTRA_CUES = EXTRA_PARTICIPANT_CUES.map(([w, role]) => ({ words: w.split(' '), role }))
  .sort((a, b) => b.words.length - a.words.length);

const RELATIVES = new Set(['which', 'that']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'will']);

/** How far after a trigger an agent or companion phrase is looked for. */
const EXTRA_REACH = 30;
/** How far before a trigger a fronted agent or companion phrase may start. */
const EXTRA_BEFORE_REACH = 40;

/**
 * People a trigger's clause adds to its meeting: passive agents ("held talks in Washington hosted
 * by Blinken", "talks between X and Y, mediated by Z") and companions ("due to meet in Chisinau
 * alongside Macron"). Read between the neighbouring triggers, in the trigger's clause.
 */
export function extrasOf(view: SentenceView, tr: TriggerMatch, args: Arguments, from: number, to: { agent: number; companion: number }): Extra[] {
  const { tokens } = view;
  const out: Extra[] = [];
  let clause = tokens[tr.first].clause;
  // a fronted phrase may carry a long list of its own ("At the initiative of the co-chairs - X (USA), Y (Russia)
  // and Z (France) - a working dinner took place"): read back further, the gap test below keeps it to the trigger's
  const start = Math.max(from, tr.first - EXTRA_BEFORE_REACH);
  const inside = (it: Item) => args.subject.includes(it) || args.object.includes(it);
  // where the meeting's phrase ends so far: an agent may follow another ("hosted by X and attended by Y")
  let reach = Math.max(tr.last, ...args.object.map((it) => it.last));
  // a group label's names in apposition ("the co-chairs of the Minsk Group - X, Y and Z - together with W")
  const named = args.object.some((it) => it.kind !== 'person') ? listAfter(view, reach + 1, true) : [];
  if (named.length) reach = named[named.length - 1].last;
  // counted from the end of its own people, which may be a long list ("with the co-chairs — X of A, Y of B and Z of C — together with W")
  const end = Math.min(Math.max(to.agent, to.companion), tokens.length, reach + 1 + EXTRA_REACH);
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    // "the meeting took place, which was attended by X": a relative clause on the meeting
    if (i > tr.last && t.clause !== clause && RELATIVES.has(t.low) && BE_FORMS.has(tokens[i + 1]?.low ?? '')) clause = t.clause;
    if (t.clause !== clause && !(t.aside && i > tr.last)) { if (i > tr.last) break; continue; }
    if (t.quoted || view.itemAt[i] >= 0) continue;
    // "with Albright as their host", "with X and Y acting as mediators": the role follows the people
    const withTail = t.low === 'with' && i > tr.last && i < to.companion ? withPeople(view, i, t.aside) : null;
    if (withTail && !withTail.items.some(inside) && plainGap(tokens, reach + 1, i)) {
      out.push({ items: withTail.items, role: withTail.role, at: i });
      reach = withTail.items[withTail.items.length - 1].last;
      i = reach;
      continue;
    }
    const cue = EXTRA_CUES.find((c) => c.words[0] === t.low && wordsAt(tokens, i, c.words));
    if (!cue || i >= (cue.role === 'participant' ? to.companion : to.agent)) continue;
    const after = i + cue.words.length;
    const items = listAfter(view, after, t.aside).filter((it) => !inside(it) && !it.possessive);
    if (!items.length) continue;
    const gapOk = i > tr.last
      ? plainGap(tokens, reach + 1, i)
      : plainGap(tokens, items[items.length - 1].last + 1, Math.min(tr.first, ...args.subject.map((it) => it.first)));
    if (!gapOk) continue;
    out.push({ items, role: cue.role, at: i });
    if (i > tr.last) reach = items[items.length - 1].last;
    i = after - 1;
  }
  return out;
}

const WITH_TAILS = WITH_TAIL_CUES.map(([w, role]) => ({ words: w.split(' '), role })).sort((a, b) => b.words.length - a.words.length);

/** The people of "with X and Y acting as mediators" at `w` and the part the words after them give, or null. */
function withPeople(view: SentenceView, w: number, inAside: boolean): { items: Item[]; role: Extra['role'] } | null {
  const items = listAfter(view, w + 1, inAside).filter((it) => !it.possessive);
  if (!items.length) return null;
  const after = items[items.length - 1].last + 1;
  const tail = WITH_TAILS.find((c) => wordsAt(view.tokens, after, c.words));
  // "present" alone only at the clause's end ("with X present."), not "with X present at"
  if (!tail || (tail.words.length === 1 && tail.words[0] === 'present' && !view.tokens[after + 1]?.punct)) return null;
  return { items, role: tail.role };
}

/** The closing comma of ", organized by ..., " opening at `comma`, or -1. */
function participleAside(tokens: Tok[], comma: number, to: number): number {
  const next = tokens[comma + 1];
  if (!next || next.punct || !/ed$/.test(next.low)) return -1;
  for (let i = comma + 2; i < to && i - comma <= ASIDE_REACH; i++) if (tokens[i].text === ',') return i;
  return -1;
}
/**
 * The closing comma of an apposition opening at `comma` ("Together with X, the personal representative of
 * the OSCE chairman, they held talks"), or -1: a determiner, then title words only, up to a comma.
 */
function appositionAside(tokens: Tok[], comma: number, to: number): number {
  if (!APPOSITION_DETERMINERS.has(tokens[comma + 1]?.low ?? '')) return -1;
  for (let i = comma + 2; i < to && i - comma <= ASIDE_REACH; i++) {
    const t = tokens[i];
    if (t.text === ',') return i;
    // title words only: "the OSCE issued a statement," is a clause of its own
    const title = t.cap || t.text === '-' || tokens[i - 1].text === '-' || COORDINATION_FILLERS.has(t.low) || OBJECT_FILLERS.has(t.low);
    if (!title || (t.punct && t.text !== '-')) return -1;
  }
  return -1;
}
const APPOSITION_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);
/** The ')' closing the bracket opened at `open`, or -1. */
function bracketClose(tokens: Tok[], open: number, to: number): number {
  for (let i = open + 1; i < to && i - open <= ASIDE_REACH; i++) if (tokens[i].text === ')') return i;
  return -1;
}
/** How long a participle phrase between commas may be. */
const ASIDE_REACH = 15;

/** Only venue and date words between a phrase and the meeting it belongs to ("talks in Washington on Friday, hosted by"). */
function plainGap(tokens: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // a participle phrase set off by commas ("the meeting, organized on the proposal of the co-chairs, began with")
    const close = t.text === ',' ? Math.max(participleAside(tokens, i, to), appositionAside(tokens, i, to))
      // a bracketed country or title after the last name ("and Z (France) - a working dinner")
      : t.text === '(' ? bracketClose(tokens, i, to) : -1;
    if (close >= 0) { i = close; continue; }
    // a hyphenated word ("in the five-party format", "the long-awaited meeting")
    if (!t.punct && (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-')) continue;
    // ", and earlier, in Moscow, under the mediation of Y": another occasion's phrase
    if (t.text === ',' && (tokens[i + 1]?.low === 'and' || tokens[i + 1]?.low === 'but')) return false;
    // venue, date and topic words ("talks in Moscow on Monday on the Karabakh settlement, at the invitation of")
    if (t.text === ',' || t.cap || /^\p{N}/u.test(t.text) || NUMBER_WORDS.has(t.low) || EXTRA_GAP_WORDS.has(t.low) || TOPIC_NOUNS.has(t.low)) continue;
    return false;
  }
  return true;
}

