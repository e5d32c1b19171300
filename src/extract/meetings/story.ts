import type { AnnotatedArticle, DateMention, Sentence, Time } from '../../types.js';
import { inPerson, sameSet, type Candidate } from './candidate.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { venue } from './place.js';
import { SIDELINES } from './lexicon-cues.js';
import { monthInYear } from '../dates/index.js';
import { writtenYearContext } from '../dates/resolve.js';
import { addDays, dayDiff } from '../../time/partial.js';
import { compile, firstMatch, matchAt, occursIn, type PatternToken } from '../../annotate/pattern.js';
import { tokensOf } from '../../annotate/index.js';

// Circumstances a meeting takes from the story around it when its own clause gives none: the
// year the narrative is in, the day it is on ("earlier in the day"), the article's day for a
// perfect ("has spoken by phone"), the day the sentence before it in the paragraph gave; a
// conversation among a paragraph's phone calls is one more call.

/**
 * For an article the text does not date: "On 28 February" after "On 17 February 2024" is in the
 * narrative's year, the one last written out before it. Dated mentions are left as they are;
 * returns new mentions, never changes the dates module's.
 */
export function inNarrativeYear(dates: DateMention[], articleDate: Time | null): DateMention[] {
  if (articleDate) return inBackgroundYear(dates, articleDate);
  let year: number | null = null;
  let month: number | null = null;
  let day: { value: Time; sentence: number } | null = null;
  return dates.map((d) => {
    const out = narrativeValue(d);
    if (out.value?.length === 10 && out.kind !== 'range') day = { value: out.value, sentence: d.sentenceIndex };
    return out;
  });

  function narrativeValue(d: DateMention): DateMention {
    // "the next day", "the day before": from the narrative's last day, in this sentence or the one before
    const e = d.expr;
    // "last month", "on Monday" that nothing could date: the story has moved to its own unknown
    // present, which the last year written out no longer fixes
    if (d.value === null && (e.t === 'deictic' || e.t === 'weekday')) { year = null; month = null; }
    if (d.value === null && e.t === 'offset' && e.base === 'anchor' && e.unit === 'day' && e.n !== null && day && d.sentenceIndex - day.sentence <= 1) {
      return { ...d, value: addDays(day.value, e.n * e.sign) };
    }
    // "On 17 February 2024", "in 2014", "the summer of 2014": a year written out
    const context = writtenYearContext(d.expr);
    const written = context?.y ?? (d.expr.t === 'season' ? d.expr.y : null);
    if (written !== null) { year = written; month = context?.m ?? null; }
    if (d.value !== null || year === null || (d.expr.t !== 'date' && d.expr.t !== 'month')) return d;
    // "in November 2007 ... in October": the October after, or a look back? News stories jump
    // back for background as often as they move on, so an earlier month says nothing
    if (month !== null && d.expr.m < month) return d;
    const value = monthInYear(d.expr, year);
    return value ? { ...d, value } : d;
  }
}

/** How many sentences a year written out carries over to yearless dates after it, in a dated article. */
const BACKGROUND_SENTENCES = 2;
/** How many days before the article date a yearless date still reads as the story's own present. */
const PRESENT_DAYS = 31;

/**
 * For a dated article: "The first real contact came in 2019. In March, Aliyev met Pashinyan in
 * Vienna" is March 2019, not the March before the article. A yearless day or month that the
 * article date put in the past, more than a month before it, takes the year of an earlier year
 * written out in the sentence or the two before it (one before the article's year); a date of
 * the story's own present ("on Monday", "last week") ends the background.
 */
function inBackgroundYear(dates: DateMention[], articleDate: Time): DateMention[] {
  let year: { y: number; m: number | null; sentence: number } | null = null;
  const articleYear = Number(articleDate.slice(0, 4));
  return dates.map((d) => {
    const e = d.expr;
    if (e.t === 'deictic' || e.t === 'weekday' || (e.t === 'offset' && e.base === 'reference')) year = null;
    const context = writtenYearContext(e);
    if (context) year = context.y < articleYear ? { y: context.y, m: context.m, sentence: d.sentenceIndex } : null;
    if (context || !year || d.sentenceIndex - year.sentence > BACKGROUND_SENTENCES || (e.t !== 'date' && e.t !== 'month')) return d;
    // already in the story's present, or ahead of the article (a plan): the article date is right
    if (!d.value || d.value > articleDate || dayDiff(d.value, articleDate) <= PRESENT_DAYS) return d;
    if (year.m !== null && e.m < year.m) return d;
    const value = monthInYear(e, year.y);
    return value ? { ...d, value } : d;
  });
}

