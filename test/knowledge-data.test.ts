// Validates the bundled knowledge base (src/knowledge/data/*.json): ids, aliases, dates, leader
// offices, cross-references, and a few facts that the analysis relies on.
import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import type {
  KnowledgeFile,
  Office,
  OrganizationEntry,
  PersonEntry,
  PlaceEntry,
} from '../src/knowledge/types.js';

function load(file: string): KnowledgeFile {
  const text = fs.readFileSync(path.resolve('src/knowledge/data', file), 'utf8');
  return JSON.parse(text) as KnowledgeFile;
}

const peopleFile = load('people.json');
const placesFile = load('places.json');
const orgsFile = load('organizations.json');
const people: PersonEntry[] = peopleFile.people ?? [];
const places: PlaceEntry[] = placesFile.places ?? [];
const orgs: OrganizationEntry[] = orgsFile.organizations ?? [];

/** case-folded, accents stripped, whitespace collapsed */
function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names deliberately shared by two entries of the same section (normalised form → ids).
 * Empty for now: every alias points at exactly one entry.
 */
const ALLOWED_SHARED: Record<string, Record<string, string[]>> = {
  people: {},
  places: {},
  organizations: {},
};

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
/** non-ISO office "countries" used on purpose: the self-declared Nagorno-Karabakh Republic */
const EXTRA_OFFICE_COUNTRIES = new Set(['NKR']);

function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1900 || y > 2100) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** earliest day a (possibly partial) date can denote, as a UTC timestamp */
function lower(s: string): number {
  const m = DATE_RE.exec(s)!;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** latest day a (possibly partial) date can denote; null (open end) is far in the future */
function upper(s: string | null): number {
  if (s === null) return Date.UTC(9999, 11, 31);
  const m = DATE_RE.exec(s)!;
  const y = Number(m[1]);
  if (!m[2]) return Date.UTC(y, 11, 31);
  const mo = Number(m[2]);
  if (!m[3]) return Date.UTC(y, mo, 0);
  return Date.UTC(y, mo - 1, Number(m[3]));
}

const DAY = 24 * 3600 * 1000;

function holds(o: Office, date: string): boolean {
  return lower(o.start) <= lower(date) && lower(date) <= upper(o.end);
}

function leaderOn(country: string, date: string): PersonEntry[] {
  return people.filter((p) => (p.offices ?? []).some((o) => o.leader && o.country === country && holds(o, date)));
}

function holderOn(role: string, country: string, date: string): PersonEntry[] {
  return people.filter((p) =>
    (p.offices ?? []).some((o) => o.role === role && o.country === country && holds(o, date)),
  );
}

interface Named {
  id: string;
  name: string;
  aliases?: string[];
  acronyms?: string[];
}

function sharedNames(section: string, entries: Named[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    const names = [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])];
    for (const n of names) {
      const k = norm(n);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(e.id);
    }
  }
  const problems: string[] = [];
  for (const [k, ids] of owners) {
    if (ids.size < 2) continue;
    const allowed = ALLOWED_SHARED[section][k];
    const sorted = [...ids].sort();
    if (allowed && [...allowed].sort().join(',') === sorted.join(',')) continue;
    problems.push(`"${k}" → ${sorted.join(', ')}`);
  }
  return problems;
}

