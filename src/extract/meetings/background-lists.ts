import type { DateMention, Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { PlaceAt } from './references.js';
import { tokenAt, type Tok } from './tokens.js';
import { venue } from './place.js';
import { VENUE_KINDS, VENUE_WORDS } from './lexicon-cues.js';
import { LIST_LINKS, LIST_OPENERS } from './lexicon-lists.js';
// ordinals in "for a fourth time", "for the third time": filler inside a background list's item
import { ORDINAL_WORDS } from '../ordinals.js';

// Background lists: one meeting verb with several venues, each with its own time — "had met in
// Sochi in January, St Petersburg in June and at Meiendorf in November 2008", "met in Brussels in
// May and later in Prague". Each venue-and-time pair is a meeting of its own; a year given only
// by the last item is carried back to the items before it.

export interface ListedOccasion {
  place: PlaceEntry;
  date: Time | null;
}

/**
 * The occasions listed right after a verb trigger (from token `from`), or null when the words
 * there are not a list of at least two venues. Stops at the first word that is neither a venue,
 * its date, nor a link ("," "and" "later" "then"). `dateAt`: the date mention starting at a token.
 */
export function listedOccasions(
  tokens: Tok[], from: number, placeAt: Map<number, PlaceAt>, dateAt: (i: number) => DateMention | null, k: Knowledge,
): ListedOccasion[] | null {
  const items: { place: PlaceEntry | null; date: DateMention | null }[] = [];
  const clause = tokens[from]?.outerClause;
  let i = from;
  // "met twice, in January and in March", "met three times"
  while (i < tokens.length && LIST_OPENERS.has(tokens[i].low)) i++;
  while (i < tokens.length && tokens[i].outerClause === clause) {
    // links between items: ", and later at", "and then in", "and again in"
    while (i < tokens.length && LIST_LINKS.has(tokens[i].low) && items.length) i++;
    const { place, date, next: j } = readOccasion(tokens, i, placeAt, dateAt, k, items.length > 0);
    if (!place && !date) break;
    // "and again in August": the venue of the item before
    items.push({ place: place ?? items[items.length - 1]?.place ?? null, date });
    i = j;
  }
  framesOff(items);
  // a list only when at least two venues are each dated: "met in Baku and Ganja" may be one trip
  if (items.length < 2 || items.some((it) => !it.place || !it.date?.value)) return null;
  if (new Set(items.map((it) => `${it.place?.id} ${it.date?.value}`)).size < items.length) return null;
  const yearOf = (d: DateMention | null) => (d && /\b\d{4}\b/.test(d.text) ? d.value?.slice(0, 4) ?? null : null);
  let carried: string | null = null;
  const out: ListedOccasion[] = [];
  for (let n = items.length - 1; n >= 0; n--) {
    const d = items[n].date;
    const own = yearOf(d);
    if (own) carried = own;
    let value = d?.value ?? null;
    // a month the list gives without a year takes the year of the item after it
    if (value && !own && carried) value = carried + value.slice(4);
    out.unshift({ place: items[n].place as PlaceEntry, date: value });
  }
  return out;
}

/**
 * One venue and time at token `i`, in either order, maybe "for a fourth time" first ("in Sochi in
 * January", "in June at Meiendorf", "in Yerevan the following day"); `next` is the token after it.
 * A venue without its own preposition counts only when `continuing` a list ("..., St Petersburg in June").
 */
function readOccasion(
  tokens: Tok[], i: number, placeAt: Map<number, PlaceAt>, dateAt: (i: number) => DateMention | null, k: Knowledge, continuing: boolean,
): { place: PlaceEntry | null; date: DateMention | null; next: number } {
  let place: PlaceEntry | null = null;
  let date: DateMention | null = null;
  let j = i;
  for (let part = 0; part < 3 && j < tokens.length; part++) {
    if (tokens[j].low === 'for' && (tokens[j + 1]?.low === 'a' || tokens[j + 1]?.low === 'the') && ORDINAL_WORDS.has(tokens[j + 2]?.low ?? '') && tokens[j + 3]?.low === 'time') { j += 4; continue; }
    const prep = tokens[j].low === 'in' || tokens[j].low === 'at' || tokens[j].low === 'on' ? 1 : 0;
    const d: DateMention | null = date ? null : dateAt(j + prep);
    if (d && (prep || tokens[j].low === 'last' || /^\d|^[a-z]/i.test(tokens[j].text))) { date = d; j = tokenAt(tokens, d.stop - 1) + 1; continue; }
    const at = j + prep + (tokens[j + prep]?.low === 'the' ? 1 : 0);
    const p = place ? undefined : placeAfterDescription(tokens, at, placeAt);
    if (p && VENUE_KINDS.has(p.entry.kind) && (prep || continuing)) {
      place = venue(p.entry, k);
      j = p.last + 1;
      // "in Yalta, Ukraine": the country after a city is part of the venue
      const c = tokens[j]?.low === ',' ? placeAt.get(j + 1) : undefined;
      if (c && c.entry.kind === 'country' && place.country === c.entry.country) j = c.last + 1;
      continue;
    }
    break;
  }
  return { place, date, next: j };
}

/**
 * The place at token `at`, or after a description of it there ("the resort of Sochi", "the Volga
 * city of Astrakhan"): venue words and capitalised words, then 'of' right before the place.
 */
function placeAfterDescription(tokens: Tok[], at: number, placeAt: Map<number, PlaceAt>): PlaceAt | undefined {
  const p = placeAt.get(at);
  if (p) return p;
  for (let i = at; i < tokens.length && i - at < DESCRIPTION_WORDS; i++) {
    if (tokens[i].low === 'of') return i > at ? placeAt.get(i + 1) : undefined;
    if (placeAt.has(i) || !(VENUE_WORDS.has(tokens[i].low) || (tokens[i].cap && !tokens[i].punct))) return undefined;
  }
  return undefined;
}
/** How many words a description of a venue may take before its 'of'. */
const DESCRIPTION_WORDS = 4;

/**
 * Drops the items that only frame the ones after them: a venue with no time whose venue the next
 * item takes ("in Paris, in January and in March"), or a coarser time at the same venue
 * ("in Paris earlier this year, in January and in March").
 */
function framesOff(items: { place: PlaceEntry | null; date: DateMention | null }[]): void {
  for (let n = items.length - 2; n >= 0; n--) {
    const a = items[n];
    const b = items[n + 1];
    if (!b.date?.value || a.place?.id !== b.place?.id) continue;
    const av = a.date?.value;
    if (!av || (av.length < b.date.value.length && b.date.value.startsWith(av))) items.splice(n, 1);
  }
}

/** The date mentions of a sentence by the token they start at (durations and decades left out), built once per sentence. */
export function datesByToken(tokens: Tok[], dates: DateMention[]): (i: number) => DateMention | null {
  const at = new Map<number, DateMention>();
  for (const d of dates) if (d.kind !== 'duration' && d.kind !== 'decade') at.set(tokenAt(tokens, d.start), d);
  return (i) => at.get(i) ?? null;
}
