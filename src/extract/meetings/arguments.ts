import type { Item, SentenceView } from './references.js';
import { wordsAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import {
  CALL_FOLLOWERS, EXTRA_GAP_WORDS, EXTRA_PARTICIPANT_CUES, GOVERNOR_PARTICLES, PREPOSITION_GOVERNORS, NOUN_ATTACHERS, NOUN_GOVERNORS, OBJECT_FILLERS, OBJECT_STOPS, MODE_WORDS, TRAVEL_VERBS,
  type SubjectRole,
} from './lexicon.js';

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
  /** the subject is only the clause's, through a preposition ("met X on the sidelines of the summit"): it may be another verb's object */
  looseSubject: boolean;
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
    if (tr.spec.callObject && !callTakes(tokens, object)) return null;
    let subject = listBefore(view, tr.first);
    // the governing clause's subject first ("X said after hosting A and B"), else the previous
    // trigger's ("Putin met them after first meeting each separately")
    if (!subject.length && subordinate(tokens, tr.first)) {
      const main = mainSubject(view, tr.first);
      subject = main.length ? main : previousSubject ?? [];
    }
    const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, tr.first), tr.first - 6);
    return { subject, object, subjectRole: tr.spec.subjectRole, governor: null, windowStart, looseSubject: false };
  }
  let j = tr.last + 1;
  while (tokens[j] && MODE_WORDS[tokens[j].low] && tokens[j].low !== 'video') j++;
  const attacher = tokens[j] && NOUN_ATTACHERS.has(tokens[j].low) ? tokens[j].low : null;
  const own = attacher ? listAfter(view, j + 1) : [];
  const possessor = possessorOf(view, tr.first);
  const gov = governorOf(view, tr.first);
  let subject: Item[] = [];
  let subjectRole: SubjectRole = null;
  if (gov !== null) {
    subject = listBefore(view, gov);
    // "Michel said after talks with Pashinyan": the speaker took part; "after talks between X and Y" names them all
    if (!subject.length && subordinate(tokens, gov)) subject = previousSubject ?? (attacher === 'with' || !own.length ? mainSubject(view, gov) : []);
    const role = governorRole(tokens[gov].low);
    subjectRole = role === 'participant' || role === undefined ? null : role;
  }
  const from = gov ?? tr.first;
  const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, from), from - 6);
  const looseSubject = gov !== null && PREPOSITION_GOVERNORS.has(tokens[gov].low);
  return { subject: [...subject, ...possessor], object: own, subjectRole, governor: gov, windowStart, looseSubject };
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

/**
 * The coordinated list right after token `from`: determiners and titles may come first, a stop
 * word ends the search. Inside an aside (`inAside`), its items count.
 */
function listAfter(view: SentenceView, from: number, inAside = false): Item[] {
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
    if (t.low === 'for') return travelBefore(tokens, i);
    if (GOVERNOR_PARTICLES.has(t.low)) continue;
    if (t.punct || OBJECT_STOPS.has(t.low)) return null;
  }
  return null;
}

/** Destination and time words between a travel verb and its 'for' ("arrived in Moscow on Wednesday for talks"). */
const TRAVEL_GAP = new Set(['to', 'in', 'the', 'on', 'this', 'last', 'late', 'early', 'next', 'week', 'morning', 'evening', 'night', ',']);

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

function governorRole(low: string): SubjectRole | 'participant' | undefined {
  return NOUN_GOVERNORS[low] ?? (TRAVEL_VERBS.has(low) || BE.has(low) ? 'participant' : undefined);
}

/** "flew to Sochi for talks", "is in Washington for talks": the travel verb before 'for', with a destination between. */
function travelBefore(tokens: Tok[], forAt: number): number | null {
  for (let i = forAt - 1; i >= 0 && forAt - i <= 8 && tokens[i].clause === tokens[forAt].clause; i--) {
    const t = tokens[i];
    if (TRAVEL_VERBS.has(t.low)) return i;
    // "is in Baku for talks": a form of 'be' with a place
    if (BE.has(t.low) && tokens[i + 1]?.low === 'in') return i;
    if (!(TRAVEL_GAP.has(t.low) || t.text === '.' || t.text === '-' || /^\p{N}/u.test(t.text) || (t.cap && !t.punct))) return null;
  }
  return null;
}

/** A "called" that means a call: a person object not in the possessive, then an adjunct or the clause's end. */
function callTakes(tokens: Tok[], object: Item[]): boolean {
  if (!object.length || object[0].possessive) return false;
  const next = tokens[object[object.length - 1].last + 1];
  return !next || CALL_FOLLOWERS.has(next.low) || next.clause !== tokens[object[0].first].clause;
}

/** Object-taking words that begin a clause: the person right after them is no subject ("told Aliyev after ..."). */
const OBJECT_CLAUSE_STARTS = new Set(['told', 'tells', 'who', 'whom', 'whose', 'which']);