/** Phrases that put an event on the narrative's current day. */
const SAME_DAY = compile('( ( earlier | later ) ( in the day | that day | today | on the same day ) | the same day )');
/** A perfect in a news report: it happened just now ("has spoken by phone", "have held talks"). */
const PERFECT = compile('( has | have ) ( just | now | also | already | today )? ( met | held | had | spoken | talked | received | hosted | welcomed | discussed | called | phoned | telephoned | sat )');

/** How many weeks around the article date a written day counts as the story's own time. */
const STORY_WEEKS = 2;

export interface StoryDay {
  /** the day-precise date the narrative was last on, from this sentence's mentions or the one before */
  anchor: Time | null;
  /** the day the paragraph's previous sentence gave, or its last meeting held, when this sentence gives no date of its own */
  previous: Time | null;
}

/**
 * The narrative's day around sentence `s`: the last day-precise date of the sentence, else the
 * day of the last meeting told so far (a date of another event, "had been planned for
 * Thursday", is not the story's day), else the article's day.
 */
export function storyDay(a: AnnotatedArticle, s: Sentence, datesBySentence: Map<number, DateMention[]>, told: Candidate[], articleDate: Time | null): StoryDay {
  const own = datesBySentence.get(s.index) ?? [];
  const lastDay = (list: DateMention[]) => list.filter((d) => d.kind !== 'range' && d.kind !== 'duration' && d.value?.length === 10).pop()?.value ?? null;
  // only a day of the story's own time carries over: "on Tuesday", or one in the weeks around the
  // article date, never "signed on May 12, 1994"
  const storyTime = (d: DateMention) => d.kind === 'relative' || (!!articleDate && !!d.value && Math.abs(dayDiff(d.value, articleDate)) <= STORY_WEEKS * 7);
  const previous = s.index > 0 && a.paragraphOf[s.index] === a.paragraphOf[s.index - 1] ? lastDay((datesBySentence.get(s.index - 1) ?? []).filter(storyTime)) : null;
  let anchor = lastDay(own);
  anchor ??= findRecent(told, (m) => m.status === 'held' && m.date?.length === 10)?.date ?? null;
  // else the day of the last meeting held that this paragraph told ("Clinton held talks with X
  // earlier in the day ... Gordon went up to see Y at the hotel")
  const para = a.paragraphOf[s.index];
  const inParagraph = lastInParagraph(a, told, para, (m) => m.status === 'held' && !m.otherOccasion);
  const paragraphDay = inParagraph?.date?.length === 10 ? inParagraph.date : null;
  return { anchor: anchor ?? (articleDate?.length === 10 ? articleDate : null), previous: own.length ? null : previous ?? paragraphDay };
}

/**
 * Undated meetings held: "earlier in the day" is the narrative's day; a perfect ("Lavrov has
 * spoken by phone with ...") the article's (assumed); a sentence with no date of its own
 * continues the day the paragraph's previous sentence gave ("Powell opened the conference on
 * Tuesday. He first saw each president alone").
 */
export function dateFromStory(found: Candidate[], sentence: readonly PatternToken[], day: StoryDay, articleDate: Time | null): void {
  for (const m of found) {
    if (m.date || m.multiDay || m.status !== 'held' || m.otherOccasion) continue;
    if (occursIn(SAME_DAY, sentence) && day.anchor) m.date = day.anchor;
    else if (day.previous) m.date = day.previous;
    else if (occursIn(PERFECT, sentence) && articleDate && articleDate.length === 10) {
      m.date = articleDate;
      m.dateAssumed = true;
    }
  }
}

/**
 * "Earlier in the day, before the opening session, Erdogan, Aliyev and Pashinyan came together":
 * a meeting told as earlier or later on the day is another sitting than the one just told, so a
 * report of some of its people is not folded into it (merge.ts).
 */
export function markOtherHour(found: Candidate[], sentence: readonly PatternToken[]): void {
  if (!occursIn(SAME_DAY, sentence)) return;
  for (const m of found) m.otherHour = true;
}

