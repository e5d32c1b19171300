import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import { wordsAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import { clauseStart, listAfter, listBefore } from './lists.js';
import { mainSubject, subordinate } from './subjects.js';
import { possessorOf, theirBefore } from './possessors.js';
import { TETE } from './beside.js';
import { relativeAgent } from './relatives.js';
import { OBJECT_FILLERS, OBJECT_STOPS } from './lexicon-clauses.js';
import { SERIES_WORDS } from './lexicon-lists.js';
import { MODE_WORDS, SIDELINES, VENUE_WORDS } from './lexicon-cues.js';
import {
  CALL_FOLLOWERS, GOVERNOR_PARTICLES, PREPOSITION_GOVERNORS, NOUN_ATTACHERS, NOUN_GOVERNORS, TRAVEL_VERBS, type SubjectRole,
} from './lexicon-triggers.js';

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

/** What may follow a trigger that stands at its clause's end ("X also attended.", "X attended, too"). */
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', 'too', 'as', 'and', 'but', 'alongside', 'along', 'together']);

/**
 * `nextTrigger`: where the sentence's next meeting phrasing starts; a noun's later 'with' never
 * lies past it ("before the trilateral talks X had separate meetings with A and B": A and B are
 * the meetings' people, not the talks').
 */
export function argumentsOf(tr: TriggerMatch, view: SentenceView, previousSubject: Item[] | null, nextTrigger = view.tokens.length): Arguments | null {
  const { tokens } = view;
  if (tr.spec.kind === 'verb') {
    // "hosted talks with ...": the noun that follows carries the meeting
    if (tr.spec.needsObject && nounFollows(tokens, tr.last + 1)) return null;
    // "X and Y were received by Z": the agent is the one who received them
    if (tr.spec.needsObject && tokens[tr.last + 1]?.low === 'by' && BE.has(tokens[tr.first - 1]?.low ?? '')) {
      const agent = listAfter(view, tr.last + 2);
      const patients = listBefore(view, tr.first);
      if (!agent.length || !patients.length) return null;
      return { subject: agent, object: patients, subjectRole: tr.spec.subjectRole, governor: null, windowStart: patients[patients.length - 1].last + 1, looseSubject: false };
    }
    // "took part in the talks": the noun carries the meeting
    if (tr.spec.joins && tokens[tr.last + 1]?.low === 'in' && nounFollows(tokens, tr.last + 2)) return null;
    let object = tr.spec.withObject ? [] : listAfter(view, tr.last + 1);
    // "spoke by phone on Tuesday with X", "discussed the border with X": a later 'with' in the clause
    if (!object.length && (tr.spec.withObject || tokens[tr.last].low !== 'with')) {
      const w = laterWith(tokens, tr.last + 1, tr.spec.objectPrep);
      if (w >= 0) object = listAfter(view, w + 1);
    }
    let subject = listBefore(view, tr.first);
    // "X and Y spoke informally": a conversation of the coordinated subject, with no 'with' needed
    const among = tr.spec.withObject && tr.spec.objectPrep === undefined && !tr.spec.positiveOnly && subject.length >= 2
      && ((CONVERSATION_VERBS.has(tokens[tr.first].low) && !toOthers(tokens, tr.last + 1)) || (SPEAK_FORMS.has(tokens[tr.first].low) && byPhone(tokens, tr.last + 1))
        // "X and Y signed the protocols in the presence of Z": a signing together, witnessed
        || (SIGN_FORMS.has(tokens[tr.first].low) && witnessed(tokens, tr.last + 1)));
    if ((tr.spec.needsObject || tr.spec.withObject) && !object.length && !among) return null;
    if (tr.spec.callObject && !callTakes(tokens, object)) return null;
    if (tr.spec.endsClause && !CLAUSE_ENDS.has(tokens[tr.last + 1]?.low ?? '.')) return null;
    if (tr.spec.closesWith && tokens[object[object.length - 1].last + 1]?.low !== tr.spec.closesWith) return null;
    // the governing clause's subject first ("X said after hosting A and B"), else the previous
    // trigger's ("Putin met them after first meeting each separately")
    if (!subject.length && subordinate(tokens, tr.first)) {
      const main = mainSubject(view, tr.first);
      subject = main.length ? main : previousSubject ?? [];
    }
    // "... who held their first round of talks in Moscow and later met again in Vienna": a second
    // predicate of the subject just read
    if (!subject.length && previousSubject && secondPredicate(tokens, tr.first)) subject = previousSubject;
    const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, tr.first), tr.first - 6);
    return { subject, object, subjectRole: tr.spec.subjectRole, governor: null, windowStart, looseSubject: false };
  }
  let j = tr.last + 1;
  while (tokens[j] && MODE_WORDS[tokens[j].low] && tokens[j].low !== 'video') j++;
  const attacher = tokens[j] && NOUN_ATTACHERS.has(tokens[j].low) ? tokens[j].low : null;
  let own = attacher ? listAfter(view, j + 1) : [];
  // "talks of A with B and C", "the conversation of Putin with Macron"
  if (attacher === 'of' && own.length && tokens[own[own.length - 1].last + 1]?.low === 'with') own = [...own, ...listAfter(view, own[own.length - 1].last + 2)];
  // "the meeting Sullivan held at the White House with X", "talks between X and Y that Blinken was due to host"
  const rel = relativeAgent(view, attacher ? (own.length ? own[own.length - 1].last + 1 : -1) : j);
  if (rel && !own.length) {
    // "... Blinken hosted for the two ministers": the people it was held for
    if (tokens[rel.verb + 1]?.low === 'for') own = listAfter(view, rel.verb + 2);
    else {
      const w = laterWith(tokens, rel.verb + 1, 'with', true, nextTrigger);
      if (w >= 0) own = listAfter(view, w + 1);
    }
  }
  // "held talks in Brussels on Sunday with X": a later 'with'
  if (!attacher && !rel) {
    const w = laterWith(tokens, j, 'with', false, nextTrigger);
    if (w >= 0) own = listAfter(view, w + 1);
  }
  // "their meeting with the parties": others the text does not name met them, so no meeting of theirs alone
  const possessor = attacher === 'with' && !own.length && theirBefore(tokens, tr.first) ? [] : possessorOf(view, tr.first);
  const gov = governorOf(view, tr.first);
  let subject: Item[] = [];
  let subjectRole: SubjectRole = null;
  let callStatusFrom = -1;
  if (gov !== null) {
    subject = listBefore(view, gov);
    // "Putin told Erdogan in a phone call", "Blinken urged Aliyev in a call": the person before 'in' was called
    if (!own.length && tr.spec.mode === 'phone' && tokens[gov].low === 'in' && subject.length) {
      const v = subject[0].first - 1;
      const verb = tokens[v];
      // the caller ends right before the verb ('told' opens a clause of its own, so no clause-bound search)
      // "Blinken had urged Aliyev in a call": auxiliaries and adverbs may stand before the verb
      let c = v - 1;
      while (c > 0 && CALLER_GAP.has(tokens[c].low)) c--;
      // "..., Secretary of State Antony Blinken, had urged": the comma closing an apposition
      if (c > 0 && tokens[c].text === ',' && view.itemAt[c - 1] >= 0) c--;
      const at = c >= 0 ? view.itemAt[c] : -1;
      const callerItem = at >= 0 && verb && !verb.punct && !verb.cap && !OBJECT_FILLERS.has(verb.low) ? view.items[at] : null;
      const callerList = callerItem ? view.listOf.get(callerItem) ?? [] : [];
      const caller = callerItem ? callerList.slice(0, callerList.indexOf(callerItem) + 1).filter((x) => !x.aside && !x.quoted && !x.possessive) : [];
      if (caller.length) {
        own = subject;
        subject = caller;
        // "urged X in a call": the verb is what was said in the call, not a call for one ("will tell X in a call" stays a plan)
        const modal = tokens.slice(caller[caller.length - 1].last + 1, v).some((t) => MODALS.has(t.low));
        if (!modal) callStatusFrom = v + 1;
      }
    }
    // "Michel said after talks with Pashinyan": the speaker took part; "after talks between X and Y" names them all
    if (!subject.length && subordinate(tokens, gov)) subject = previousSubject ?? (attacher === 'with' || !own.length ? mainSubject(view, gov) : []);
    const role = governorRole(tokens[gov].low);
    subjectRole = role === 'participant' || role === undefined ? null : role;
  }
  // "the presidents first spoke tete-a-tete": the noun says how they talked, and the talkers met
  if (gov === null && !own.length && !possessor.length && TETE.has(tokens[tr.first].low) && TALK_VERBS.has(tokens[tr.first - 1]?.low ?? '')) subject = listBefore(view, tr.first - 1);
  const from = gov ?? tr.first;
  const windowStart = Math.max(subject.length ? subject[subject.length - 1].last + 1 : clauseStart(tokens, from), from - 6, callStatusFrom);
  // the relative clause's people join after the status window is set: it stays the noun's own clause's
  if (rel) {
    subject = [...subject, ...rel.people];
    if (subjectRole === null && rel.role !== 'participant') subjectRole = rel.role;
  }
  const looseSubject = gov !== null && PREPOSITION_GOVERNORS.has(tokens[gov].low);
  return { subject: [...subject, ...possessor], object: own, subjectRole, governor: gov, windowStart, looseSubject };
}

