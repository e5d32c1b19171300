import type { DateMention, Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { Item, PlaceAt } from './references.js';
import type { SentenceView } from './coordination.js';
import { tokenAt, type Tok } from './tokens.js';
import { listAfter } from './lists.js';
import { venue } from './place.js';
import { VENUE_KINDS } from './lexicon-cues.js';
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
/** How many objects one such list may name. */
const MAX_OBJECTS = 6;

/**
 * The objects after the first one (which ends at token `from` - 1), each with its venue and
 * time; none unless the first object has a venue or time of its own before the link, so "met
 * A and B" stays one meeting of all three. `dateAt`: the date mention starting at a token.
 */
export function furtherObjects(
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
    if (i >= tokens.length) break;
    const start = view.itemAt[i];
    if (start < 0 || view.items[start].first !== i || tokens[i].outerClause !== clause) break;
    const items = listAfter(view, i);
    if (!items.length) break;
    const end = items[items.length - 1].last + 1;
    at = adjuncts(tokens, end, placeAt, dateAt, k, previousDate);
    // the next object must be placed or timed too: "met A in Baku and B" is a list of two guests
    if (at.next === end) break;
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

/** The venue and time right after an object ("in Baku on 4 November", "in Yerevan the following day"). */
function adjuncts(
  tokens: Tok[], from: number, placeAt: Map<number, PlaceAt>, dateAt: (i: number) => DateMention | null, k: Knowledge,
  before: Time | null,
): { next: number; place: PlaceEntry | null; date: Time | null; dateText: string | null } {
  let place: PlaceEntry | null = null;
  let date: Time | null = null;
  let dateText: string | null = null;
  let j = from;
  for (let part = 0; part < 3 && j < tokens.length; part++) {
    const next = NEXT_DAY.find((w) => w.every((x, n) => tokens[j + n]?.low === x));
    if (next && !date) {
      date = before && before.length === 10 ? addDays(before, 1) : null;
      j += next.length;
      continue;
    }
    const prep = ['in', 'at', 'on'].includes(tokens[j].low) ? 1 : 0;
    const d: DateMention | null = date ? null : dateAt(j + prep);
    if (d && (prep || /^\p{N}|^[a-z]/u.test(tokens[j].text))) { date = d.value; dateText = d.text; j = tokenAt(tokens, d.stop - 1) + 1; continue; }
    const p = place || !prep ? undefined : placeAt.get(j + prep + (tokens[j + prep]?.low === 'the' ? 1 : 0));
    if (p && VENUE_KINDS.has(p.entry.kind)) { place = venue(p.entry, k); j = p.last + 1; continue; }
    break;
  }
  return { next: j, place, date, dateText };
}
