import type { DateMention, MeetingMode, MeetingStatus, Time } from '../../types.js';
import { tokenAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { NotHeldKind } from './candidate.js';
import {
  DATE_OTHER_EVENT, FORMER_PLAN, MISSED_OCCASION, RELATIVE_PLAN, MODE_WORDS, PLANNED_AFTER, EXPANDED_FORMAT, NARROW_FORMAT, NOT_HELD_AFTER, NOT_HELD_BEFORE, OTHER_OCCASION, PLANNED_BEFORE, REJECTED_CUES, SEPARATE_MARKERS,
} from './lexicon-cues.js';
import { PREPOSITION_GOVERNORS } from './lexicon-triggers.js';
import { MULTI_DAY_COUNTS, PLANNED_AFTER_NOUN, RANKING_WORDS } from './lexicon-lists.js';
import { DASHES } from '../dates/predicates.js';
import { addDays } from '../../time/partial.js';

// The circumstances of one trigger, read in its own clause: status, mode and date (place.ts: where).

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

function hasCue(text: string, cues: string[]): boolean {
  return cues.some((c) => text.includes(` ${c} `));
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
  const before = words(tokens, windowStart, tr.first).replace(/ next (?=(?:day|morning|afternoon|evening|night) )/g, ' ');
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
  const planned = PLANNED_BEFORE.filter((c) => !(agreedAt && /^agree/.test(c)));
  const phase = hasCue(words(tokens, tr.first, tokens.length), EXPANDED_FORMAT);
  const markers = phase ? SEPARATE_MARKERS.filter((c) => !NARROW_FORMAT.includes(c)) : SEPARATE_MARKERS;
  // counted past a long object ("received X of Azerbaijan and his Armenian counterpart, Y, one after the other")
  // ("each other" is together: "sat down with X and Y and got a pledge to recognise each other's borders")
  const separate = hasCue(words(tokens, tr.last + 1, clauseAfter(tokens, tr, 14, objectEnd + 1)).replace(/ each other /g, ' '), markers);
  const also = / also | too /.test(before) || / too | as well /.test(after);
  // "met several times", "held talks on five occasions": a tally of meetings, not the one told
  // "The last time we gathered in this format": the cue may open the clause before its subject
  let clauseStart = tr.first;
  while (clauseStart > 0 && tokens[clauseStart - 1].clause === tokens[tr.first].clause && !tokens[clauseStart - 1].punct) clauseStart--;
  const otherOccasion = hasCue(before, OTHER_OCCASION) || / the (?:last|previous) time /.test(words(tokens, clauseStart, tr.first)) || / repeatedly | (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|dozen|dozens|several|many|multiple|numerous|\d+) (?:times|occasions) /.test(after);
  const base = { also, otherOccasion, separate, phase };
  // "had been planned for Friday but did not take place": the call-off may stand past a 'but'
  const rest = words(tokens, tr.last + 1, tokens.length);
  // "skipped the summit in Almaty, where he had been expected to meet Aliyev": the occasion the
  // plan was for was missed earlier in the sentence
  const missed = hasCue(words(tokens, 0, windowStart), MISSED_OCCASION);
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
 * The date mention of the trigger's clause nearest to it, leaving out dates of other events
 * ("the first encounter since December") and durations.
 */
export function readDate(tokens: Tok[], tr: TriggerMatch, dates: DateMention[], reach = tr.last): { value: Time | null; found: boolean; text?: string; span?: boolean; dateline?: boolean } {
  let best: { value: Time | null; distance: number; text: string; span: boolean } | null = null;
  const clause = tokens[tr.first].outerClause;
  const relative = relativeClause(tokens, tr, reach);
  const windowFrom = tokens[Math.max(0, tr.first - NEAR)].start;
  const windowTo = tokens[Math.min(tokens.length - 1, reach + NEAR)].end;
  for (const d of dates) {
    // "had previously met in Washington in November": a word of the past or future ("previously",
    // "soon") names no time, so the calendar date beside it is the meeting's
    if (d.kind === 'duration' || d.kind === 'decade' || d.expr.t === 'ref' || d.start < windowFrom || d.start >= windowTo) continue;
    const i = tokenAt(tokens, d.start);
    if (i >= tokens.length || (i >= tr.first && i <= tr.last)) continue;
    // "On November 16 the fighting stopped, after Shoigu had telephone talks with ...": a date that
    // opens the sentence frames its 'after' clause too, on the same day (not "two weeks after")
    const opens = i < tr.first && (i === 0 || (i === 1 && (tokens[0].low === 'on' || tokens[0].punct)));
    const frame = opens && (sameDayAfter(tokens, i, tr.first) || headingDate(tokens, d));
    if (tokens[i].outerClause !== clause && tokens[i].outerClause !== relative && !frame) continue;
    if (DATE_OTHER_EVENT.has(tokens[i - 1]?.low ?? '')) continue;
    const [from, to] = i > tr.last ? [tr.last + 1, i] : [i, tr.first];
    let crossed = false;
    for (let x = from; x < to; x++) {
      const low = tokens[x].low;
      if (frame && low === 'after') continue;
      if ((DATE_OTHER_EVENT.has(low) && low !== 'by') || low === 'since') crossed = true;
    }
    // "on November 19 offered to receive them ... on December 15": the first date is the offer's
    // (with an 'after' clause framed by the date, only the clause's own acts count)
    const acts = frame ? lastAfter(tokens, from, to) : from;
    if (i < tr.first) for (let x = acts; x < to; x++) if (PLAN_ACTS.has(tokens[x].low)) crossed = true;
    // "the meeting X hosted on November 7, and the meeting Y held last September": a date before
    // ", and" is the first conjunct's, unless it opens the sentence for both ("On Monday, ..., and")
    if (i < tr.first && i > 3) for (let x = i + 1; x < tr.first; x++) if (tokens[x].low === 'and' && tokens[x - 1].text === ',') crossed = true;
    // "agreed in a phone call on Monday to meet in Moscow": the date before the infinitive is the agreement's
    if (i < tr.first && tokens[tr.first - 1]?.low === 'to' && planActBefore(tokens, i)) crossed = true;
    if (i < tr.first && inAside(tokens, i, tr.first)) crossed = true;
    if (crossed) continue;
    // the dateline's date ("MOSCOW, April 2, 2019 - ... met ... on Monday") is when the story was
    // filed: any date of the clause itself wins over it
    // a date in the noun's own relative clause is the meeting's, before any of the clause around it
    const distance = tokens[i].outerClause === relative && relative !== clause ? 0
      : (i > reach ? i - reach : i > tr.last ? i - tr.last : tr.first - i) + (inDateline(tokens, i, tr.first) ? DATELINE_PENALTY : 0);
    // a span of several days ("talks on 10-12 May", "a two-day summit") fixes no one day of the meeting
    const span = (!!d.end && d.end !== d.value) || multiDay(tokens, tr);
    if (!best || distance < best.distance) best = { value: span ? null : d.value, distance, text: d.text, span };
  }
  if (best) return { value: best.value, found: true, text: best.text, span: best.span, ...(best.distance >= DATELINE_PENALTY ? { dateline: true } : {}) };
  return whenClauseDate(tokens, tr, dates) ?? { value: null, found: false };
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

/** An act of planning earlier in the date's clause ("agreed in a phone call on Monday ..."). */
function planActBefore(tokens: Tok[], at: number): boolean {
  for (let x = at - 1; x >= 0 && tokens[x].outerClause === tokens[at].outerClause; x--) if (PLAN_ACTS.has(tokens[x].low)) return true;
  return false;
}

/**
 * "The breakthrough came on 19 April, when the commissions agreed at a meeting ...", "due at the
 * White House on Monday, where Bush will receive them": a 'when' or 'where' clause is on the day
 * its head gives right before it.
 */
function whenClauseDate(tokens: Tok[], tr: TriggerMatch, dates: DateMention[]): { value: Time | null; found: boolean; text: string } | null {
  let w = tr.first;
  while (w > 0 && tr.first - w < NEAR && tokens[w - 1].clause === tokens[tr.first].clause) w--;
  if (tokens[w].low !== 'when' && tokens[w].low !== 'where') return null;
  const end = tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
  if (end < 0) return null;
  const d = dates.find((x) => x.stop === tokens[end].end && x.kind !== 'duration' && x.kind !== 'decade' && (!x.end || x.end === x.value));
  return d ? { value: d.value, found: true, text: d.text } : null;
}

const DATELINE_PENALTY = 1000;

/** "- 14 December 2021: Michel hosts Aliyev and Pashinyan in Brussels": a timeline's or live blog's date heading its line. */
function headingDate(tokens: Tok[], d: DateMention): boolean {
  const next = tokens[tokenAt(tokens, d.stop)];
  return !!next && (next.text === ':' || (next.text.length === 1 && DASHES.includes(next.text)));
}

/**
 * "Pashinyan, who came to power in May 2018, first met Aliyev in September": a date in an aside
 * on the subject (a relative clause or a participle between commas) dates that aside.
 */
function inAside(tokens: Tok[], at: number, trigger: number): boolean {
  let close = -1;
  for (let x = at + 1; x < trigger; x++) if (tokens[x].text === ',') { close = x; break; }
  if (close < 0) return false;
  for (let x = at - 1; x >= 0 && at - x <= 12; x--) {
    // "re-elected" is three tokens
    if (tokens[x].text === ',') return ASIDE_OPENERS.has(tokens[x + 1]?.low === 're' && tokens[x + 2]?.text === '-' ? tokens[x + 3]?.low ?? '' : tokens[x + 1]?.low ?? '');
  }
  return false;
}
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'elected', 'appointed', 'sworn', 'born', 'named', 'reelected']);

/** An 'after' between a date and the trigger that does not move to another day ("two weeks after" does). */
function sameDayAfter(tokens: Tok[], from: number, to: number): boolean {
  for (let x = from + 1; x < to; x++) if (tokens[x].low === 'after') return !SPAN_UNITS.has(tokens[x - 1].low);
  return false;
}

/** The last 'after' in [from, to) (`from` when there is none). */
function lastAfter(tokens: Tok[], from: number, to: number): number {
  for (let x = to - 1; x > from; x--) if (tokens[x].low === 'after') return x;
  return from;
}

/** "two weeks after", "days after": an 'after' that puts the event on another day than the date's. */
const SPAN_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'fortnight']);