/** A conversation verb: "spoke with", "talked to", "discussed ... with"; how it was held the clause or the story says. */
const CONVERSATION = compile('( spoke | spoken | speaks | speaking | talked | talks | talking | discussed ) ( ! ( . | ; ) _ ){0,8}? ( with | to )');
/** A paragraph about calls: "Diplomacy so far has amounted mostly to phone calls." */
const CALLS = compile('( phone | telephone | ( call | calls ) ( with | between ) )');
const VISIT = compile('( met | meeting | visit* | arrived | flew | travelled | traveled | hosted | received | sidelines )');

/**
 * "Diplomacy has amounted mostly to phone calls. On Monday Lavrov spoke separately with X and
 * with Y.": a conversation with no venue, its mode unsaid, among sentences of the same
 * paragraph about calls (the one before or after), was a call too.
 */
export function modeFromStory(found: Candidate[], a: AnnotatedArticle, s: Sentence): void {
  const own = tokensOf(a, s);
  if (!occursIn(CONVERSATION, own) || occursIn(VISIT, own)) return;
  const para = a.paragraphOf[s.index];
  const near = [a.sentences[s.index - 1], a.sentences[s.index + 1]].filter((x) => x && a.paragraphOf[x.index] === para);
  if (!near.some((x) => occursIn(CALLS, tokensOf(a, x)))) return;
  for (const m of found) if (!m.mode && !m.place) m.mode = 'phone';
}

/**
 * "The five-sided meeting planned in Granada on 5 October did not take place. Instead, on the
 * margins of the summit, Pashinyan held a meeting with ...": the meeting held instead is on the
 * called-off one's day and at its venue, unless it gives its own.
 */
export function insteadOf(found: Candidate[], a: AnnotatedArticle, s: Sentence, told: Candidate[], previousDates: DateMention[]): void {
  if (!matchAt(INSTEAD, tokensOf(a, s), 0)) return;
  // the meeting called off may have no named people of its own ("the five-sided meeting planned
  // for October 5 ... did not take place"): then the one day the sentence before gave is its day
  const off = findRecent(told, (m) => m.status === 'not-held') ?? { date: onlyDay(previousDates), place: null };
  for (const m of found) {
    if (m.status !== 'held' || !inPerson(m)) continue;
    m.date ??= off.date;
    m.place ??= off.place;
  }
}

/** The one day-precise date among a sentence's mentions; null when it gives none or several. */
function onlyDay(dates: DateMention[]): Time | null {
  const days = new Set(dates.filter((d) => d.kind !== 'range' && d.kind !== 'duration' && d.value?.length === 10).map((d) => d.value));
  return days.size === 1 ? [...days][0] : null;
}

/** "There they sat down ...": the place adverb, not "There was/were ..." of existence. */
const THERE = compile('there ! ( is | are | was | were | has | have | had | will | would | could | may | might | must | should | can | seem | seems | appear | appears | remain | remains | being | been ) #Word');
const INSTEAD = compile('instead');

/**
 * Where a meeting with no venue of its own was, from its paragraph: "... both men were driven to
 * Rambouillet. There they first sat down ..." is at the place the sentence before named last;
 * else the venue of the paragraph's last meeting held in person within a day of it ("they
 * resumed their tete-a-tete on Saturday morning"), or within a round's days for the same people.
 */
export function placeFromParagraph(found: Candidate[], a: AnnotatedArticle, s: Sentence, told: Candidate[], previousPlaces: PlaceEntry[], k: Knowledge): void {
  const para = a.paragraphOf[s.index];
  const samePara = s.index > 0 && a.paragraphOf[s.index - 1] === para;
  const named = samePara && matchAt(THERE, tokensOf(a, s), 0) ? previousPlaces.filter((p) => p.kind === 'city' || p.kind === 'capital' || p.kind === 'landmark').pop() : undefined;
  const there = named ? venue(named, k) : null;
  const last = lastInParagraph(a, told, para, (m) => m.status === 'held' && m.place !== null && m.place.kind !== 'country' && inPerson(m));
  for (const f of found) {
    if (!awaitsPlace(f)) continue;
    if (there) f.place = there;
    // the same people over a few days are one round of talks ("hosted A and B for the closing
    // session of four days of negotiations at X ... had opened the talks with both on Monday")
    else if (last && f.status === 'held' && withinDays(f.date, last.date, sameSet(f.keys, last.keys) ? ROUND_DAYS : 1)) f.place = last.place;
  }
}

