import type { ExtractionLimit, Time } from '../../types.js';
import { EXTRACTION_LIMITS, noteLimit } from '../limits.js';
import { absorb, compatible, inPerson, isProperSubset, type Candidate } from './candidate.js';
import { dayDiff } from '../../time/partial.js';

/**
 * One article's reports of meetings → its meetings. A meeting told in several sentences is one:
 *  1. reports with the same participants and compatible circumstances merge;
 *  2. a report naming only some of a larger meeting's people ("the leaders met", "the summit
 *     with Pashinyan and Aliyev") is part of it, unless the text marks it as separate, as an
 *     addition ("Kerry also met Lavrov") or as another occasion;
 *  3. separate meetings ("met both presidents separately") take the occasion's place and date
 *     when they have none of their own.
 * Reports are indexed by participant set and date, so the work grows with the number of
 * reports, not its square; a hostile text that still makes it grow stops at a bound and says so.
 */
export function mergeCandidates(candidates: Candidate[], limits?: ExtractionLimit[], lead?: LeadDay): Candidate[] {
  const budget = new Budget(EXTRACTION_LIMITS.meetingComparisons);
  const merged = new Index(budget);
  const reports = candidates.length > EXTRACTION_LIMITS.meetingReports ? candidates.slice(0, EXTRACTION_LIMITS.meetingReports) : candidates;
  if (reports !== candidates) noteLimit(limits, 'meetings', `only the first ${EXTRACTION_LIMITS.meetingReports} of ${candidates.length} meeting reports were read`);
  for (const c of reports) {
    const same = merged.first(keyOf(c.keys), c, (m) => compatible(m, c) && !(lead && (earlierOccasion(c, m, lead) || earlierOccasion(m, c, lead))));
    if (budget.spent) break;
    if (same) {
      const before = same.date;
      same.separate ||= c.separate;
      same.also ||= c.also;
      same.otherOccasion &&= c.otherOccasion;
      same.otherHour ||= c.otherHour;
      absorb(same, c);
      merged.dated(same, before);
    } else {
      merged.add({ ...c, keys: [...c.keys], mediators: [...c.mediators], sentences: [...c.sentences], evidence: [...c.evidence] });
    }
  }
  const kept: Candidate[] = [];
  for (const m of merged.all) {
    const whole = m.separate || m.also || m.otherOccasion ? undefined : occasionOf(m, merged);
    if (whole && !(lead && otherDayThanLead(m, whole, lead))) {
      const before = whole.date;
      absorb(whole, m);
      merged.dated(whole, before);
    } else kept.push(m);
  }
  inheritOccasion(kept, budget);
  if (budget.spent) noteLimit(limits, 'meetings', `meeting reports too many to merge (over ${EXTRACTION_LIMITS.meetingComparisons} comparisons): some were left out or left unmerged`);
  return kept;
}

/** The article's lead sentences and its day: the day an undated lead meeting will take (see lead.ts). */
export interface LeadDay {
  sentences: Set<number>;
  date: Time | null;
}

/**
 * "Putin held a trilateral meeting with A and B" (the article's own, dated later to its day) and
 * "A and B met in Vienna on May 16": a report of some of its people on another day is a meeting
 * of its own, not part of it.
 */
function otherDayThanLead(part: Candidate, whole: Candidate, lead: LeadDay): boolean {
  if (whole.date || !lead.date || lead.date.length < 10 || part.date?.length !== 10 || part.date === lead.date) return false;
  return whole.status === 'held' && !whole.multiDay && whole.sentences.some((s) => lead.sentences.has(s));
}

/**
 * "The last time we gathered in this format was here in Sochi, on 26 November last year" beside
 * the undated report of today's meeting of the same people in the lead: a meeting the text marks
 * as another occasion, dated to another day than the article's, is not the lead's meeting.
 */
function earlierOccasion(other: Candidate, own: Candidate, lead: LeadDay): boolean {
  return other.otherOccasion && !own.otherOccasion && otherDayThanLead(other, own, lead);
}

/** Separate meetings take the occasion's place and date when they have none of their own. */
export function inheritOccasion(kept: Candidate[], budget = new Budget(EXTRACTION_LIMITS.meetingComparisons)): void {
  const keptIndex = new Index(budget);
  for (const m of kept) keptIndex.add(m);
  for (const m of kept) {
    if (!(m.separate || m.also) || (m.place && m.date)) continue;
    const whole = occasionOf(m, keptIndex);
    if (whole) {
      const before = m.date;
      m.place ??= whole.place;
      m.date ??= whole.date;
      keptIndex.dated(m, before);
      if (!m.strong) { m.status = whole.status; m.strong = whole.strong; m.notHeld = whole.notHeld; }
    }
    // "separate talks with each on Saturday evening, and the three-way meeting on Sunday": the
    // talks on the summit's eve are at its venue
    const summit = m.place ? undefined : eveOf(m, keptIndex);
    if (summit) m.place = summit.place;
  }
}

/** The largest compatible meeting whose participants include all of this one's (the first such on a tie). */
function occasionOf(m: Candidate, index: Index): Candidate | undefined {
  let best: { o: Candidate; order: number } | undefined;
  for (const set of index.supersetsOf(m.keys)) {
    if (best && set.size < best.o.keys.length) break; // sets come largest first
    // a sitting told as earlier or later in the day is not the one a dated report of some of its
    // people tells ("Erdogan met Pashinyan on Thursday ... Earlier in the day, Erdogan, Aliyev and
    // Pashinyan came together"); an undated one may still be part of it
    // and a meeting that did not happen is no part of one that did ("the two presidents had not
    // met each other since" beside "two meetings ... hosted by Chirac"), whatever the verbs' strength
    const o = index.first(set.key, m, (x) => x !== m && !x.separate && (!x.otherHour === !m.otherHour || !m.date)
      && (x.status === 'not-held') === (m.status === 'not-held') && compatible(m, x));
    if (!o) continue;
    const order = index.orderOf(o);
    if (!best || order < best.order) best = { o, order };
  }
  return best?.o;
}