/**
 * The subject of the clause a subject-less subordinate clause hangs on: "Michel said after
 * hosting X and Y" (the first list of the nearest clause before with one, relative clauses and
 * "told X" skipped), or "After hosting X and Y, Michel said" (the list right after the comma).
 */
function mainSubject(view: SentenceView, pos: number): Item[] {
  const { tokens, items, itemAt } = view;
  const w = clauseStart(tokens, pos);
  // a speech frame: "..., Michel said after hosting X" — the speaker right before the speech verb
  const speaker = speakerBefore(view, pos);
  if (speaker.length) return speaker;
  const limit = Math.max(0, w - MAX_LOOKBACK);
  let i = w - 1;
  while (i >= limit) {
    if (tokens[i].text === ';' || tokens[i].text === ':') return [];
    let cs = i;
    while (cs > limit && tokens[cs - 1].clause === tokens[i].clause) cs--;
    if (!OBJECT_CLAUSE_STARTS.has(tokens[cs].low)) {
      for (let x = cs; x <= i; x++) {
        if (itemAt[x] < 0) continue;
        const it = items[itemAt[x]];
        if (!usable(it)) { x = it.last; continue; }
        const list = view.listOf.get(it)!;
        return list.slice(list.indexOf(it)).filter((y) => usable(y) && y.last <= i);
      }
    }
    i = cs - 1;
  }
  // the subordinate clause opens the sentence ("After hosting X, Michel said", "Speaking after
  // hosting X, Michel said"): the subject follows its comma
  if (w > 8) return [];
  for (let x = 0; x < w; x++) if (itemAt[x] >= 0 || tokens[x].text === ',' || tokens[x].quoted) return [];
  for (let x = pos + 1; x < tokens.length && x - pos <= MAX_LOOKBACK; x++) {
    const t = tokens[x];
    if (t.text === ';' || t.text === ':' || t.quoted) return [];
    if (t.text !== ',') continue;
    const it = itemAt[x + 1] >= 0 ? items[itemAt[x + 1]] : null;
    if (!it || !usable(it)) return [];
    const list = view.listOf.get(it)!;
    return list.slice(list.indexOf(it)).filter(usable);
  }
  return [];
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'noted', 'wrote', 'declared', 'insisted', 'stressed']);
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'following', 'as']);

/** "X said after hosting ...": the list right before the speech verb that the subordinator follows. */
function speakerBefore(view: SentenceView, pos: number): Item[] {
  const { tokens, items, itemAt } = view;
  let sub = pos - 1;
  while (sub >= 0 && pos - sub <= 3 && !SUBORDINATORS.has(tokens[sub].low)) sub--;
  const verb = sub - 1;
  if (sub < 0 || pos - sub > 3 || !tokens[verb] || !SPEECH_VERBS.has(tokens[verb].low)) return [];
  const at = itemAt[verb - 1];
  if (at === undefined || at < 0 || !usable(items[at])) return [];
  const list = view.listOf.get(items[at])!;
  return list.slice(0, list.indexOf(items[at]) + 1).filter(usable);
}

export interface Extra {
  items: Item[];
  role: 'host' | 'mediator' | 'participant';
  /** the cue's first token */
  at: number;
}

const EXTRA_CUES = EXTRA_PARTICIPANT_CUES.map(([w, role]) => ({ words: w.split(' '), role }))
  .sort((a, b) => b.words.length - a.words.length);

/** How far after a trigger an agent or companion phrase is looked for. */
const EXTRA_REACH = 20;

/**
 * People a trigger's clause adds to its meeting: passive agents ("held talks in Washington hosted
 * by Blinken", "talks between X and Y, mediated by Z") and companions ("due to meet in Chisinau
 * alongside Macron"). Read between the neighbouring triggers, in the trigger's clause.
 */
export function extrasOf(view: SentenceView, tr: TriggerMatch, args: Arguments, from: number, to: { agent: number; companion: number }): Extra[] {
  const { tokens } = view;
  const out: Extra[] = [];
  const clause = tokens[tr.first].clause;
  const start = Math.max(from, args.windowStart, tr.first - EXTRA_REACH);
  const end = Math.min(Math.max(to.agent, to.companion), tokens.length, tr.last + 1 + EXTRA_REACH);
  const inside = (it: Item) => args.subject.includes(it) || args.object.includes(it);
  // where the meeting's phrase ends so far: an agent may follow another ("hosted by X and attended by Y")
  let reach = Math.max(tr.last, ...args.object.map((it) => it.last));
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t.clause !== clause && !(t.aside && i > tr.last)) { if (i > tr.last) break; continue; }
    if (t.quoted || view.itemAt[i] >= 0) continue;
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

/** Only venue and date words between a phrase and the meeting it belongs to ("talks in Washington on Friday, hosted by"). */
function plainGap(tokens: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.text === ',' || t.cap || /^\p{N}/u.test(t.text) || EXTRA_GAP_WORDS.has(t.low)) continue;
    return false;
  }
  return true;
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