/** "and later met", "and then sat down", "and met again": 'and' and adverbs of sequence right before the verb. */
function secondPredicate(tokens: Tok[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && verb - i <= 3 && SEQUENCE_ADVERBS.has(tokens[i].low)) i--;
  return tokens[i]?.low === 'and';
}
const SEQUENCE_ADVERBS = new Set(['later', 'then', 'again', 'also', 'subsequently', 'afterwards', 'finally', 'once']);

/** Verbs a tete-a-tete may qualify as an adverb ("spoke tete-a-tete"). */
const TALK_VERBS = new Set(['spoke', 'talked', 'conferred', 'talk', 'speak', 'confer']);

/** Words before the verb of "X will tell Y in a call" that keep it a plan or a denial. */
const MODALS = new Set(['will', "'ll", 'would', 'shall', 'to', 'may', 'might', 'could', 'should', 'not', "n't", 'never']);

/** Words between a caller and the verb of "X told Y in a phone call". */
const CALLER_GAP = new Set(['had', 'has', 'have', 'was', 'is', 'will', 'would', 'also', 'reportedly', 'personally', 'then', 'again', 'later', 'earlier', 'repeatedly']);

/** Verbs whose coordinated subject alone makes a conversation ("Aliyev and Pashinyan spoke informally"). */
const CONVERSATION_VERBS = new Set(['spoke', 'talked']);
/** "X and Y spoke separately to reporters", "talked to the press": each addressed others, they did not talk together. */
function toOthers(tokens: Tok[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < 4 && tokens[i].clause === tokens[from - 1].clause; i++) {
    if (ADDRESSING.has(tokens[i].low)) return true;
  }
  return false;
}
const ADDRESSING = new Set(['separately', 'individually', 'to', 'before']);

