import type { AnnotatedArticle, DateMention, Sentence, Time } from '../../types.js';
import type { Candidate } from './candidate.js';
import { monthInYear } from '../dates/index.js';
import { writtenYearContext } from '../dates/resolve.js';

// Dates a meeting takes from the story around it when its own clause gives none: the year the
// narrative is in, the day it is on ("earlier in the day"), the article's day for a perfect
// ("has spoken by phone"), the day the sentence before it in the paragraph gave.

/**
 * For an article the text does not date: "On 28 February" after "On 17 February 2024" is in the
 * narrative's year, the one last written out before it. Dated mentions are left as they are;
 * returns new mentions, never changes the dates module's.
 */
export function inNarrativeYear(dates: DateMention[], articleDate: Time | null): DateMention[] {
  if (articleDate) return dates;
  let year: number | null = null;
  let month: number | null = null;
  return dates.map((d) => {
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
  });
}

/** Phrases that put an event on the narrative's current day. */
const SAME_DAY = /\b(?:earlier|later) (?:in the day|that day|today|on the same day)\b|\bthe same day\b/i;
/** A perfect in a news report: it happened just now ("has spoken by phone", "have held talks"). */
const PERFECT = /\b(?:has|have)(?: (?:just|now|also|already|today))? (?:met|held|had|spoken|talked|received|hosted|welcomed|discussed|called|phoned|telephoned|sat)\b/i;

export interface StoryDay {
  /** the day-precise date the narrative was last on, from this sentence's mentions or the one before */
  anchor: Time | null;
  /** the day the paragraph's previous sentence gave, when this sentence gives no date of its own */
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
  const previous = s.index > 0 && a.paragraphOf[s.index] === a.paragraphOf[s.index - 1] ? lastDay(datesBySentence.get(s.index - 1) ?? []) : null;
  let anchor = lastDay(own);
  for (let i = told.length - 1; !anchor && i >= 0; i--) if (told[i].status === 'held' && told[i].date?.length === 10) anchor = told[i].date;
  return { anchor: anchor ?? (articleDate?.length === 10 ? articleDate : null), previous: own.length ? null : previous };
}

/**
 * Undated meetings held: "earlier in the day" is the narrative's day; a perfect ("Lavrov has
 * spoken by phone with ...") the article's (assumed); a sentence with no date of its own
 * continues the day the paragraph's previous sentence gave ("Powell opened the conference on
 * Tuesday. He first saw each president alone").
 */
export function dateFromStory(found: Candidate[], sentence: string, day: StoryDay, articleDate: Time | null): void {
  for (const m of found) {
    if (m.date || m.multiDay || m.status !== 'held' || m.otherOccasion) continue;
    if (SAME_DAY.test(sentence) && day.anchor) m.date = day.anchor;
    else if (day.previous) m.date = day.previous;
    else if (PERFECT.test(sentence) && articleDate && articleDate.length === 10) {
      m.date = articleDate;
      m.dateAssumed = true;
    }
  }
}
