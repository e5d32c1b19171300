import type { Item } from './references.js';
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

export function argumentsOf(tr: TriggerMatch, tokens: Tok[], items: Item[], lists: Item[][], previousSubject: Item[] | null): Arguments | null {
  if (tr.spec.kind === 'verb') {
    // "hosted talks with ...": the noun that follows carries the meeting
    if (tr.spec.needsObject && nounFollows(tokens, tr.last + 1)) return null;
    const object = listAfter(tokens, items, lists, tr.last + 1);
    if (tr.spec.needsObject && !object.length) return null;
    let subject = listBefore(tokens, items, lists, tr.first);
    if (!subject.length && previousSubject && subordinate(tokens, tr.first)) subject = previousSubject;
    const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, tr.first), tr.first - 6);
    return { subject, object, subjectRole: tr.spec.subjectRole, governor: null, windowStart };
  }
  let j = tr.last + 1;
  while (tokens[j] && MODE_WORDS[tokens[j].low] && tokens[j].low !== 'video') j++;
  const own = tokens[j] && NOUN_ATTACHERS.has(tokens[j].low) ? listAfter(tokens, items, lists, j + 1) : [];
  const possessor = possessorOf(tokens, items, lists, tr.first);
  const gov = governorOf(tokens, items, tr.first);
  let subject: Item[] = [];
  let subjectRole: SubjectRole = null;
  if (gov !== null) {
    subject = listBefore(tokens, items, lists, gov);
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
function listBefore(tokens: Tok[], items: Item[], lists: Item[][], pos: number): Item[] {
  const clause = tokens[pos].clause;
  let nearest: Item | null = null;
  for (const it of items) {
    if (it.last >= pos) break;
    if (usable(it) && tokens[it.first].clause === clause && tokens[it.last].clause === clause) nearest = it;
  }
  if (!nearest || pos - nearest.last > MAX_SUBJECT_GAP) return [];
  const list = lists.find((l) => l.includes(nearest!))!;
  return list.slice(0, list.indexOf(nearest) + 1).filter((it) => usable(it) && tokens[it.first].clause === clause);
}

/** The coordinated list right after token `from`: determiners and titles may come first, a stop word ends the search. */
function listAfter(tokens: Tok[], items: Item[], lists: Item[][], from: number): Item[] {
  const startsAt = new Map(items.map((it) => [it.first, it]));
  const clause = tokens[from - 1]?.clause;
  let depth = 0;
  for (let i = from; i < tokens.length && i < from + 12; i++) {
    const t = tokens[i];
    const it = startsAt.get(i);
    if (it && !it.aside && !it.quoted) {
      const list = lists.find((l) => l.includes(it))!;
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
function possessorOf(tokens: Tok[], items: Item[], lists: Item[][], noun: number): Item[] {
  for (const it of items) {
    if (it.last >= noun || noun - it.last > 5 || it.aside || it.quoted) continue;
    // only adjectives between the possessor and the noun
    let ok = true;
    for (let i = it.last + 1; i < noun; i++) {
      const t = tokens[i];
      if (t.low === "'s" || t.text === "'" || t.text === '-' || (!t.punct && !NOUN_GOVERNORS[t.low] && !OBJECT_STOPS.has(t.low))) continue;
      ok = false;
      break;
    }
    if (!ok) continue;
    if (it.possessive) {
      const list = lists.find((l) => l.includes(it))!;
      return list.slice(0, list.indexOf(it) + 1).filter((x) => !x.aside && !x.quoted);
    }
    // "Putin-Aliyev talks": names joined by a hyphen right before the noun
    const next = items[items.indexOf(it) + 1];
    if (next && tokens[it.last + 1]?.text === '-' && next.first === it.last + 2 && next.last === noun - 1) return [it, next];
  }
  return [];
}

/** The verb or preposition that governs a noun trigger, with only determiners and adjectives between. */
function governorOf(tokens: Tok[], items: Item[], noun: number): number | null {
  const inItem = new Set<number>();
  for (const it of items) for (let i = it.first; i <= it.last; i++) inItem.add(i);
  for (let i = noun - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i];
    if (t.clause !== tokens[noun].clause) return null;
    if (t.low === 'of' && tokens[i - 1]?.low === 'sidelines') return i - 1;
    if (NOUN_GOVERNORS[t.low] !== undefined) return i;
    if (inItem.has(i) || t.low === "'s" || t.text === "'" || t.text === '-') continue;
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

export function clauseStart(tokens: Tok[], pos: number): number {
  let i = pos;
  while (i > 0 && tokens[i - 1].clause === tokens[pos].clause) i--;
  return i;
}
