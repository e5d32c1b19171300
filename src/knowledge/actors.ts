import type { Knowledge } from './index.js';
import { fold } from './text.js';
import type { Office, PersonEntry } from './types.js';

// People as actors of events: who they spoke for at a date. Event-data formats (CAMEO, GDELT,
// PLOVER) code an actor by the state or organisation and the sector: Serzh Sargsyan in 2016
// and Nikol Pashinyan in 2021 are both ARMGOV, the Armenian government.

export interface Actor {
  /** CAMEO-style code: country (ISO alpha-3) + sector ("ARMGOV"), an organisation's ("IGOEUREEC"), or the country alone */
  code: string;
  name: string;
  /** ISO alpha-3 of the country the actor speaks for, or "" (an organisation, an unknown person) */
  country: string;
  /** "GOV", "IGO" or "" */
  type: string;
  /** the offices held at the date ("prime-minister of AM") */
  offices: Office[];
  /** knowledge id, when known */
  id: string | null;
}

const byNameCache = new WeakMap<Knowledge, Map<string, PersonEntry>>();

/** A person entry by canonical name (any case or accents). */
export function personByName(k: Knowledge, name: string): PersonEntry | undefined {
  let map = byNameCache.get(k);
  if (!map) {
    map = new Map(k.people.map((p) => [fold(p.name), p]));
    byNameCache.set(k, map);
  }
  return map.get(fold(name));
}

/** ISO alpha-3 of an alpha-2 country code, from the places knowledge. */
export function iso3(k: Knowledge, code: string | undefined): string {
  return (code && k.country(code)?.iso3) || '';
}

/**
 * The actor a person was at a date (the meeting's, else a report's): their state office (the
 * country's leader first), else an intergovernmental office, else their nationality.
 */
export function actorAt(k: Knowledge, name: string, date: string | null): Actor {
  const person = personByName(k, name);
  if (!person) return { code: '', name, country: '', type: '', offices: [], id: null };
  // undated (neither the meeting nor its reports): the person's latest office stands for them
  const offices = date ? k.officesAt(person, date) : latestOffice(person);
  const ranked = [...offices].sort((a, b) => Number(Boolean(b.leader)) - Number(Boolean(a.leader)));
  for (const o of ranked) {
    const country = k.country(o.country);
    if (country?.iso3) return { code: `${country.iso3}GOV`, name: person.name, country: country.iso3, type: 'GOV', offices, id: person.id };
  }
  for (const o of ranked) {
    const org = k.organizations.find((x) => x.id === o.country) ?? (o.country === 'EU' ? k.organizations.find((x) => x.id === 'european-union') : undefined);
    if (org) return { code: org.cameo ?? 'IGO', name: person.name, country: '', type: 'IGO', offices, id: person.id };
    // a state the places knowledge lacks a code for (the self-declared NKR): its own code
    return { code: `${o.country.toUpperCase()}GOV`, name: person.name, country: o.country.toUpperCase(), type: 'GOV', offices, id: person.id };
  }
  const nationality = iso3(k, person.nationality);
  return { code: nationality, name: person.name, country: nationality, type: '', offices, id: person.id };
}

function latestOffice(person: PersonEntry): Office[] {
  const sorted = [...(person.offices ?? [])].sort((a, b) => b.start.localeCompare(a.start));
  return sorted.length ? [sorted[0]] : [];
}

/** "prime-minister of AM" */
export function officeLabel(o: Office): string {
  return `${o.role} of ${o.country}`;
}