/** Other forms of 'speak' that make one only with a phone right after ("X and Y had spoken over the phone"): "X and Y will speak at the forum" is none. */
const SPEAK_FORMS = new Set(['spoken', 'speak', 'speaks', 'speaking']);

const SIGN_FORMS = new Set(['signed', 'sign', 'signs', 'signing']);
/** How far after a signing verb its witnesses may be named. */
const WITNESS_REACH = 15;

/** "in the presence of", "witnessed by" in the clause after a verb. */
function witnessed(tokens: Tok[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < WITNESS_REACH && tokens[i].clause === tokens[from - 1].clause; i++) {
    if (wordsAt(tokens, i, ['in', 'the', 'presence', 'of']) || wordsAt(tokens, i, ['witnessed', 'by'])) return true;
  }
  return false;
}

/** "by phone", "over the phone", "on the telephone" right after a verb. */
function byPhone(tokens: Tok[], i: number): boolean {
  const w = tokens.slice(i, i + 3).map((t) => t.low);
  if ((w[0] === 'by' || w[0] === 'via') && PHONES.has(w[1])) return true;
  return (w[0] === 'over' || w[0] === 'on') && w[1] === 'the' && PHONES.has(w[2]);
}
const PHONES = new Set(['phone', 'telephone']);

/** How far after a verb a 'with' that introduces its people may stand. */
const WITH_REACH = 10;

