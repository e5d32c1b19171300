import type { ArticleFacts, EntityFact, Time } from '../types.js';
import { fold, tokenize, type Knowledge } from '../knowledge/index.js';
import type { PlaceEntry } from '../knowledge/types.js';
import { actorAt, personByName } from '../knowledge/actors.js';
import type { CorpusMeeting } from './meetings.js';
import type { CorpusCeasefire } from './ceasefires.js';
import { inRange } from './timeline.js';

// The filters every corpus command takes, compiled once against the knowledge base so names
// match in any spelling it knows. Facts with a date and a place of their own (meetings,
// ceasefires) are filtered one by one; the other commands keep or drop whole articles.

export interface Filters {
  from?: Time;
  to?: Time;
  /** repeatable: all of them */
  person?: string[];
  place?: string;
  /** meetings: held|planned|not-held; ceasefires: a claim (agreed, violated, ...) */
  status?: string;
  /** a country by name, demonym or ISO code */
  country?: string;
}

export const MEETING_STATUSES = ['held', 'planned', 'not-held'];
export const CLAIM_KINDS = ['agreed', 'called-for', 'holding', 'violated', 'extended', 'mentioned'];

export interface CompiledFilters {
  /** anything to filter at all */
  active: boolean;
  meeting(m: CorpusMeeting): boolean;
  ceasefire(c: CorpusCeasefire): boolean;
  /** an article mentions the people, place and country asked for (dates and status aside) */
  mentions(facts: ArticleFacts): boolean;
  /** the article's own date is in --from/--to (undated articles are out when a bound is given) */
  articleDate(facts: ArticleFacts): boolean;
  /** the article reports a meeting with --status, or a ceasefire claim of that kind */
  articleStatus(facts: ArticleFacts): boolean;
}

export function compileFilters(k: Knowledge, f: Filters): CompiledFilters {
  const people = (f.person ?? []).map((p) => personNames(k, p));
  const places = f.place ? placeNames(k, f.place) : null;
  const country = f.country ? countryCode(k, f.country) : null;
  const countryNames = country ? countryPlaceNames(k, country) : null;
  const dated = Boolean(f.from || f.to);
  const inDates = (d: Time | null) => !dated || (d !== null && inRange(d, null, f.from, f.to));
  const entityIn = (list: EntityFact[], names: Set<string>) => list.some((e) => names.has(normal(e.name)));

  return {
    active: Boolean(dated || people.length || places || country || f.status),
    meeting(m) {
      if (f.status && m.status !== f.status) return false;
      if (!inDates(m.date)) return false;
      const folded = m.participants.map(normal);
      if (!people.every((names) => folded.some((p) => names.has(p)))) return false;
      if (places && (!m.location || !places.has(normal(m.location)))) return false;
      if (country) {
        const date = m.date ?? m.sources.find((s) => s.articleDate)?.articleDate ?? null;
        const inPlace = m.location !== null && countryNames!.has(normal(m.location));
        if (!inPlace && !m.participants.some((p) => speaksFor(k, p, date, country))) return false;
      }
      return true;
    },
    ceasefire(c) {
      if (f.status && !(c.claims as Record<string, number>)[f.status]) return false;
      if (!inDates(c.date)) return false;
      if (country && !c.brokers.includes(country) && !c.violationsByAccuser.some((v) => countryNames!.has(normal(v.accuser)))) return false;
      return true;
    },
    mentions(facts) {
      if (!people.every((names) => entityIn(facts.people, names))) return false;
      if (places && !entityIn(facts.places, places)) return false;
      if (country && !entityIn(facts.places, countryNames!) && !facts.people.some((p) => speaksFor(k, p.name, facts.date?.value ?? null, country))) return false;
      return true;
    },
    articleDate: (facts) => inDates(facts.date?.value ?? null),
    articleStatus(facts) {
      if (!f.status) return true;
      return facts.meetings.some((m) => m.status === f.status) || facts.ceasefires.some((c) => c.claims.some((x) => x.kind === f.status));
    },
  };
}

/** Did a person speak for a country at a date (office), or belong to it (nationality)? */
function speaksFor(k: Knowledge, name: string, date: Time | null, country: string): boolean {
  const person = personByName(k, name);
  if (!person) return false;
  if (person.nationality === country) return true;
  const code = k.country(country)?.iso3;
  return Boolean(code) && actorAt(k, name, date).country === code;
}

/** An ISO alpha-2 code from "AM", "ARM", "Armenia" or "Armenian"; the text itself when nothing matches. */
export function countryCode(k: Knowledge, query: string): string {
  const q = query.trim();
  const up = q.toUpperCase();
  const byCode = k.places.find((p) => p.kind === 'country' && (p.country === up || p.iso3 === up));
  if (byCode?.country) return byCode.country;
  const n = normal(q);
  for (const s of k.spellings) if (s.entity.type === 'place' && s.tokens.join(' ') === n && (s.entity.entry as PlaceEntry).kind === 'country') return (s.entity.entry as PlaceEntry).country!;
  return k.byDemonym(q)?.country ?? up;
}

/** The country's own names and every place inside it, folded. */
function countryPlaceNames(k: Knowledge, code: string): Set<string> {
  const out = new Set<string>();
  for (const p of k.places) if (p.country === code) out.add(normal(p.name));
  return out;
}

/** Every canonical name a person filter can mean: spellings, family names, or the name itself. */
function personNames(k: Knowledge, query: string): Set<string> {
  const q = normal(query);
  const out = new Set<string>([q]);
  for (const s of k.spellings) if (s.entity.type === 'person' && s.tokens.join(' ') === q) out.add(normal(s.entity.name));
  if (!q.includes(' ')) for (const p of k.bySurname(q)) out.add(normal(p.name));
  return out;
}

/** The place a filter names, and the places inside it (a country's cities, a city's landmarks stand for the city). */
function placeNames(k: Knowledge, query: string): Set<string> {
  const q = normal(query);
  const matched: PlaceEntry[] = [];
  for (const s of k.spellings) if (s.entity.type === 'place' && s.tokens.join(' ') === q) matched.push(s.entity.entry as PlaceEntry);
  const out = new Set<string>([q]);
  for (const p of matched) {
    const city = p.kind === 'landmark' && p.city ? k.place(p.city) : undefined;
    out.add(normal((city ?? p).name));
    if (p.kind === 'country') for (const x of k.places) if (x.country === p.country && x.kind !== 'country') out.add(normal(x.name));
  }
  return out;
}

/** Folded words joined by single spaces, as the knowledge base's spellings are. */
function normal(s: string): string {
  return tokenize(s).map((t) => fold(t.text)).join(' ');
}