/** Acts of planning: a date before one of them, with the meeting after, dates the plan, not the meeting. */
const PLAN_ACTS = new Set(['offered', 'offers', 'proposed', 'proposes', 'invited', 'invites', 'agreed', 'agree', 'agrees', 'promised', 'pledged', 'decided', 'announced']);

/** A date at the opening of the sentence followed by a spaced dash before the trigger: a dateline. */
function inDateline(tokens: Tok[], at: number, trigger: number): boolean {
  if (at >= trigger || at > 12) return false;
  for (let x = at + 1; x < trigger; x++) {
    const t = tokens[x];
    if (t.text.length === 1 && DASHES.includes(t.text) && t.start > tokens[x - 1].end && tokens[x + 1] && tokens[x + 1].start > t.end) return true;
  }
  return false;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * A bare weekday ("on Thursday") is the one the tense points to: the coming one for a plan, the
 * last one for a meeting held, whichever way the date reader resolved it.
 */
export function weekdayByTense(value: Time | null, text: string | undefined, status: StatusReading, articleDate: Time | null): Time | null {
  if (!value || !text || !articleDate || value.length < 10 || articleDate.length < 10 || !WEEKDAY.test(text) || /\b(last|next|this)\b/i.test(text)) return value;
  const shift = (days: number) => addDays(value, days);
  if (status.status === 'planned' && value < articleDate) return shift(7);
  if (status.status === 'held' && status.strong && value > articleDate) return shift(-7);
  return value;
}

/** "a two-day summit", "the three-day talks": a meeting over several days. */
function multiDay(tokens: Tok[], tr: TriggerMatch): boolean {
  if (tr.spec.kind !== 'noun') return false;
  for (let i = tr.first - 1; i >= 2 && tr.first - i <= 4; i--) {
    if (tokens[i].low === 'day' && tokens[i - 1].text === '-' && MULTI_DAY_COUNTS.has(tokens[i - 2].low)) return true;
    if (tokens[i].punct && tokens[i].text !== '-') return false;
  }
  return false;
}

/** How many tokens around a trigger its date and place are looked for. */
export const NEAR = 30;