/** How many days before or after a summit separate talks of its people still belong to it. */
const EVE_DAYS = 1;

/** A held, placed meeting of all this one's people and more, a day or so from it (this one dated, held). */
function eveOf(m: Candidate, index: Index): Candidate | undefined {
  if (!m.date || m.date.length !== 10 || m.status !== 'held' || !inPerson(m)) return undefined;
  // probed without a date: the summit's day differs from the talks' by design
  const undated: Candidate = { ...m, date: null };
  for (const set of index.supersetsOf(m.keys)) {
    const o = index.first(set.key, undated, (x) => x !== m && !x.separate && x.place !== null && x.status === 'held'
      && x.date !== null && x.date.length === 10 && Math.abs(dayDiff(x.date, m.date!)) <= EVE_DAYS);
    if (o) return o;
  }
  return undefined;
}

/** Work left for one article's merge: every compatibility test and set test spends one. */
class Budget {
  spent = false;
  constructor(private left: number) {}
  take(): boolean {
    if (this.left-- > 0) return true;
    this.spent = true;
    return false;
  }
}

function keyOf(keys: string[]): string {
  return [...keys].sort().join('\u0000');
}

/** A date and its coarser forms: "2016-05-16" → 2016, 2016-05, 2016-05-16. */
function prefixes(date: Time): string[] {
  return [4, 7, 10].filter((n) => n <= date.length).map((n) => date.slice(0, n));
}

/** The reports of one participant set, by date: the ones a date may agree with are found without a scan. */
class SetBucket {
  /** reports whose date is exactly this ('' for none) */
  readonly exact = new Map<string, Candidate[]>();
  /** reports whose date starts with this */
  readonly starts = new Map<string, Candidate[]>();
  constructor(readonly key: string, readonly size: number, readonly members: Candidate[] = []) {}
}

/**
 * Reports by participant set and date, in the order they were added (the merge keeps the
 * first compatible report, as a scan in order would). A report's date may grow more precise
 * as others are absorbed: `dated` files it under the new date too (old entries stay, and are
 * simply tested again).
 */
class Index {
  readonly all: Candidate[] = [];
  private readonly order = new Map<Candidate, number>();
  private readonly sets = new Map<string, SetBucket>();
  private readonly byPerson = new Map<string, SetBucket[]>();
  constructor(private readonly budget: Budget) {}

  add(c: Candidate): void {
    this.order.set(c, this.all.length);
    this.all.push(c);
    const key = keyOf(c.keys);
    let set = this.sets.get(key);
    if (!set) {
      set = new SetBucket(key, c.keys.length);
      this.sets.set(key, set);
      for (const k of c.keys) {
        const list = this.byPerson.get(k) ?? [];
        list.push(set);
        this.byPerson.set(k, list);
      }
    }
    set.members.push(c);
    this.file(set, c, null);
  }

  orderOf(c: Candidate): number {
    return this.order.get(c) ?? Infinity;
  }

  /** After `c`'s date changed from `before`. */
  dated(c: Candidate, before: Time | null): void {
    if (c.date === before) return;
    const set = this.sets.get(keyOf(c.keys));
    if (set) this.file(set, c, before);
  }

  private file(set: SetBucket, c: Candidate, before: Time | null): void {
    const known = new Set(before ? prefixes(before) : []);
    this.insert(set.exact, c.date ?? '', c);
    for (const p of c.date ? prefixes(c.date) : []) if (!known.has(p)) this.insert(set.starts, p, c);
  }

  /** Keeps each list in the order the reports were added. */
  private insert(map: Map<string, Candidate[]>, key: string, c: Candidate): void {
    const list = map.get(key) ?? [];
    map.set(key, list);
    const at = this.orderOf(c);
    // reports are mostly filed as they are added: then they go last
    if (!list.length || this.orderOf(list[list.length - 1]) < at) { list.push(c); return; }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.orderOf(list[mid]) < at) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo] !== c) list.splice(lo, 0, c);
  }

  /** The earliest report of the participant set `key` whose date may agree with `c`'s and that `accept`s. */
  first(key: string, c: Candidate, accept: (o: Candidate) => boolean): Candidate | undefined {
    const set = this.sets.get(key);
    if (!set) return undefined;
    // dates agree when one is unknown or one is a prefix of the other
    const lists = c.date
      ? [set.exact.get(''), ...prefixes(c.date).slice(0, -1).map((p) => set.exact.get(p)), set.starts.get(c.date)]
      : [set.members];
    let best: Candidate | undefined;
    let bestOrder = Infinity;
    for (const list of lists) {
      for (const o of list ?? []) {
        const order = this.orderOf(o);
        if (order >= bestOrder) break;
        if (!this.budget.take()) return best;
        if (accept(o)) { best = o; bestOrder = order; break; }
      }
    }
    return best;
  }

  /** The participant sets that strictly include `keys`, largest first. */
  supersetsOf(keys: string[]): SetBucket[] {
    if (!keys.length) return [];
    // the rarest participant's sets are the fewest to test
    let fewest: SetBucket[] = [];
    for (const k of keys) {
      const list = this.byPerson.get(k) ?? [];
      if (k === keys[0] || list.length < fewest.length) fewest = list;
    }
    const out: SetBucket[] = [];
    for (const set of fewest) {
      if (!this.budget.take()) break;
      if (set.size > keys.length && isProperSubset(keys, set.members[0].keys)) out.push(set);
    }
    return out.sort((a, b) => b.size - a.size);
  }
}
