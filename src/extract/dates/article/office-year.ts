// The year of a wire dateline that leaves it out ("PARIS, March 3 (AFP) -") on a page that gives
// no year anywhere near: the year in which most of the people the article names held office on
// that day. "French President Jacques Chirac will host Heydar Aliyev and Robert Kocharian", with
// their foreign ministers and the co-chairs named, fits one year far better than its neighbours;
// a weekday the story's first lines give ("met on Monday") settles a tie between years. An
// article naming too few office-holders, or fitting several years equally, keeps no date.

import type { Doc } from '../../../types.js';
import type { Knowledge } from '../../../knowledge/index.js';
import type { PersonEntry } from '../../../knowledge/types.js';
import { matchDictionary } from '../../entities/dictionary.js';
import { formatDay, isValidDay, weekday as weekdayOf } from '../../../time/calendar.js';
import { docDates } from './furniture.js';

/** How much of the story is read for its people and years. */
const STORY_CHARS = 20_000;
/** How far into the story a weekday may tell the dateline's day. */
const LEAD_CHARS = 600;
/** The fewest office-holders that may fix a year. */
const MIN_HOLDERS = 2;
/** The earliest year a story of this corpus can be from (the conflict's diplomacy). */
const FIRST_YEAR = 1988;
/** How many years after the latest it writes a story may be from. */
const SPAN = 40;

export function yearFromOffices(doc: Doc, k: Knowledge, m: number, d: number): number | null {
  const text = doc.article.text;
  const people = new Map<string, PersonEntry>();
  for (const x of matchDictionary(k, text, doc.words)) {
    if (x.start >= STORY_CHARS) break;
    if (x.entity.type === 'person') people.set(x.entity.id, x.entity.entry as PersonEntry);
  }
  if (people.size < MIN_HOLDERS) return null;
  // the story is no older than the latest year it writes ("since May 1994")
  let from = FIRST_YEAR;
  let weekday: number | null = null;
  for (const x of docDates(doc, STORY_CHARS)) {
    const e = x.expr;
    if ((e.t === 'date' || e.t === 'month' || e.t === 'year' || e.t === 'season') && e.y !== null) from = Math.max(from, e.y);
    if (e.t === 'weekday' && weekday === null && x.start < LEAD_CHARS) weekday = e.wd;
  }
  let best: number[] = [];
  let bestScore = MIN_HOLDERS - 1;
  for (let y = from; y <= from + SPAN; y++) {
    if (!isValidDay(y, m, d)) continue;
    const day = formatDay(y, m, d);
    let score = 0;
    for (const p of people.values()) if (k.officesAt(p, day).length) score++;
    if (score > bestScore) { best = [y]; bestScore = score; } else if (score === bestScore) best.push(y);
  }
  if (best.length > 1 && weekday !== null) {
    // the story's day, or the day before it ("said on Monday" in Tuesday's paper)
    best = best.filter((y) => { const w = weekdayOf(y, m, d); return w === weekday || (w === 1 ? 7 : w - 1) === weekday; });
  }
  return best.length === 1 ? best[0] : null;
}
