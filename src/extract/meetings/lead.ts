import type { AnnotatedArticle, Time } from '../../types.js';
import { inCity, inPerson, only, type Candidate } from './candidate.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { inStoryWeek } from './dateline.js';

// The article's own meeting: the one its headline and first body sentence report. A press
// release or a wire story about a meeting often gives no date for it but its own ("Putin held a
// trilateral meeting with ..." under the page's date), so such a meeting takes the article's day.

/** Words a sentence needs to count as the first body sentence rather than furniture or a headline. */
const BODY_WORDS = 12;

/** Indexes of the headline-and-lead sentences: everything up to and including the first body sentence. */
export function leadSentences(a: AnnotatedArticle): Set<number> {
  const out = new Set<number>();
  for (const s of a.sentences) {
    out.add(s.index);
    if (s.text.split(/\s+/).length >= BODY_WORDS) break;
  }
  return out;
}

/**
 * A held meeting the lead reports without a date of its own took place on the article's day
 * (when that day is known): not one the text marks as another occasion ("last met", "also met").
 */
export function dateLeadMeetings(meetings: Candidate[], lead: Set<number>, articleDate: Time | null): void {
  if (!articleDate || articleDate.length < 10) return;
  for (const m of meetings) {
    if (m.date || m.multiDay || m.status !== 'held' || m.otherOccasion || m.also) continue;
    if (m.sentences.some((s) => lead.has(s))) { m.date = articleDate; m.dateAssumed = true; }
  }
}

/**
 * A fuller report of the article's own meeting: a held meeting with no date, at the lead
 * meeting's venue, with all of the lead meeting's people and more ("The presidents met Monday
 * in Geneva ... They sat down in Geneva for talks mediated by X, Y and Z") is on its day.
 */
export function dateFullerReports(meetings: Candidate[], lead: Set<number>): void {
  const own = meetings.filter((m) => m.status === 'held' && m.date?.length === 10 && m.place && m.sentences.some((s) => lead.has(s)));
  for (const m of meetings) {
    if (m.date || m.multiDay || m.status !== 'held' || m.otherOccasion || !m.place) continue;
    const l = own.find((x) => x !== m && x.place!.id === m.place!.id && x.keys.every((k) => m.keys.includes(k)));
    if (l) { m.date = l.date; m.dateAssumed = l.dateAssumed; }
  }
}

/**
 * The story's visit: an undated meeting held in person in a city where every other dated
 * meeting of the story was held on one day, in the week up to the article date, was held that
 * day too ("Clinton held separate talks ... on Saturday" and "the ministers signed the protocols
 * at the University of Zurich in the presence of Clinton"; "Separately, Erdogan met Pashinyan at
 * Prague Castle"). Meetings the text puts on another occasion are left alone.
 */
export function dateAtStoryVenue(meetings: Candidate[], articleDate: Time | null): void {
  if (!articleDate || articleDate.length < 10) return;
  const days = new Map<string, Time | null>();
  for (const m of meetings) {
    if (!heldInPerson(m) || !inCity(m) || !m.date) continue;
    // a second day, a month-precise date or one outside the story's week: the city says no one day
    const day = inStoryWeek(m.date, articleDate) ? m.date : null;
    only(days, m.place!.id, day);
  }
  for (const m of meetings) {
    if (m.date || m.multiDay || !heldInPerson(m) || !inCity(m)) continue;
    const day = days.get(m.place!.id);
    if (day) { m.date = day; m.dateAssumed = true; }
  }
}

/**
 * The other way round: a meeting held in person on a day of the story's week with no venue of
 * its own was in the one city where the story's other meetings of that day were ("held talks
 * with the mediators in Geneva on Friday ... Later in the day the two ministers sat down
 * together with the mediators").
 */
export function placeOnStoryDay(meetings: Candidate[], articleDate: Time | null): void {
  if (!articleDate || articleDate.length < 10) return;
  const cities = new Map<string, PlaceEntry | null>();
  for (const m of meetings) if (heldInPerson(m) && inCity(m) && m.date && inStoryWeek(m.date, articleDate)) only(cities, m.date, m.place, (a, b) => a.id === b.id);
  for (const m of meetings) {
    if (m.place || !heldInPerson(m) || !m.date) continue;
    const city = cities.get(m.date);
    if (city) m.place = city;
  }
}

function heldInPerson(m: Candidate): boolean {
  return m.status === 'held' && inPerson(m) && !m.otherOccasion;
}