/** The 'with' a few words after a verb, in its clause and before any punctuation but a hyphen. */
function laterWith(tokens: Tok[], from: number, prep = 'with', commas = true, until = tokens.length): number {
  for (let i = from; i < until && i < tokens.length && i - from < WITH_REACH; i++) {
    const t = tokens[i];
    // "spoke by phone, separately, with X": commas around an adverb
    if (t.clause !== tokens[from - 1].clause || t.quoted || (t.punct && t.text !== '-' && t.text !== '.' && !(commas && t.text === ','))) return -1;
    if (t.low === prep) return i;
  }
  return -1;
}

/** A noun trigger (or a determiner before one) right after a hosting verb. */
function nounFollows(tokens: Tok[], i: number): boolean {
  for (let n = 0; n < 4 && tokens[i + n]; n++) {
    const low = tokens[i + n].low;
    if (['talks', 'summit', 'meeting', 'meetings', 'negotiations', 'conference', 'summits', 'session', 'consultations', 'dinner'].includes(low)) return true;
    if (!['a', 'an', 'the', 'first', 'direct', 'trilateral', 'bilateral', 'tripartite', 'three', 'way', '-', 'peace', 'new', 'informal', 'formal'].includes(low)) return false;
  }
  return false;
}

/** How many tokens before a noun trigger its governing verb may stand. */
const GOVERNOR_REACH = 10;

/** The verb or preposition that governs a noun trigger, with only determiners and adjectives between. */
function governorOf(view: SentenceView, noun: number): number | null {
  const { tokens, itemAt } = view;
  // hyphenated words count one token per part: "held their first face-to-face talks" is 8 back
  for (let i = noun - 1, n = 0; i >= 0 && n < GOVERNOR_REACH; i--, n++) {
    const t = tokens[i];
    if (t.clause !== tokens[noun].clause) return null;
    if (t.low === 'of' && SIDELINES.includes(tokens[i - 1]?.low ?? '')) return i - 1;
    if (NOUN_GOVERNORS[t.low] !== undefined) return i;
    if (itemAt[i] >= 0 || t.low === "'s" || t.text === "'" || t.text === '-') continue;
    // a word of a hyphenated adjective ("one-on-one talks", "face-to-face meeting") is no stop word
    if (!t.punct && (tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-')) continue;
    if (t.low === 'for') return travelBefore(tokens, i);
    if (GOVERNOR_PARTICLES.has(t.low)) continue;
    // "hold the next round of talks", "held their last meeting": a series word is the noun's adjective
    if (t.punct || (OBJECT_STOPS.has(t.low) && !SERIES_WORDS.has(t.low))) return null;
  }
  return null;
}

/** Destination and time words between a travel verb and its 'for' ("arrived in Moscow on Wednesday for talks"). */
const TRAVEL_GAP = new Set(['to', 'in', 'the', 'on', 'this', 'last', 'late', 'early', 'next', 'week', 'morning', 'evening', 'night', ',']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

function governorRole(low: string): SubjectRole | 'participant' | undefined {
  return NOUN_GOVERNORS[low] ?? (TRAVEL_VERBS.has(low) || BE.has(low) ? 'participant' : undefined);
}

/** "flew to Sochi for talks", "is in Washington for talks": the travel verb before 'for', with a destination between. */
function travelBefore(tokens: Tok[], forAt: number): number | null {
  for (let i = forAt - 1; i >= 0 && forAt - i <= 8 && tokens[i].clause === tokens[forAt].clause; i--) {
    const t = tokens[i];
    // "is due in Yerevan on Thursday for talks": expected there
    if (TRAVEL_VERBS.has(t.low) || t.low === 'due') return i;
    // "is in Baku for talks": a form of 'be' with a place
    if (BE.has(t.low) && tokens[i + 1]?.low === 'in') return i;
    if (!(TRAVEL_GAP.has(t.low) || VENUE_WORDS.has(t.low) || t.text === '.' || t.text === '-' || /^\p{N}/u.test(t.text) || (t.cap && !t.punct))) return null;
  }
  return null;
}

/** A "called" that means a call: a person object not in the possessive, then an adjunct or the clause's end. */
function callTakes(tokens: Tok[], object: Item[]): boolean {
  if (!object.length || object[0].possessive) return false;
  const next = tokens[object[object.length - 1].last + 1];
  return !next || CALL_FOLLOWERS.has(next.low) || next.clause !== tokens[object[0].first].clause;
}
