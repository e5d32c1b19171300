import type { Item, SentenceView } from './references.js';
import type { Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import { NOUN_ATTACHERS, NOUN_GOVERNORS, OBJECT_FILLERS, OBJECT_STOPS, MODE_WORDS, type SubjectRole } from './lexicon.js';

// Who a trigger's participants are, as items of the sentence: its subject (the nearest
// coordinated list before it in its clause) and its object (the list right after it), or for a
// noun its attached list ("talks between X and Y"), its possessor ("Putin's talks") and, when a
// verb or preposition governs it ("held talks", "in a Vienna meeting"), the clause subject.

export interface Arguments {
  subject: Item[];
  object: Item[];
  subjectRole: SubjectRole;
  /** the governing word of a noun trigger, when there is one */
  governor: number | null;
  /** first token of the span the status cues are read in */
  windowStart: number;
}

const MAX_SUBJECT_GAP = 12;

/** How far back a clause start or a subject is looked for: rules stay local in very long sentences. */
const MAX_LOOKBACK = 40;

export function argumentsOf(tr: TriggerMatch, view: SentenceView, previousSubject: Item[] | null): Arguments | null {
  const { tokens } = view;
  if (tr.spec.kind === 'verb') {
    // "hosted talks with ...": the noun that follows carries the meeting
    if (tr.spec.needsObject && nounFollows(tokens, tr.last + 1)) return null;
    const object = listAfter(view, tr.last + 1);
    if (tr.spec.needsObject && !object.length) return null;
    let subject = listBefore(view, tr.first);
    if (!subject.length && previousSubject && subordinate(tokens, tr.first)) subject = previousSubject;
    const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, tr.first), tr.first - 6);
    return { subject, object, subjectRole: tr.spec.subjectRole, governor: null, windowStart };
  }
  let j = tr.last + 1;
  while (tokens[j] && MODE_WORDS[tokens[j].low] && tokens[j].low !== 'video') j++;
  const own = tokens[j] && NOUN_ATTACHERS.has(tokens[j].low) ? listAfter(view, j + 1) : [];
  const possessor = possessorOf(view, tr.first);
  const gov = governorOf(view, tr.first);
  let subject: Item[] = [];
  let subjectRole: SubjectRole = null;
  if (gov !== null) {
    subject = listBefore(view, gov);
    if (!subject.length && previousSubject && subordinate(tokens, gov)) subject = previousSubject;
    const role = NOUN_GOVERNORS[tokens[gov].low];
    subjectRole = role === 'participant' ? null : role;
  }
  const from = gov ?? tr.first;
  const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, from), from - 6);
  return { subject: [...subject, ...possessor], object: own, subjectRole, governor: gov, windowStart };
}

/** A noun trigger (or a determiner before one) right after a hosting verb. */
function nounFollows(tokens: Tok[], i: number): boolean {
  for (let n = 0; n < 4 && tokens[i + n]; n++) {
    const low = tokens[i + n].low;
    if (['talks', 'summit', 'meeting', 'meetings', 'negotiations', 'conference', 'summits'].includes(low)) return true;
    if (!['a', 'an', 'the', 'first', 'direct', 'trilateral', 'bilateral', 'tripartite', 'three', 'way', '-', 'peace', 'new', 'informal', 'formal'].includes(low)) return false;
  }
  return false;
}

function usable(it: Item): boolean {
  return !it.aside && !it.quoted && !it.possessive;
}

/** The coordinated list that ends nearest before token `pos` in its clause. */
function listBefore(view: SentenceView, pos: number): Item[] {
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

/** The coordinated list right after token `from`: determiners and titles may come first, a stop word ends the search. */
function listAfter(view: SentenceView, from: number): Item[] {
  const { tokens, items, itemAt } = view;
  const clause = tokens[from - 1]?.clause;
  let depth = 0;
  for (let i = from; i < tokens.length && i < from + 12; i++) {
    const t = tokens[i];
    const it = itemAt[i] >= 0 ? items[itemAt[i]] : null;
    if (it && it.first === i && !it.aside && !it.quoted) {
      const list = view.listOf.get(it)!;
      return list.slice(list.indexOf(it)).filter((x) => !x.aside && !x.quoted);
    }
    if (t.text === '(') { depth++; continue; }
    if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
    if (depth) continue;
    if (t.clause !== clause || OBJECT_STOPS.has(t.low)) return [];
    if (OBJECT_FILLERS.has(t.low) || (t.cap && !t.punct)) continue;
    return [];
  }
  return [];
}

/** "Putin's talks with", "the rival presidents' first encounter", "Putin-Aliyev talks". */
function possessorOf(view: SentenceView, noun: number): Item[] {
  const { tokens, items, itemAt } = view;
  // only adjectives between the possessor and the noun
  let i = noun - 1;
  while (i >= 0 && noun - i <= 5 && itemAt[i] < 0) {
    const t = tokens[i];
    if (!(t.low === "'s" || t.text === "'" || t.text === '-' || (!t.punct && !NOUN_GOVERNORS[t.low] && !OBJECT_STOPS.has(t.low)))) return [];
    i--;
  }
  if (i < 0 || itemAt[i] < 0) return [];
  const it = items[itemAt[i]];
  if (it.aside || it.quoted) return [];
  if (it.possessive) {
    const list = view.listOf.get(it)!;
    return list.slice(0, list.indexOf(it) + 1).filter((x) => !x.aside && !x.quoted);
  }
  // "Putin-Aliyev talks": names joined by a hyphen right before the noun
  const prev = items[itemAt[i] - 1];
  if (it.last === noun - 1 && prev && tokens[prev.last + 1]?.text === '-' && prev.last + 2 === it.first) return [prev, it];
  return [];
}

/** The verb or preposition that governs a noun trigger, with only determiners and adjectives between. */
function governorOf(view: SentenceView, noun: number): number | null {
  const { tokens, itemAt } = view;
  for (let i = noun - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i];
    if (t.clause !== tokens[noun].clause) return null;
    if (t.low === 'of' && tokens[i - 1]?.low === 'sidelines') return i - 1;
    if (NOUN_GOVERNORS[t.low] !== undefined) return i;
    if (itemAt[i] >= 0 || t.low === "'s" || t.text === "'" || t.text === '-') continue;
    if (t.punct || OBJECT_STOPS.has(t.low)) return null;
  }
  return null;
}

/** Does the trigger stand in a clause with its own subordinator and no subject ("after first meeting ...")? */
function subordinate(tokens: Tok[], pos: number): boolean {
  const start = clauseStart(tokens, pos);
  const first = tokens[start].low;
  return ['after', 'before', 'while', 'when', 'as', 'since', 'by', 'upon', 'following', 'having'].includes(first) || /ing$/.test(tokens[pos].low);
}

/** Where the clause of token `pos` starts, looking back no further than MAX_LOOKBACK tokens. */
export function clauseStart(tokens: Tok[], pos: number): number {
  let i = pos;
  while (i > 0 && pos - i < MAX_LOOKBACK && tokens[i - 1].clause === tokens[pos].clause) i--;
  return i;
}
