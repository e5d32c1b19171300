import type { MeetingMode, MeetingStatus } from '../../types.js';
import type { Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { NotHeldKind } from './candidate.js';
import {
  FORMER_PLAN, MISSED_OCCASION, RELATIVE_PLAN, MODE_WORDS, PLANNED_AFTER, EXPANDED_FORMAT, NARROW_FORMAT, NOT_HELD_AFTER, NOT_HELD_BEFORE, OTHER_OCCASION, PLANNED_BEFORE, REJECTED_CUES, SEPARATE_MARKERS,
} from './lexicon-cues.js';
import { PREPOSITION_GOVERNORS } from './lexicon-triggers.js';
import { PLANNED_AFTER_NOUN, RANKING_WORDS } from './lexicon-lists.js';
import { clauseStart } from './lists.js';

// The circumstances of one trigger, read in its own clause: status and mode (meeting-date.ts:
// when, place.ts: where).

/** The folded words of a token span, space-separated and padded, "n't" spelled "not", for cue look-ups. */
function words(tokens: Tok[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) parts.push(monthMay(tokens, i) ? 'may:month' : tokens[i].low);
  return ` ${parts.join(' ')} `.replace(/n ' t /g, 'n not ');
}

/** "in May", "on 10-12 May", "May 5": the month, never the modal cue of a plan. */
function monthMay(tokens: Tok[], i: number): boolean {
  if (tokens[i].text !== 'May') return false;
  return i > 0 || /^\d/.test(tokens[i + 1]?.text ?? '');
}

/**
 * How far along its sentence a trigger's cues are read when they may stand past its clause (a
 * later format, a call-off past a 'but', the occasion missed before it): a sentence of thousands
 * of meetings must not make each of them read all of it.
 */
const SENTENCE_REACH = 60;

/** the separate-meeting markers that are not a narrow format's (a sentence that goes on to a larger format) */
const SEPARATE_BUT_NARROW = SEPARATE_MARKERS.filter((c) => !NARROW_FORMAT.includes(c));
/** the plan cues but "agree...", when an agreement is read at the trigger */
const PLANNED_BUT_AGREE = PLANNED_BEFORE.filter((c) => !/^agree/.test(c));

/** each cue list space-padded once, not on every look-up */
const paddedLists = new WeakMap<readonly string[], readonly string[]>();

function hasCue(text: string, cues: readonly string[]): boolean {
  let padded = paddedLists.get(cues);
  if (!padded) {
    padded = cues.map((c) => ` ${c} `);
    paddedLists.set(cues, padded);
  }
  return padded.some((c) => text.includes(c));
}

/** The tokens after a trigger that still belong to its clause (at most `max`). */
const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

function clauseAfter(tokens: Tok[], tr: TriggerMatch, max: number, from = tr.last + 1): number {
  let end = from;
  while (end < tokens.length && end - from < max && tokens[end].outerClause === tokens[tr.last].outerClause && !clauseJoint(tokens, end)) end++;
  return end;
}

/**
 * ", and in the evening the ministers are expected to ...": a comma and a coordinator open a
 * clause of its own, whose cues are not the meeting's before it.
 */
function clauseJoint(tokens: Tok[], i: number): boolean {
  // (", and Y, his counterpart, separately": a name after it continues the list of people met)
  return tokens[i].text === ',' && CLAUSE_COORDINATORS.has(tokens[i + 1]?.low ?? '') && tokens[i + 2] !== undefined && !tokens[i + 2].cap;
}

export interface StatusReading {
  status: MeetingStatus;
  /** a cue or a past-tense verb said so; a bare noun or a present-tense headline verb does not */
  strong: boolean;
  /** for not-held: a side refused it, or it was called off, put off or did not happen */
  notHeld?: NotHeldKind;
  /** "also met": another meeting besides the one the text is about */
  also: boolean;
  /** "last met in", "had previously met": not the article's occasion */
  otherOccasion: boolean;
  separate: boolean;
  /** the sentence goes on to a larger format of the same meeting ("then in an expanded format") */
  phase: boolean;
}

const TRAVEL = new Set(['went', 'travelled', 'traveled', 'flew', 'arrived', 'came', 'headed', 'returned']);
const PAST_GOVERNOR = /ed$|^(held|had|began|met)$/;

/** A past verb of travel a few words before this 'to', in its clause ("flew to Sochi to", "went up to"). */
function pastTravelBefore(tokens: Tok[], to: number): boolean {
  for (let i = to - 1; i >= 0 && to - i <= 6 && tokens[i].clause === tokens[to].clause; i--) {
    if (TRAVEL.has(tokens[i].low)) return true;
    if (tokens[i].punct && tokens[i].text !== '-') return false;
  }
  return false;
}

/**
 * `afterFrom`: where the words after the trigger start for call-off cues, past a noun's own
 * participants ("the meeting between X and Y, initially set for Friday, was postponed").
 */
export function readStatus(tokens: Tok[], tr: TriggerMatch, windowStart: number, governor: number | null, afterFrom = tr.last + 1, objectEnd = tr.last): StatusReading {
  // "the next day sat down with both": a narrative's next day, not a plan's 'next'
  const before = words(tokens, Math.max(windowStart, tr.first - SENTENCE_REACH), tr.first).replace(/ next (?=(?:day|morning|afternoon|evening|night) )/g, ' ');
  // a noun's own predicate may come after a venue and a date ("planned in Granada on October 5 was called off")
  // "talks between X and Y that Blinken was due to host on 20 November have been postponed": the
  // noun's relative clause says what was planned, the predicate after it what became of it
  const relative = relativeClause(tokens, tr, afterFrom - 1);
  let predicate = afterFrom;
  if (relative >= 0) while (predicate < tokens.length && (tokens[predicate].outerClause === relative || tokens[predicate].text === ',')) predicate++;
  const own = relative >= 0 ? words(tokens, afterFrom, predicate) : '';
  const callOff = words(tokens, predicate, clauseAfter(tokens, tr, 12, predicate)) + own;
  const afterEnd = clauseAfter(tokens, tr, 8);
  const after = words(tokens, tr.last + 1, afterEnd);
  const head = governor ?? tr.first;
  // "is to meet" is a plan; "flew to Sochi to meet", "went up to see" a purpose of a past journey
  // "was the first to sit down with": a record of a meeting held, not a plan
  const ranked = RANKING_WORDS.has(tokens[head - 2]?.low ?? '') || RANKING_WORDS.has(tokens[head - 3]?.low ?? '');
  const infinitive = tokens[head - 1]?.low === 'to' && !pastTravelBefore(tokens, head - 1) && !ranked;
  // "agreed today at a meeting hosted by X to swap prisoners": the agreement was reached at the meeting
  const agreedAt = governor !== null && PREPOSITION_GOVERNORS.has(tokens[governor].low);
  const planned = agreedAt ? PLANNED_BUT_AGREE : PLANNED_BEFORE;
  const phase = hasCue(words(tokens, tr.first, tr.first + SENTENCE_REACH), EXPANDED_FORMAT);
  const markers = phase ? SEPARATE_BUT_NARROW : SEPARATE_MARKERS;
  // counted past a long object ("received X of Azerbaijan and his Armenian counterpart, Y, one after the other")
  // ("each other" is together: "sat down with X and Y and got a pledge to recognise each other's borders")
  const separate = hasCue(words(tokens, tr.last + 1, clauseAfter(tokens, tr, 14, objectEnd + 1)).replace(/ each other /g, ' '), markers);
  const also = / also | too /.test(before) || / too | as well /.test(after);
  // "met several times", "held talks on five occasions": a tally of meetings, not the one told
  // "The last time we gathered in this format": the cue may open the clause before its subject
  let opening = tr.first;
  while (opening > 0 && tr.first - opening < SENTENCE_REACH && tokens[opening - 1].clause === tokens[tr.first].clause && !tokens[opening - 1].punct) opening--;
  const otherOccasion = hasCue(before, OTHER_OCCASION) || / the (?:last|previous) time /.test(words(tokens, opening, tr.first)) || / repeatedly | (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozen|dozens|several|many|multiple|numerous|\d+) (?:times|occasions) /.test(after);
  const base = { also, otherOccasion, separate, phase };
  // "had been planned for Friday but did not take place": the call-off may stand past a 'but'
  const rest = words(tokens, tr.last + 1, tr.last + 1 + SENTENCE_REACH);
  // "skipped the summit in Almaty, where he had been expected to meet Aliyev": the occasion the
  // plan was for was missed earlier in the sentence
  const missed = hasCue(words(tokens, windowStart - SENTENCE_REACH, windowStart), MISSED_OCCASION);
  const undone = hasCue(before + rest, FORMER_PLAN) && (hasCue(rest, NOT_HELD_AFTER) || missed);
  if (hasCue(before, NOT_HELD_BEFORE) || hasCue(after, NOT_HELD_AFTER) || hasCue(callOff, NOT_HELD_AFTER) || undone) return { ...base, status: 'not-held', strong: true, notHeld: hasCue(before, REJECTED_CUES) ? 'rejected' : 'halted' };
  if (hasCue(before, planned) || infinitive || hasCue(callOff, PLANNED_AFTER) || hasCue(own, RELATIVE_PLAN)) return { ...base, status: 'planned', strong: true };
  // "trilateral talks of X, Y and Z will be held on Monday": a noun's own predicate after its people
  if (tr.spec.kind === 'noun' && governor === null && hasCue(callOff, PLANNED_AFTER_NOUN) && !rankedNoun(tokens, tr)) return { ...base, status: 'planned', strong: true };
  const verbPast = tr.spec.kind === 'verb' && !tr.spec.presentForm && !/ing$/.test(tokens[tr.first].low);
  const governorPast = governor !== null && PAST_GOVERNOR.test(tokens[governor].low);
  return { ...base, status: 'held', strong: verbPast || governorPast };
}

/** "the first summit ... to be held on their soil", "the only meeting to take place": a record, not a plan. */
function rankedNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  for (let i = tr.first - 1; i >= 0 && tr.first - i <= 3; i--) {
    if (RANKING_WORDS.has(tokens[i].low)) return true;
    if (tokens[i].punct) return false;
  }
  return false;
}

export function readMode(tokens: Tok[], tr: TriggerMatch): MeetingMode | null {
  if (tr.spec.mode) return tr.spec.mode;
  for (let i = tr.first - 1; i >= tr.first - 2 && i >= 0; i--) if (MODE_WORDS[tokens[i].low]) return MODE_WORDS[tokens[i].low];
  const after = words(tokens, tr.last + 1, clauseAfter(tokens, tr, 8));
  if (/ by (tele)?phone | over the (tele)?phone | on the (tele)?phone /.test(after)) return 'phone';
  if (/ by video | via video | video link | videoconference /.test(after)) return 'video';
  return null;
}

/**
 * The relative clause on a meeting noun, right after its people ("a round of talks between X
 * and Y that Blinken was due to host in Washington on 20 November"): its date and venue are the
 * meeting's. -1 when there is none.
 */
export function relativeClause(tokens: Tok[], tr: TriggerMatch, reach: number): number {
  if (tr.spec.kind !== 'noun') return -1;
  let i = reach + 1;
  if (tokens[i]?.text === ',') i++;
  const t = tokens[i];
  return t && (t.low === 'that' || t.low === 'which') && t.outerClause !== tokens[tr.first].outerClause ? t.outerClause : -1;
}

/** How many tokens around a trigger its date and place are looked for. */
export const NEAR = 30;

/**
 * The first token of the trigger's clause, within NEAR tokens back: where a 'where'/'when'
 * clause opens ("..., where they will meet", "..., when he held talks with").
 */
export function clauseOpener(tokens: Tok[], tr: TriggerMatch): number {
  return clauseStart(tokens, tr.first, NEAR);
}
