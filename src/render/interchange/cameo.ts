import type { CorpusMeeting } from '../../aggregate/meetings.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { fold } from '../../knowledge/text.js';

// What event-data formats need of a meeting: its CAMEO event code, class and Goldstein score,
// and where it happened in their geography.

export interface EventCoding {
  code: string;
  base: string;
  root: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
  quadClass: number;
  goldstein: number;
}

/** Goldstein (1992) scores of the CAMEO codes a meeting can take. */
const GOLDSTEIN: Record<string, number> = { '036': 4.0, '040': 1.0, '041': 1.0, '042': 1.9, '043': 2.8, '044': 2.5, '045': 5.0, '046': 7.0, '125': -5.0 };

/**
 * A held meeting keeps its own code (040-046); a planned one is "express intent to meet or
 * negotiate" (036); one called off or refused is "reject proposal to meet" (125).
 */
export function eventCoding(m: CorpusMeeting): EventCoding {
  const code = m.status === 'planned' ? '036' : m.status === 'not-held' ? '125' : m.cameo;
  const root = code.slice(0, 2);
  return { code, base: code.slice(0, 3), root, quadClass: root === '12' ? 3 : 1, goldstein: GOLDSTEIN[code] ?? 1.0 };
}

export interface Geo {
  /** GDELT geo type: 1 country, 4 world city, 5 world first-order division */
  type: number;
  fullName: string;
  /** FIPS 10-4 country code (GDELT's geography codes) */
  fips: string;
  /** ISO alpha-2 */
  country: string;
  lat: number | null;
  long: number | null;
}

/** A meeting place in GDELT's geography, from the places knowledge. */
export function geoOf(k: Knowledge, name: string | null): Geo | null {
  if (!name) return null;
  const place = k.places.find((p) => fold(p.name) === fold(name));
  if (!place) return { type: 4, fullName: name, fips: '', country: '', lat: null, long: null };
  const here: PlaceEntry = place.kind === 'landmark' && place.city ? (k.place(place.city) ?? place) : place;
  const country = here.country ? k.country(here.country) : undefined;
  const type = here.kind === 'country' ? 1 : here.kind === 'region' ? 5 : 4;
  const fullName = type === 1 || !country ? here.name : `${here.name}, ${country.name}`;
  return { type, fullName, fips: country?.fips ?? '', country: here.country ?? '', lat: here.lat ?? null, long: here.long ?? null };
}
