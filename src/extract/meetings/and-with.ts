import type { DateMention } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import type { Tok } from './tokens.js';
import { listAfter } from './lists.js';
import { readOccasion } from './background-lists.js';

// "They held talks with Aliyev in Baku on Nov. 4 and with Sarkisian in Yerevan the following day":
// after a meeting's 'with' person and its own venue and time, "and with" another person and
// another venue or time is a second meeting of the same subject, on its own occasion.

export interface FurtherOccasion {
  people: Item[];
  place: PlaceEntry | null;
  date: DateMention | null;
}

/** How far past the object the "and with" may stand (its venue and time between). */
const AND_WITH_REACH = 12;
/** How many words before the object its 'with' may stand ("with President X"). */
const WITH_BEFORE = 4;

/**
 * The "and with Y (venue) (time)" after a trigger's 'with' object, or null. Only when it names a
 * venue or a time of its own: "talks with X and with Y" alone is the coordination's business.
 */
export function furtherOccasion(
  view: SentenceView, object: Item[], until: number, dateAt: (i: number) => DateMention | null, k: Knowledge,
): FurtherOccasion | null {
  const { tokens } = view;
  if (!object.length || !withBefore(tokens, object[0].first)) return null;
  const from = object[object.length - 1].last + 1;
  const clause = tokens[from - 1].outerClause;
  for (let i = from; i < until && i - from <= AND_WITH_REACH && tokens[i].outerClause === clause; i++) {
    const t = tokens[i];
    if (t.quoted || t.text === ';' || t.text === ':') return null;
    if (t.low !== 'and' || tokens[i + 1]?.low !== 'with') continue;
    // something of its own must stand between the first person and this "and with" (a venue, a time)
    if (i === from || (i === from + 1 && tokens[from].text === ',')) return null;
    const people = listAfter(view, i + 2).filter((it) => !object.includes(it));
    if (!people.length) return null;
    const occasion = readOccasion(tokens, people[people.length - 1].last + 1, view.placeAt, dateAt, k, false);
    if (!occasion.place && !occasion.date) return null;
    return { people, place: occasion.place, date: occasion.date };
  }
  return null;
}

function withBefore(tokens: Tok[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= WITH_BEFORE; i--) {
    if (tokens[i].low === 'with') return true;
    if (tokens[i].punct) return false;
  }
  return false;
}
