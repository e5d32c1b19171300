import type { Evidence, MeetingMode, MeetingStatus, Time } from '../../types.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { prefixAgree } from '../../time/partial.js';

export type NotHeldKind = 'rejected' | 'halted';

/** One meeting as one sentence (or, after merging, several) reports it; `keys` are person keys. */
export interface Candidate {
  keys: string[];
  host: string | null;
  mediators: string[];
  place: PlaceEntry | null;
  date: Time | null;
  /** dated to the article's day because the lead reports it undated (see lead.ts) */
  dateAssumed?: boolean;
  /** over several days ("talks on 10-12 May", "a two-day summit"): no one date, none assumed either */
  multiDay?: boolean;
  /** null: the text does not say (in person, unless a merged report says otherwise) */
  mode: MeetingMode | null;
  status: MeetingStatus;
  /** the status came from a cue or a past-tense verb, not from a bare noun or a headline's present tense */
  strong: boolean;
  /** why a not-held meeting did not happen: a side refused it, or it was called off or put off */
  notHeld?: NotHeldKind;
  separate: boolean;
  also: boolean;
  /** its people join the meeting told just before ("X also took part", "Y attended the talks") */
  joins?: boolean;
  /** ... in its larger format ("then continued in an expanded format with X"): the narrow part stays a meeting of its own */
  expanded?: boolean;
  otherOccasion: boolean;
  /** told as earlier or later on the day of the meeting before it ("Earlier in the day, ..."): another sitting than the one told */
  otherHour?: boolean;
  /** CAMEO family the phrasing suggested (refined once everything is known) */
  cameoHint: string;
  sentences: number[];
  evidence: Evidence[];
}

export function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

export function isProperSubset(a: string[], b: string[]): boolean {
  return a.length < b.length && a.every((k) => b.includes(k));
}

/** Two dates that may be the same day: equal at the precision both give, or one unknown. */
export function datesAgree(a: Time | null, b: Time | null): boolean {
  return !a || !b || prefixAgree(a, b);
}

/** Two places that may be the same venue: the same, one unknown, or a city and its country. */
export function placesAgree(a: PlaceEntry | null, b: PlaceEntry | null): boolean {
  if (!a || !b || a.id === b.id) return true;
  if (a.kind === 'country' && b.kind !== 'country') return a.country === b.country;
  if (b.kind === 'country' && a.kind !== 'country') return a.country === b.country;
  return false;
}

/** Neither a call nor a video link (a meeting of unknown mode counts as in person, the default). */
export function inPerson(m: Pick<Candidate, 'mode'>): boolean {
  return m.mode !== 'phone' && m.mode !== 'video';
}

/** Placed in a city (or a venue in one), not only in a country or region. */
export function inCity(m: Pick<Candidate, 'place'>): boolean {
  return !!m.place && m.place.kind !== 'country' && m.place.kind !== 'region';
}

/** Files `value` under `key`, or null once a second, different one comes: the one value a key has, if it has one. */
export function only<T>(map: Map<string, T | null>, key: string, value: T | null, same: (a: T, b: T) => boolean = (a, b) => a === b): void {
  const seen = map.get(key);
  map.set(key, seen === undefined || (seen !== null && value !== null && same(seen, value)) ? value : null);
}

function statusesAgree(a: Candidate, b: Candidate): boolean {
  return a.status === b.status || !a.strong || !b.strong;
}

/** A report with a venue was in person, whatever its verb said: a call never absorbs it. */
function modesAgree(a: Candidate, b: Candidate): boolean {
  if ((a.place && !inPerson(b)) || (b.place && !inPerson(a))) return false;
  return !a.mode || !b.mode || a.mode === b.mode;
}

/** Could these two reports be one meeting, apart from who took part? */
export function compatible(a: Candidate, b: Candidate): boolean {
  return datesAgree(a.date, b.date) && placesAgree(a.place, b.place) && statusesAgree(a, b) && modesAgree(a, b);
}

/** Folds `from` into `into`: the more precise place and date, the stated mode and status, all evidence. */
export function absorb(into: Candidate, from: Candidate): void {
  if (!into.place || (from.place && into.place.kind === 'country' && from.place.kind !== 'country')) into.place = from.place ?? into.place;
  if (!into.date || (from.date && from.date.length > into.date.length)) into.date = from.date ?? into.date;
  into.mode ??= from.mode;
  if (!into.strong && from.strong) { into.status = from.status; into.strong = true; into.notHeld = from.notHeld; }
  if (into.status === 'not-held' && into.notHeld !== 'rejected' && from.status === 'not-held') into.notHeld = from.notHeld ?? into.notHeld;
  into.host ??= from.host;
  for (const m of from.mediators) if (!into.mediators.includes(m)) into.mediators.push(m);
  if (into.cameoHint === '040') into.cameoHint = from.cameoHint;
  // sentences and evidence stay bounded, so a meeting told a thousand times costs no more than one told often
  for (const s of from.sentences) if (into.sentences.length < MAX_KEPT && !into.sentences.includes(s)) into.sentences.push(s);
  for (const e of from.evidence) {
    if (into.evidence.length >= MAX_KEPT) break;
    if (!into.evidence.some((x) => x.start === e.start && x.end === e.end)) into.evidence.push(e);
  }
}

/** How many sentences and evidence spans one meeting keeps. */
const MAX_KEPT = 24;
