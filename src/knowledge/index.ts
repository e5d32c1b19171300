import type { EntityType } from '../types.js';
import type { CeasefireEntry, Office, OrganizationEntry, PersonEntry, PlaceEntry } from './types.js';
import { mergeKnowledge, readBundledKnowledge, readKnowledgeFile, versionOf, type KnowledgeSource } from './load.js';
import { fold, nameKey, tokenize } from './text.js';
import { dateBounds, dayDiff } from '../time/partial.js';

export { fold, nameKey, tokenize } from './text.js';
export { KnowledgeError } from './load.js';

export type KnownEntry = PersonEntry | PlaceEntry | OrganizationEntry;

export interface KnownEntity {
  type: EntityType;
  id: string;
  name: string;
  entry: KnownEntry;
}

/** One spelling of a known entity, as the dictionary matcher sees it. */
export interface Spelling {
  entity: KnownEntity;
  text: string;
  tokens: string[];
  /** all-capital spellings (US, EU, NKR) only match in capitals, so "us" is never the United States */
  exactCase: boolean;
}

/**
 * The knowledge base: bundled data plus the user's files, with the look-ups extraction needs.
 * Built once per process; immutable.
 */
export class Knowledge {
  readonly people: PersonEntry[];
  readonly places: PlaceEntry[];
  readonly organizations: OrganizationEntry[];
  readonly ceasefires: CeasefireEntry[];
  /** changes whenever any knowledge file changes: part of the cache key */
  readonly version: string;
  readonly spellings: Spelling[] = [];
  private readonly byKey = new Map<string, KnownEntity>();
  private readonly surnameIndex = new Map<string, PersonEntry[]>();
  private readonly demonymIndex = new Map<string, PlaceEntry>();

  constructor(sources: KnowledgeSource[]) {
    const { data, version } = mergeKnowledge(sources);
    this.people = data.people;
    this.places = data.places;
    this.organizations = data.organizations;
    this.ceasefires = data.ceasefires;
    this.version = version;
    for (const p of this.people) this.addEntity('person', p, [p.name, ...(p.aliases ?? []), ...compoundFamilyNames(p)]);
    for (const p of this.places) this.addEntity('place', p, [p.name, ...(p.aliases ?? [])]);
    for (const o of this.organizations) this.addEntity('organization', o, [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])]);
    for (const p of this.places) for (const d of p.demonyms ?? []) if (!this.demonymIndex.has(fold(d))) this.demonymIndex.set(fold(d), p);
    for (const p of this.people) {
      const surnames = new Set<string>();
      for (const s of [p.name, ...(p.aliases ?? [])]) {
        const t = tokenize(s);
        if (t.length >= 1) surnames.add(nameKey(fold(t[t.length - 1].text)));
      }
      for (const s of surnames) {
        const list = this.surnameIndex.get(s) ?? [];
        list.push(p);
        this.surnameIndex.set(s, list);
      }
    }
  }

  private addEntity(type: EntityType, entry: KnownEntry, names: string[]): void {
    const entity: KnownEntity = { type, id: entry.id, name: entry.name, entry };
    this.byKey.set(`${type}:${entry.id}`, entity);
    const seen = new Set<string>();
    for (const text of names) {
      const tokens = tokenize(text).map((t) => fold(t.text));
      const key = tokens.join(' ');
      if (!tokens.length || seen.has(key)) continue;
      seen.add(key);
      const letters = text.replace(/[^\p{L}]/gu, '');
      const exactCase = letters.length <= 5 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      this.spellings.push({ entity, text, tokens, exactCase });
    }
  }

  get(type: EntityType, id: string): KnownEntity | undefined {
    return this.byKey.get(`${type}:${id}`);
  }

  person(id: string): PersonEntry | undefined {
    return this.get('person', id)?.entry as PersonEntry | undefined;
  }

  place(id: string): PlaceEntry | undefined {
    return this.get('place', id)?.entry as PlaceEntry | undefined;
  }

  /** People whose family name (last token of any spelling) this is. */
  bySurname(word: string): PersonEntry[] {
    return this.surnameIndex.get(nameKey(fold(word))) ?? [];
  }

  /** "Armenian" → Armenia; "Azeri" → Azerbaijan; "Karabakh Armenian" → Nagorno-Karabakh. */
  byDemonym(word: string): PlaceEntry | undefined {
    return this.demonymIndex.get(fold(word));
  }

  isDemonym(word: string): boolean {
    return this.demonymIndex.has(fold(word));
  }

  /** The country entry for an ISO code ("AM" → Armenia). */
  country(code: string): PlaceEntry | undefined {
    return this.places.find((p) => p.kind === 'country' && p.country === code);
  }

  /** Offices a person held at a date (any overlap with the date's precision). */
  officesAt(person: PersonEntry, date: string): Office[] {
    return (person.offices ?? []).filter((o) => overlaps(o, date));
  }

  /** Holders of an office at a date: holders('foreign-minister', 'US', '2016-05-16') → [John Kerry]. */
  holders(role: string, country: string, date: string): PersonEntry[] {
    return this.people.filter((p) => (p.offices ?? []).some((o) => o.role === role && o.country === country && overlaps(o, date)));
  }

  /** The leader of a country at a date: the holder of its office marked `leader`. */
  leaderOf(country: string, date: string): PersonEntry | undefined {
    const found = this.people
      .map((p) => ({ p, o: (p.offices ?? []).find((o) => o.leader && o.country === country && overlaps(o, date)) }))
      .filter((x) => x.o);
    // In a handover month both overlap: the one whose term covers more of the period wins.
    found.sort((a, b) => coverage(b.o!, date) - coverage(a.o!, date));
    return found[0]?.p;
  }
}

