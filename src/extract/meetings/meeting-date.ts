import type { DateMention, Time } from '../../types.js';
import { tokenAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import { DATE_OTHER_EVENT } from './lexicon-cues.js';
import { MULTI_DAY_COUNTS } from './lexicon-lists.js';
import { DASHES } from '../dates/predicates.js';
import { TIMES_OF_DAY } from '../dates/lexicon.js';
import { addDays } from '../../time/partial.js';
import { clauseOpener, NEAR, relativeClause, type StatusReading } from './circumstances.js';

/** How far a date opening the sentence frames the triggers after it. */
const FRAME_REACH = 200;

// When one trigger's meeting was: the date mention of its clause nearest to it, read past the
// dates of other events, asides and datelines (circumstances.ts reads its status and mode).

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
    if (d.kind === 'duration' || d.kind === 'decade' || d.expr.t === 'ref' || d.start >= windowTo) continue;
    const i = tokenAt(tokens, d.start);
    if (i >= tokens.length || (i >= tr.first && i <= tr.last)) continue;
    // "Yesterday evening, at the initiative of the co-chairs - A (USA), B (Russia) and C (France) -
    // a working dinner took place": a date opening the sentence before a comma reaches its whole clause
    // (within FRAME_REACH tokens: every trigger walks the words between, and a sentence may hold thousands)
    if (d.start < windowFrom && !(i <= 1 && opensWithComma(tokens, d) && tr.first - i <= FRAME_REACH)) continue;
    // "On November 16 the fighting stopped, after Shoigu had telephone talks with ...": a date that
    // opens the sentence frames its 'after' clause too, on the same day (not "two weeks after")
    const opens = i < tr.first && (i === 0 || (i === 1 && (tokens[0].low === 'on' || tokens[0].punct)));
    // ("The day before, Putin had met ...": a date opening the sentence before a comma frames it too)
    const frame = opens && (sameDayAfter(tokens, i, tr.first) || headingDate(tokens, d) || opensWithComma(tokens, d));
    if (tokens[i].outerClause !== clause && tokens[i].outerClause !== relative && !frame) continue;
    if (DATE_OTHER_EVENT.has(tokens[i - 1]?.low ?? '')) continue;
    // the words between the date and the trigger, never the date's own ("the day before")
    const [from, to] = i > tr.last ? [tr.last + 1, i] : [Math.min(tokenAt(tokens, d.stop), tr.first), tr.first];
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
  const w = clauseOpener(tokens, tr);
  if (tokens[w].low !== 'when' && tokens[w].low !== 'where') return null;
  const end = tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
  if (end < 0) return null;
  const d = dates.find((x) => x.stop === tokens[end].end && x.kind !== 'duration' && x.kind !== 'decade' && (!x.end || x.end === x.value));
  return d ? { value: d.value, found: true, text: d.text } : null;
}

const DATELINE_PENALTY = 1000;

/** "Yesterday evening, ...", "On 5 May, ...": the date, maybe with its part of the day, then a comma. */
function opensWithComma(tokens: Tok[], d: DateMention): boolean {
  let j = tokenAt(tokens, d.stop);
  if (TIMES_OF_DAY.has(tokens[j]?.low ?? '')) j++;
  return tokens[j]?.text === ',';
}

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
