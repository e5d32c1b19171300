import type { DateMention, Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { Item, PlaceAt } from './references.js';
import type { SentenceView } from './coordination.js';
import { tokenAt, wordsAt, type Tok } from './tokens.js';
import { listAfter } from './lists.js';
import { venue } from './place.js';
import { VENUE_KINDS } from './lexicon-cues.js';
import { OBJECT_FILLERS, SPEECH_VERBS } from './lexicon-clauses.js';
import { addDays } from '../../time/partial.js';
import type { Candidate } from './candidate.js';

// One trip, one meeting per host: "the co-chairs met Aliyev in Baku on Monday and Sargsyan in
// Yerevan on Tuesday", "held talks with Aliyev in Baku on 4 November and with Sarkisian in
// Yerevan the following day", "were received by A in Baku and by B in Yerevan". The people after
// the first object's venue or time are met apart, each where and when their own words say.

export interface FurtherObject {
  items: Item[];
  place: PlaceEntry | null;
  date: Time | null;
  /** the words of its date, for a weekday's reading by tense */
  dateText: string | null;
}

/** Words that link the next object: ", and then with", "and later by". */
const LINKS = new Set([',', 'and', 'then', 'later', 'afterwards', 'subsequently', 'next']);
/** The preposition the first object took, repeated ("with A in Baku and with B in Yerevan"). */
const REPEATED = new Set(['with', 'by', 'to']);
/** Relative days that follow the day of the object before ("and Sarkisian in Yerevan the following day"). */
const NEXT_DAY = [['the', 'following', 'day'], ['the', 'next', 'day'], ['a', 'day', 'later'], ['the', 'day', 'after']];
/** Relative times on the day of the object before ("and with Macron later the same day"). */
const SAME_DAY = [
  ['later', 'the', 'same', 'day'], ['the', 'same', 'day'], ['later', 'that', 'day'], ['later', 'in', 'the', 'day'], ['that', 'evening'],
  ['that', 'afternoon'], ['later', 'that', 'evening'], ['later', 'that', 'afternoon'],
];
/** Words of a time of day before its date ("in the early hours of Tuesday", "late on Monday"). */
const DAY_PART_WORDS = new Set(['in', 'the', 'early', 'late', 'hours', 'of', 'morning', 'evening', 'afternoon', 'night', 'on']);
/** How many objects one such list may name. */
const MAX_OBJECTS = 6;

/**
 * The objects after the first one (which ends at token `from` - 1), each with its venue and
 * time; none unless the first object has a venue or time of its own before the link, so "met
 * A and B" stays one meeting of all three. `dateAt`: the date mention starting at a token.
 */
function furtherObjects(
  view: SentenceView, from: number, placeAt: Map<number, PlaceAt>, dateAt: (i: number) => DateMention | null, k: Knowledge,
  firstDate: Time | null,
): FurtherObject[] {
  const { tokens } = view;
  const clause = tokens[from - 1]?.outerClause;
  const out: FurtherObject[] = [];
  let at = adjuncts(tokens, from, placeAt, dateAt, k, firstDate);
  if (at.next === from) return out;
  let previousDate = at.date ?? firstDate;
  while (out.length < MAX_OBJECTS) {
    let i = at.next;
    let linked = false;
    while (i < tokens.length && LINKS.has(tokens[i].low) && tokens[i].outerClause === clause) { linked ||= tokens[i].low === 'and'; i++; }
    if (!linked) break;
    if (REPEATED.has(tokens[i]?.low ?? '')) i++;
    // a title in apposition may come first ("and with the French president, Emmanuel Macron, later")
    let f = i;
    while (f < tokens.length && f - i < TITLE_REACH && !itemStarts(view, f) && (tokens[f].text === ',' || (tokens[f].cap && !tokens[f].punct) || OBJECT_FILLERS.has(tokens[f].low))) f++;
    if (f >= tokens.length || !itemStarts(view, f) || tokens[f].outerClause !== clause) break;
    const items = listAfter(view, f);
    if (!items.length) break;
    const end = items[items.length - 1].last + 1;
    at = adjuncts(tokens, end, placeAt, dateAt, k, previousDate);
    // the next object must be placed or timed too: "met A in Baku and B" is a list of two guests;
    // "and B in Yerevan said": B speaks, he was not met
    if (at.next === end || SPEECH_VERBS.has(tokens[at.next]?.low ?? '')) break;
    out.push({ items, place: at.place, date: at.date, dateText: at.dateText });
    previousDate = at.date ?? previousDate;
  }
  return out;
}

/**
 * The meetings of the further objects after `object`, each of `others` (the subject and its
 * companions) with the people it names: at its own venue and time (`dated` reads a weekday by the tense).
 */
export function furtherMeetings(
  view: SentenceView, object: Item[], others: string[], base: Omit<Candidate, 'keys'>, dateAt: (i: number) => DateMention | null, k: Knowledge,
  resolve: (it: Item, exclude: Set<string>) => string[], dated: (f: FurtherObject) => Time | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (const f of furtherObjects(view, Math.max(...object.map((it) => it.last)) + 1, view.placeAt, dateAt, k, base.date)) {
    const keys = [...new Set([...others, ...f.items.flatMap((it) => resolve(it, new Set(others)))])];
    if (keys.length > others.length) out.push({ ...base, keys, place: f.place, date: dated(f), separate: true, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [...base.sentences] });
  }
  return out;
}

/** Words after a comma that link the next object rather than open an adjunct. */
const LINKS_AFTER_COMMA = new Set(['and', 'then']);
/** How many title words may stand before a further object's name. */
const TITLE_REACH = 6;

/** Does an item start at token `i`? */
function itemStarts(view: SentenceView, i: number): boolean {
  const n = view.itemAt[i];
  return n >= 0 && view.items[n].first === i;
}

/** The venue and time right after an object ("in Baku on 4 November", "in Yerevan the following day"). */
function adjuncts(
  tokens: Tok[], from: number, placeAt: Map<number, PlaceAt>, dateAt: (i: number) => DateMention | null, k: Knowledge,
  before: Time | null,
): { next: number; place: PlaceEntry | null; date: Time | null; dateText: string | null } {
  let place: PlaceEntry | null = null;
  let date: Time | null = null;
  let dateText: string | null = null;
  // the comma closing an apposition ("with the French president, Emmanuel Macron, later the same day")
  let j = tokens[from]?.text === ',' && !LINKS_AFTER_COMMA.has(tokens[from + 1]?.low ?? '') ? from + 1 : from;
  const start = j;
  for (let part = 0; part < 3 && j < tokens.length; part++) {
    const next = NEXT_DAY.find((w) => wordsAt(tokens, j, w));
    if (next && !date) {
      date = before && before.length === 10 ? addDays(before, 1) : null;
      j += next.length;
      continue;
    }
    const same = SAME_DAY.find((w) => wordsAt(tokens, j, w));
    if (same && !date) {
      date = before && before.length === 10 ? before : null;
      j += same.length;
      continue;
    }
    // "in the early hours of Tuesday": the date after the words of a time of day
    let w = j;
    while (w < tokens.length && w - j < 5 && DAY_PART_WORDS.has(tokens[w].low) && !dateAt(w)) w++;
    const later: DateMention | null = w > j && !date ? dateAt(w) : null;
    if (later) { date = later.value; dateText = later.text; j = tokenAt(tokens, later.stop - 1) + 1; continue; }
    const prep = ['in', 'at', 'on'].includes(tokens[j].low) ? 1 : 0;
    const d: DateMention | null = date ? null : dateAt(j + prep);
    if (d && (prep || /^\p{N}|^[a-z]/u.test(tokens[j].text))) { date = d.value; dateText = d.text; j = tokenAt(tokens, d.stop - 1) + 1; continue; }
    const p = place || !prep ? undefined : placeAt.get(j + prep + (tokens[j + prep]?.low === 'the' ? 1 : 0));
    if (p && VENUE_KINDS.has(p.entry.kind)) { place = venue(p.entry, k); j = p.last + 1; continue; }
    break;
  }
  return { next: j === start ? from : j, place, date, dateText };
}