/** "on the sidelines of the summit", "on the margins of the forum", "during the summit": the occasion the meeting was part of. */
const OCCASION = compile(`( ( ${SIDELINES.join(' | ')} ) of | ( during | at ) the ( summit | conference | forum | gathering | meeting | session ) )`);

/**
 * "The European Political Community gathered in the Spanish city of Granada on Thursday. On the
 * margins of the summit, Pashinyan held talks with Macron": a meeting on the sidelines of an
 * occasion, with no venue of its own, is where the sentences just before placed the occasion
 * (`recentVenues`: the cities they name as where something is, last one last).
 */
export function placeOfOccasion(found: Candidate[], a: AnnotatedArticle, s: Sentence, recentVenues: PlaceEntry[], k: Knowledge): void {
  const last = recentVenues[recentVenues.length - 1];
  if (!last || !occursIn(OCCASION, tokensOf(a, s))) return;
  for (const f of found) if (awaitsPlace(f)) f.place = venue(last, k);
}

/** "during the visit", "on his working visit", "during her trip": the journey the sentence or the one before told. */
const VISIT_PHRASE = compile('( during | on | throughout ) ( the | his | her | their | this | that ) ( official | working | state | two-day | three-day )? ( visit | trip | stay | tour )');

/**
 * "Sarkisian would fly to Austria later on Monday; during the visit he is also due to hold talks
 * with Fischer": a meeting with no venue of its own, told as part of a visit, is at the visit's
 * destination (`destinations`: the places the sentence names before the phrase, and the sentence
 * before it, as somewhere one goes or is; the last city wins, else the last country). A country is narrowed later to the
 * story's city in it (dateline.ts).
 */
export function placeOfVisit(found: Candidate[], a: AnnotatedArticle, s: Sentence, destinations: (at: number) => PlaceEntry[], k: Knowledge): void {
  const T = tokensOf(a, s);
  const m = firstMatch(VISIT_PHRASE, T);
  if (!m) return;
  // "arrived in Paris for a working visit to France": the city over its country
  const named = destinations(T[m.start].start);
  const last = named.filter((p) => p.kind !== 'country').pop() ?? named.pop();
  if (!last) return;
  for (const f of found) if (awaitsPlace(f)) f.place = venue(last, k);
}

/** A meeting the story may still place: held in person (or planned), of this occasion, with no place of its own. */
function awaitsPlace(f: Candidate): boolean {
  return !f.place && inPerson(f) && f.status !== 'not-held' && !f.otherOccasion;
}

/** How many days one round of talks of the same people may run. */
const ROUND_DAYS = 6;

/** Two days at most `n` apart, or either unknown. */
function withinDays(a: Time | null, b: Time | null, n: number): boolean {
  if (!a || !b || a.length < 10 || b.length < 10) return !a || !b || a === b;
  return Math.abs(dayDiff(a, b)) <= n;
}

/** The last item that passes, searched from the end (no copy of a long list). */
/** How many meetings told before a sentence its story day may look back over. */
const TOLD_LOOKBACK = 64;

/**
 * The last meeting told in paragraph `para` that passes `test`. Meetings are told in text order,
 * so the search stops at the paragraph's start: linear over an article however many it tells.
 */
function lastInParagraph(a: AnnotatedArticle, told: Candidate[], para: number, test: (m: Candidate) => boolean): Candidate | undefined {
  for (let i = told.length - 1; i >= 0; i--) {
    const p = a.paragraphOf[told[i].sentences[0]];
    if (p < para) return undefined;
    if (p === para && test(told[i])) return told[i];
  }
  return undefined;
}

/** The latest of the last TOLD_LOOKBACK meetings told that passes `test`: an article of thousands stays linear. */
export function findRecent(told: Candidate[], test: (m: Candidate) => unknown): Candidate | undefined {
  for (let i = told.length - 1; i >= Math.max(0, told.length - TOLD_LOOKBACK); i--) if (test(told[i])) return told[i];
  return undefined;
}
