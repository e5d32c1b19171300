import type { DateMention, Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { PlaceAt } from './references.js';
import { tokenAt, type Tok } from './tokens.js';
import { venue } from './circumstances.js';
import { LIST_LINKS, VENUE_KINDS } from './lexicon.js';

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
 * its date, nor a link ("," "and" "later" "then").
 */
export function listedOccasions(
  tokens: Tok[], from: number, placeAt: Map<number, PlaceAt>, dates: DateMention[], k: Knowledge,
): ListedOccasion[] | null {
  const items: { place: PlaceEntry; date: DateMention | null }[] = [];
  const clause = tokens[from]?.outerClause;
  let i = from;
  while (i < tokens.length && tokens[i].outerClause === clause) {
    // links between items: ", and later at", "and then in"
    while (i < tokens.length && LIST_LINKS.has(tokens[i].low) && items.length) i++;
    let j = i;
    if (tokens[j]?.low === 'in' || tokens[j]?.low === 'at') j++;
    if (tokens[j]?.low === 'the') j++;
    const p = placeAt.get(j);
    if (!p || !VENUE_KINDS.has(p.entry.kind)) break;
    // an item without its own preposition continues a list begun with one ("in Sochi ..., St Petersburg ...")
    if (j === i && !items.length) break;
    j = p.last + 1;
    let date: DateMention | null = null;
    if (tokens[j]?.low === 'in' || tokens[j]?.low === 'on') {
      date = dates.find((d) => d.kind !== 'duration' && tokenAt(tokens, d.start) === j + 1) ?? null;
      if (date) j = tokenAt(tokens, date.stop - 1) + 1;
    }
    items.push({ place: venue(p.entry, k), date });
    i = j;
  }
  // a list only when at least two venues are each dated: "met in Baku and Ganja" may be one trip
  if (items.length < 2 || items.filter((it) => it.date?.value).length < 2) return null;
  if (new Set(items.map((it) => it.place.id)).size < items.length) return null;
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
    out.unshift({ place: items[n].place, date: value });
  }
  return out;
}