describe('knowledge data: files', () => {
  it('have an about text and a non-empty section', () => {
    expect(typeof peopleFile.about).toBe('string');
    expect(typeof placesFile.about).toBe('string');
    expect(typeof orgsFile.about).toBe('string');
    expect(people.length).toBeGreaterThan(100);
    expect(places.length).toBeGreaterThan(100);
    expect(orgs.length).toBeGreaterThan(50);
  });

  it('are pretty-printed with two spaces', () => {
    for (const f of ['people.json', 'places.json', 'organizations.json']) {
      const text = fs.readFileSync(path.resolve('src/knowledge/data', f), 'utf8');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });
});

describe('knowledge data: ids and names', () => {
  const sections: [string, Named[]][] = [
    ['people', people],
    ['places', places],
    ['organizations', orgs],
  ];

  it.each(sections)('%s ids are unique kebab-case', (_section, entries) => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of entries) {
      expect(e.id).toMatch(ID_RE);
      if (seen.has(e.id)) dups.push(e.id);
      seen.add(e.id);
    }
    expect(dups).toEqual([]);
  });

  it.each(sections)('%s: no name or alias is claimed by two entries', (section, entries) => {
    expect(sharedNames(section, entries)).toEqual([]);
  });

  it.each(sections)('%s: names and aliases are non-empty and trimmed', (_section, entries) => {
    for (const e of entries) {
      for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]) {
        expect(typeof n).toBe('string');
        expect(n.length).toBeGreaterThan(0);
        expect(n).toBe(n.trim());
      }
    }
  });

  it('place demonyms are never names of places', () => {
    const placeNames = new Set<string>();
    for (const p of places) for (const n of [p.name, ...(p.aliases ?? [])]) placeNames.add(norm(n));
    const clashes: string[] = [];
    const demonymOwner = new Map<string, string>();
    for (const p of places) {
      for (const d of p.demonyms ?? []) {
        const k = norm(d);
        if (placeNames.has(k)) clashes.push(`${p.id}: ${d}`);
        const prev = demonymOwner.get(k);
        if (prev && prev !== p.id) clashes.push(`${d}: ${prev} and ${p.id}`);
        demonymOwner.set(k, p.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('knowledge data: people', () => {
  const orgIds = new Set(orgs.map((o) => o.id));

  it('nationalities are ISO alpha-2 codes', () => {
    for (const p of people) if (p.nationality !== undefined) expect(p.nationality).toMatch(COUNTRY_RE);
  });

  it('offices have well-formed dates with start <= end', () => {
    const bad: string[] = [];
    for (const p of people) {
      for (const o of p.offices ?? []) {
        if (typeof o.role !== 'string' || o.role.length === 0) bad.push(`${p.id}: empty role`);
        if (!isValidDate(o.start)) bad.push(`${p.id}: start ${o.start}`);
        if (o.end !== null && !isValidDate(o.end)) bad.push(`${p.id}: end ${o.end}`);
        if (isValidDate(o.start) && o.end !== null && isValidDate(o.end) && lower(o.start) > upper(o.end)) {
          bad.push(`${p.id}: ${o.role} ${o.start} > ${o.end}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('office countries are ISO codes, "EU", "SU", "NKR" or organisation ids', () => {
    const bad: string[] = [];
    for (const p of people) {
      for (const o of p.offices ?? []) {
        const c = o.country;
        const ok = COUNTRY_RE.test(c) || c === 'EU' || EXTRA_OFFICE_COUNTRIES.has(c) || orgIds.has(c);
        if (!ok) bad.push(`${p.id}: ${c}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('leader offices of a country never overlap beyond a handover of a few days', () => {
    const byCountry = new Map<string, { id: string; o: Office }[]>();
    for (const p of people) {
      for (const o of p.offices ?? []) {
        if (!o.leader) continue;
        if (!byCountry.has(o.country)) byCountry.set(o.country, []);
        byCountry.get(o.country)!.push({ id: p.id, o });
      }
    }
    const overlaps: string[] = [];
    for (const [country, list] of byCountry) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          const start = Math.max(lower(a.o.start), lower(b.o.start));
          const end = Math.min(upper(a.o.end), upper(b.o.end));
          const days = (end - start) / DAY;
          if (days > 3) {
            overlaps.push(`${country}: ${a.id} ${a.o.start}..${a.o.end} / ${b.id} ${b.o.start}..${b.o.end}`);
          }
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  const leaderCases: [string, string, string][] = [
    ['AM', '1995-06-01', 'levon-ter-petrosyan'],
    ['AM', '2003-03-01', 'robert-kocharyan'],
    ['AM', '2016-06-20', 'serzh-sargsyan'],
    ['AM', '2018-04-20', 'serzh-sargsyan'],
    ['AM', '2018-05-01', 'karen-karapetyan'],
    ['AM', '2021-01-11', 'nikol-pashinyan'],
    ['AM', '2021-06-01', 'nikol-pashinyan'],
    ['AZ', '1998-01-01', 'heydar-aliyev'],
    ['AZ', '2020-11-10', 'ilham-aliyev'],
    ['RU', '1995-01-01', 'boris-yeltsin'],
    ['RU', '2010-01-01', 'dmitry-medvedev'],
    ['RU', '2020-11-10', 'vladimir-putin'],
    ['TR', '2010-06-01', 'recep-tayyip-erdogan'],
    ['TR', '2016-06-01', 'recep-tayyip-erdogan'],
    ['US', '2016-05-16', 'barack-obama'],
    ['US', '2025-08-08', 'donald-trump'],
    ['FR', '2016-05-16', 'francois-hollande'],
    ['FR', '2023-10-05', 'emmanuel-macron'],
    ['NKR', '2020-10-01', 'arayik-harutyunyan'],
  ];
  it.each(leaderCases)('leader of %s on %s is %s', (country, date, id) => {
    expect(leaderOn(country, date).map((p) => p.id)).toEqual([id]);
  });

  const officeCases: [string, string, string, string][] = [
    ['foreign-minister', 'US', '2016-05-16', 'john-kerry'],
    ['foreign-minister', 'US', '2020-10-30', 'mike-pompeo'],
    ['foreign-minister', 'RU', '2016-04-05', 'sergey-lavrov'],
    ['foreign-minister', 'AM', '2016-04-05', 'edward-nalbandian'],
    ['foreign-minister', 'AZ', '2016-04-05', 'elmar-mammadyarov'],
    ['foreign-minister', 'AZ', '2020-10-30', 'jeyhun-bayramov'],
    ['foreign-minister', 'AM', '2020-10-30', 'zohrab-mnatsakanyan'],
    ['foreign-minister', 'TR', '2020-10-30', 'mevlut-cavusoglu'],
    ['foreign-minister', 'FR', '2015-06-01', 'laurent-fabius'],
    ['defence-minister', 'AZ', '2020-10-01', 'zakir-hasanov'],
    ['minsk-group-co-chair', 'US', '2015-06-01', 'james-warlick'],
    ['minsk-group-co-chair', 'RU', '2015-06-01', 'igor-popov'],
    ['minsk-group-co-chair', 'FR', '2015-06-01', 'pierre-andrieu'],
    ['european-council-president', 'EU', '2022-10-06', 'charles-michel'],
    ['un-secretary-general', 'united-nations', '2020-10-01', 'antonio-guterres'],
  ];
  it.each(officeCases)('%s of %s on %s is %s', (role, country, date, id) => {
    expect(holderOn(role, country, date).map((p) => p.id)).toEqual([id]);
  });

  it('knows the usual spellings of the main figures', () => {
    const byAlias = new Map<string, string>();
    for (const p of people) for (const n of [p.name, ...(p.aliases ?? [])]) byAlias.set(norm(n), p.id);
    const expected: [string, string][] = [
      ['Serzh Sarkisian', 'serzh-sargsyan'],
      ['Serge Sarkissian', 'serzh-sargsyan'],
      ['Sarkisyan', 'serzh-sargsyan'],
      ['Nikol Pashinian', 'nikol-pashinyan'],
      ['Ilham Aliev', 'ilham-aliyev'],
      ['İlham Əliyev', 'ilham-aliyev'],
      ['Tayyip Erdogan', 'recep-tayyip-erdogan'],
      ['Sergei Lavrov', 'sergey-lavrov'],
      ['Dmitri Peskov', 'dmitry-peskov'],
      ['Ceyhun Bayramov', 'jeyhun-bayramov'],
      ['Zohrab Mnatsakanian', 'zohrab-mnatsakanyan'],
      ['Elmar Mamedyarov', 'elmar-mammadyarov'],
    ];
    for (const [alias, id] of expected) expect([alias, byAlias.get(norm(alias))]).toEqual([alias, id]);
  });
});

describe('knowledge data: places', () => {
  const ids = new Set(places.map((p) => p.id));
  const countryCodes = new Set(places.filter((p) => p.kind === 'country').map((p) => p.country));
  const kinds = new Set(['country', 'capital', 'city', 'region', 'landmark', 'continent', 'sea']);

  it('have a known kind', () => {
    for (const p of places) expect(kinds.has(p.kind)).toBe(true);
  });

  it('countries carry their own unique code', () => {
    const seen = new Set<string>();
    for (const p of places.filter((x) => x.kind === 'country')) {
      expect(p.country).toMatch(COUNTRY_RE);
      expect(seen.has(p.country!)).toBe(false);
      seen.add(p.country!);
    }
  });

  it('every country code refers to a country entry (or "SU")', () => {
    const bad = places.filter((p) => p.country !== undefined && p.country !== 'SU' && !countryCodes.has(p.country));
    expect(bad.map((p) => `${p.id}: ${p.country}`)).toEqual([]);
  });

  it('capitals and cities have a country', () => {
    for (const p of places.filter((x) => x.kind === 'capital' || x.kind === 'city')) expect(p.country).toBeDefined();
  });

  it('landmark cities refer to existing places', () => {
    for (const p of places) if (p.city !== undefined) expect([p.id, ids.has(p.city)]).toEqual([p.id, true]);
  });

  it("a capital's start date has a former capital of the same country to hand over to", () => {
    for (const c of places.filter((p) => p.capitalFrom !== undefined)) {
      expect([c.id, places.some((p) => p.country === c.country && p.capitalUntil !== undefined)]).toEqual([c.id, true]);
    }
  });

  it('organisations that sit in a city name an existing place', () => {
    const seated = orgs.filter((o) => o.city !== undefined);
    expect(seated.length).toBeGreaterThan(0);
    for (const o of seated) expect([o.id, ids.has(o.city!)]).toEqual([o.id, true]);
  });

  it('the Kremlin, White House and Élysée are landmarks that also name organisations', () => {
    const get = (id: string) => places.find((p) => p.id === id);
    expect(get('kremlin')).toMatchObject({ kind: 'landmark', city: 'moscow', alsoOrganization: true });
    expect(get('white-house')).toMatchObject({ kind: 'landmark', city: 'washington', alsoOrganization: true });
    expect(get('elysee-palace')).toMatchObject({ kind: 'landmark', city: 'paris', alsoOrganization: true });
  });

  it('resolves the common names of Nagorno-Karabakh and its towns', () => {
    const byAlias = new Map<string, string>();
    for (const p of places) for (const n of [p.name, ...(p.aliases ?? [])]) byAlias.set(norm(n), p.id);
    const expected: [string, string][] = [
      ['Nagorny Karabakh', 'nagorno-karabakh'],
      ['Artsakh', 'nagorno-karabakh'],
      ['NKR', 'nagorno-karabakh-republic'],
      ['Khankendi', 'stepanakert'],
      ['Shushi', 'shusha'],
      ['St. Petersburg', 'saint-petersburg'],
      ['Türkiye', 'turkey'],
      ['U.S.', 'united-states'],
      ['Zangezur', 'syunik'],
    ];
    for (const [alias, id] of expected) expect([alias, byAlias.get(norm(alias))]).toEqual([alias, id]);
  });
});

describe('knowledge data: organizations', () => {
  it('national bodies carry an ISO country code', () => {
    for (const o of orgs) if (o.country !== undefined) expect(o.country).toMatch(COUNTRY_RE);
  });

  it('does not list the Kremlin (a landmark)', () => {
    expect(orgs.some((o) => norm(o.name) === 'kremlin' || (o.aliases ?? []).some((a) => norm(a) === 'kremlin'))).toBe(false);
  });

  it('organisation ids used by offices exist', () => {
    const ids = new Set(orgs.map((o) => o.id));
    for (const id of ['osce', 'united-nations', 'nato', 'eurasian-economic-union', 'osce-minsk-group', 'european-union']) {
      expect([id, ids.has(id)]).toEqual([id, true]);
    }
  });
});

describe('the bundled files as the CLI reads them', () => {
  it('reads all four shipped files', async () => {
    const { readBundledKnowledge } = await import('../src/knowledge/load.js');
    expect(readBundledKnowledge().map((s) => s.name)).toEqual(['bundled people.json', 'bundled places.json', 'bundled organizations.json', 'bundled ceasefires.json']);
  });

  it('refuses an installation that lacks one, naming it, rather than running with an empty knowledge base', async () => {
    const { readBundledKnowledge, KnowledgeError } = await import('../src/knowledge/load.js');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'karabakh-partial-data-'));
    try {
      for (const f of ['people.json', 'places.json', 'organizations.json']) fs.copyFileSync(path.resolve('src/knowledge/data', f), path.join(dir, f));
      const read = () => readBundledKnowledge(dir + path.sep);
      expect(read).toThrow(KnowledgeError);
      expect(read).toThrow(/ceasefires\.json is missing/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