/**
 * A family name of two words joined by a hyphen ("Ter-Petrosyan") is written alone like any
 * family name; as two tokens it is matched as a spelling, not looked up as one surname.
 */
function compoundFamilyNames(p: PersonEntry): string[] {
  const out: string[] = [];
  for (const n of [p.name, ...(p.aliases ?? [])]) {
    const last = n.trim().split(/\s+/).pop() ?? '';
    if (n.trim().includes(' ') && /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(last)) out.push(last);
  }
  return out;
}

const terms = new WeakMap<Office, readonly [string, string]>();

/** An office's term as full days; an open term runs to the end of time. Read once per office. */
function term(o: Office): readonly [string, string] {
  let t = terms.get(o);
  if (!t) {
    t = [dateBounds(o.start)[0], o.end ? dateBounds(o.end)[1] : '9999-12-31'];
    terms.set(o, t);
  }
  return t;
}

function overlaps(o: Office, date: string): boolean {
  const [from, to] = dateBounds(date);
  const [start, end] = term(o);
  return start <= to && end >= from;
}

/** How much of a date's period an office covers (for handover months). */
function coverage(o: Office, date: string): number {
  const [from, to] = dateBounds(date);
  const [start, end] = term(o);
  return dayDiff(start > from ? start : from, end < to ? end : to);
}

let bundled: KnowledgeSource[] | undefined;
const sourceCache = new Map<string, KnowledgeSource[]>();
const cache = new Map<string, Knowledge>();

/** The bundled knowledge files and the user's (`--knowledge FILE`), read and validated; throws KnowledgeError. */
export function knowledgeSources(userFiles: string[] = []): KnowledgeSource[] {
  const key = userFiles.join('\0');
  let sources = sourceCache.get(key);
  if (!sources) {
    bundled ??= readBundledKnowledge();
    sources = [...bundled, ...userFiles.map((f) => readKnowledgeFile(f))];
    sourceCache.set(key, sources);
  }
  return sources;
}

/** The knowledge version without building the look-up indexes (enough for a cache lookup). */
export function knowledgeVersion(userFiles: string[] = []): string {
  return versionOf(knowledgeSources(userFiles));
}

/** The knowledge base with the user's files on top of the bundled data. Built once per process. */
export function loadKnowledge(userFiles: string[] = []): Knowledge {
  const key = userFiles.join('\0');
  let k = cache.get(key);
  if (!k) {
    k = new Knowledge(knowledgeSources(userFiles));
    cache.set(key, k);
  }
  return k;
}
