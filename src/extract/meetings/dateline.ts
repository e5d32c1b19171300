import type { AnnotatedArticle, Time } from '../../types.js';
import type { ExtractContext } from '../context.js';
import { inCity, inPerson, only, type Candidate } from './candidate.js';
import { dayDiff } from '../../time/partial.js';
import { findRecent } from './story.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import { opensDateline } from '../dates/dateline.js';

/** How far into the article a dateline may stand (after headline, byline and date lines). */
const DATELINE_WINDOW = 1500;

/**
 * The dateline city ("MOSCOW: ...", "SOCHI, Oct 31 (Reuters) - ...", "VIENNA (AP) — ...") and the
 * paragraph it opens: the first known city that opens a dateline by the dates module's rules.
 */
export interface Dateline {
  place: PlaceEntry;
  paragraphEnd: number;
}

export function findDateline(a: AnnotatedArticle, mentions: EntityMention[], k: Knowledge): Dateline | null {
  const text = a.article.text;
  for (const m of mentions) {
    if (m.start > DATELINE_WINDOW) break;
    if (m.known?.type !== 'place') continue;
    const entry = m.known.entry as PlaceEntry;
    if (entry.kind !== 'city' && entry.kind !== 'capital') continue;
    if (!opensDateline(text, m.start, m.end)) continue;
    const next = text.indexOf('\n\n', m.end);
    return { place: k.place(entry.id) ?? entry, paragraphEnd: next < 0 ? text.length : next };
  }
  return null;
}

/** How many days before the article date a meeting may be and still be the dateline story's: a wire story covers its week. */
const STORY_DAYS = 7;

/**
 * The dateline city is where the story's own meetings took place: the one its headline or
 * dateline paragraph reports, and any meeting held in person in the days just before the
 * article date that the text gives no venue for ("KEY WEST - ... Powell saw each president
 * alone on Tuesday"). A country the text gives is narrowed to the dateline city inside it.
 */
export function placeAtDateline(c: ExtractContext, meetings: Candidate[], leadSentences: Set<number>, dateline: Dateline | null): void {
  if (!dateline) return;
  const lead = new Set(c.article.sentences.filter((s) => s.index === 0 || s.start < dateline.paragraphEnd || leadSentences.has(s.index)).map((s) => s.index));
  for (const m of meetings) {
    if (!inPerson(m) || m.status !== 'held' || m.otherOccasion) continue;
    const own = m.sentences.some((s) => lead.has(s)) || inStoryWeek(m.date, c.articleDate);
    if (!own) continue;
    if (!m.place) m.place = dateline.place;
    else if (m.place.kind === 'country' && m.place.country === dateline.place.country) m.place = dateline.place;
  }
}

/** A day in the week up to the article date. */
export function inStoryWeek(date: Time | null, articleDate: Time | null): boolean {
  if (!date || !articleDate || date.length < 10 || articleDate.length < 10) return false;
  const d = dayDiff(date, articleDate);
  return d >= 0 && d <= STORY_DAYS;
}

/**
 * Paragraphs opened by a city standing alone as a heading ("Munich. On 17 February ...",
 * "Berlin: ..."), as a roundup sets out each stop: the city is that paragraph's venue.
 */
export function paragraphHeadings(c: ExtractContext): Map<number, PlaceEntry> {
  const out = new Map<number, PlaceEntry>();
  const text = c.article.article.text;
  for (const m of c.mentions) {
    if (m.known?.type !== 'place' || (m.start > 0 && text[m.start - 1] !== '\n')) continue;
    const entry = m.known.entry as PlaceEntry;
    if ((entry.kind !== 'city' && entry.kind !== 'capital') || !/^[.:]\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4))) continue;
    out.set(c.article.paragraphOf[m.sentenceIndex], c.knowledge.place(entry.id) ?? entry);
  }
  return out;
}

/**
 * The place a sentence's 'here' means and its heading gives: the venue of the last meeting held
 * in person that the story told, else the dateline city; a paragraph's heading city for its
 * meetings held in person with no venue of their own.
 */
export function placeFromStory(found: Candidate[], told: Candidate[], heading: PlaceEntry | undefined, dateline: PlaceEntry | null, here: PlaceEntry): void {
  for (const f of found) {
    if (f.place === here) {
      const last = findRecent(told, (m) => m.status === 'held' && m.place && m.place !== here && inPerson(m));
      f.place = last?.place ?? dateline;
    }
    if (!f.place && heading && f.status === 'held' && inPerson(f)) f.place = heading;
  }
}

/** Meeting nouns a headline's venue may stand before or after ("Moscow talks", "summit in Vienna"). */
const HEADLINE_MEETING = /^\s+(?:talks|summit|meeting|negotiations|round|session)\b/i;
const HEADLINE_MEETING_BEFORE = /\b(?:talks|summit|meeting|negotiations|round|session) (?:in|at) (?:the )?$/i;

/**
 * With no dateline, the venue the lead gives its meeting even without people ("ceasefire after
 * marathon Moscow talks", "summit in Vienna") stands in for one: the place of the story.
 */
export function leadVenue(c: ExtractContext, lead: Set<number>): Dateline | null {
  const text = c.article.article.text;
  for (const m of c.mentions) {
    if (!lead.has(m.sentenceIndex) || m.known?.type !== 'place') continue;
    const entry = m.known.entry as PlaceEntry;
    if (entry.kind !== 'city' && entry.kind !== 'capital' && entry.kind !== 'landmark') continue;
    if (!HEADLINE_MEETING.test(text.slice(m.end, m.end + 16)) && !HEADLINE_MEETING_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    const place = entry.kind === 'landmark' && entry.city ? c.knowledge.place(entry.city) ?? entry : c.knowledge.place(entry.id) ?? entry;
    const s = c.article.sentences[m.sentenceIndex];
    return { place, paragraphEnd: s ? s.end : m.end };
  }
  return null;
}

/**
 * A meeting placed only in a country ("during the visit" to Austria, "met in France") is in the
 * story's city there: the one city of that country where the article's other meetings are placed
 * ("will meet in Vienna on Tuesday"). Two cities of the country say nothing.
 */
export function narrowCountries(meetings: Candidate[]): void {
  const cities = new Map<string, PlaceEntry | null>();
  for (const m of meetings) if (inCity(m) && m.place!.country) only(cities, m.place!.country, m.place, (a, b) => a.id === b.id);
  for (const m of meetings) {
    const city = m.place?.kind === 'country' && m.place.country ? cities.get(m.place.country) : null;
    if (city) m.place = city;
  }
}
