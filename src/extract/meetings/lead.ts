import type { AnnotatedArticle, Time } from '../../types.js';
import type { Candidate } from './candidate.js';

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
