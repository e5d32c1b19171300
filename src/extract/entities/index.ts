import type { AnnotatedArticle, EntityFact, EntityType } from '../../types.js';
import type { Knowledge, KnownEntity } from '../../knowledge/index.js';
import type { OrganizationEntry, PersonEntry } from '../../knowledge/types.js';
import { fold } from '../../knowledge/text.js';
import { evidenceFor } from '../../annotate/evidence.js';
import { firstIndexNotBefore } from '../../annotate/search.js';
import { isCapitalised, joinable, matchDictionary, type WordToken } from './dictionary.js';
import { capitalWord, FIRST_NAME_TAGS, findUnknownNames, inCredit } from './unknown.js';
import { namesADocument, usedAsOrganization } from './metonymy.js';

/** One mention of an entity in an article; meetings and ceasefires work from these. */
export interface EntityMention {
  /** "person:vladimir-putin", or "person:~dmitry trenin" for names the knowledge base lacks */
  key: string;
  type: EntityType;
  name: string;
  known: KnownEntity | null;
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** Sentences quoted per entity and article; every mention's offsets are in `spans` all the same. */
export const MAX_ENTITY_EVIDENCE = 3;

export interface EntityResult {
  mentions: EntityMention[];
  people: EntityFact[];
  places: EntityFact[];
  organizations: EntityFact[];
}

/** An entity found at a token range, before mentions are made of it. */
interface Found { known: KnownEntity | null; type: EntityType; name: string; first: number; last: number }

/** What covers a token: 0 nothing, else the type of the entity found there. */
const COVER: Record<EntityType, number> = { place: 1, person: 2, organization: 3 };

/** Entities of one article: known spellings, family names, and names the knowledge base lacks. Pure. */
export function extractEntities(a: AnnotatedArticle, k: Knowledge, articleDate: string | null): EntityResult {
  const text = a.article.text;
  const tokens = a.words;
  // 0 free, 1 a place, 2 a person, 3 an organisation
  const covered = new Uint8Array(tokens.length);
  const found: Found[] = [];

  for (const m of matchDictionary(k, text, tokens)) {
    // "By Jordan Hale": a credit's first name that is also a place's ("Jordan", "Georgia") is the person's
    if (m.entity.type === 'place' && creditedFirstName(text, tokens, m.first, m.last)) continue;
    const type = usedAsOrganization(m.entity, text, m.start, m.end) ? 'organization' : m.entity.type;
    for (let i = m.first; i <= m.last; i++) covered[i] = COVER[type];
    // "the Rome Statute": the words stay covered (no unknown name is guessed there), no place is reported
    if (namesADocument(m.entity, text, m.end)) continue;
    found.push({ known: m.entity, type, name: m.entity.name, first: m.first, last: m.last });
    const host = hostCity(k, m.entity, tokens, m.first, m.last);
    if (host) found.push(host);
  }

  // Family names of known people: "Sarkisian" is Serzh Sargsyan when nothing says otherwise.
  const fullyNamed = fullNamesOf(found);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised(tokens[i].text)) continue;
    let candidates = k.bySurname(tokens[i].text);
    if (!candidates.length) continue;
    const prev = tokens[i - 1];
    // "E.Mammadyarov", "H. Aliyev" (agency style): the initial picks the bearer, and is part of the mention
    const initial = prev && !covered[i - 1] && isInitial(text, prev, tokens[i]);
    if (initial) {
      candidates = candidates.filter((p) => firstNames(p).some((n) => n.startsWith(prev.folded)));
      if (!candidates.length) continue;
    }
    // "Emin Aliyev" is somebody else: a name-like word just before the family name
    // ("PM Pashinyan": an abbreviated title is no first name; "O'Sullivan" is not Sullivan)
    if (!initial && prev && !covered[i - 1] && joinable(text, prev, tokens[i]) && isCapitalised(prev.text) && (prev.text.length === 1 || prev.text !== prev.text.toUpperCase())
      && (prev.lexicon.length === 0 || otherFirstName(prev, candidates))) continue;
    const person = pickPerson(k, candidates, fullyNamed, articleDate, tokens[i], i);
    if (!person) continue;
    const first = initial ? i - 1 : i;
    for (let j = first; j <= i; j++) covered[j] = 2;
    found.push({ known: k.get('person', person.id)!, type: 'person', name: person.name, first, last: i });
  }

  // Names the knowledge base lacks.
  for (const u of findUnknownNames(k, text, tokens, covered, a.sentences)) {
    if (u.type === 'organization') {
      // an organisation's name swallows the place it starts with ("Moscow Carnegie Center")
      for (let f = found.length - 1; f >= 0; f--) if (found[f].first >= u.first && found[f].last <= u.last) found.splice(f, 1);
    }
    for (let i = u.first; i <= u.last; i++) covered[i] = COVER[u.type];
    found.push({ known: null, type: u.type, name: spanText(text, tokens, u.first, u.last), first: u.first, last: u.last });
  }

  // Family names of the unknown people found: "Hasratyan" after "Senor Hasratyan".
  const unknownBySurname = new Map<string, string>();
  for (const f of found) if (f.type === 'person' && !f.known) unknownBySurname.set(tokens[f.last].folded, f.name);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised(tokens[i].text)) continue;
    const full = unknownBySurname.get(tokens[i].folded);
    if (full) { covered[i] = 2; found.push({ known: null, type: 'person', name: full, first: i, last: i }); }
  }

  found.sort((x, y) => x.first - y.first);
  const mentions: EntityMention[] = found.map((f) => {
    const start = tokens[f.first].start;
    const end = tokens[f.last].end;
    return {
      key: f.known ? `${f.type}:${f.known.id}` : `${f.type}:~${fold(f.name)}`,
      type: f.type,
      name: f.name,
      known: f.known,
      text: text.slice(start, end),
      start,
      end,
      sentenceIndex: tokens[f.first].sentence,
    };
  });
  return { mentions, ...factsFrom(a, mentions) };
}

/**
 * "the Munich Security Conference", "the Antalya Diplomacy Forum": a forum held in the city its
 * name carries names that city too (where the leaders met). Only forums: "the Minsk Group" and
 * "the Moscow Carnegie Center" do not happen in their cities.
 */
function hostCity(k: Knowledge, e: KnownEntity, tokens: WordToken[], first: number, last: number): Found | null {
  const org = e.entry as OrganizationEntry;
  if (e.type !== 'organization' || org.kind !== 'forum' || !org.city) return null;
  const city = k.get('place', org.city);
  if (!city) return null;
  const word = fold(city.name);
  for (let i = first; i <= last; i++) {
    if (tokens[i].folded === word) return { known: city, type: 'place', name: city.name, first: i, last: i };
  }
  return null;
}

/** A one-word place opening a credited name: a capitalised word follows it in a byline. */
function creditedFirstName(text: string, tokens: WordToken[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  return first === last && next !== undefined && next.sentence === tokens[first].sentence && joinable(text, tokens[first], next)
    && capitalWord(next) && inCredit(text, tokens[first].start);
}

/**
 * "Mark Sullivan", "Anna Grigoryan": a first name before a known family name that is none of the
 * known bearers' ("Jake Sullivan", "Armen Grigoryan") names somebody else. A variant spelling of
 * a bearer's own first name ("Serge" for "Serzh") shares its first three letters and is no proof.
 */
function otherFirstName(prev: WordToken, candidates: PersonEntry[]): boolean {
  if (!prev.lexicon.some((t) => FIRST_NAME_TAGS.has(t) || t === 'Person')) return false;
  const stem = prev.folded.slice(0, 3);
  return !candidates.some((p) => [p.name, ...(p.aliases ?? [])].some((n) => fold(n.split(' ')[0]).startsWith(stem)));
}

/** A capital letter and a dot right before a family name: "E.Mammadyarov", "I. Aliyev". */
function isInitial(text: string, prev: WordToken, next: WordToken): boolean {
  return /^\p{Lu}$/u.test(prev.text) && /^\. ?$/.test(text.slice(prev.end, next.start));
}

/** A known person's given names and middle initials ("George W. Bush": george, w), folded, from every spelling. */
function firstNames(p: PersonEntry): string[] {
  return [p.name, ...(p.aliases ?? [])].flatMap((n) => fold(n).split(/[\s.]+/).filter(Boolean).slice(0, -1));
}

function spanText(text: string, tokens: WordToken[], first: number, last: number): string {
  return text.slice(tokens[first].start, tokens[last].end).replace(/\s+/g, ' ');
}

/** Where the article names each known person in full: person id → first tokens of those mentions, in order. */
function fullNamesOf(found: { known: KnownEntity | null; type: EntityType; first: number }[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of found) {
    if (f.type !== 'person' || !f.known) continue;
    const at = out.get(f.known.id) ?? [];
    at.push(f.first);
    out.set(f.known.id, at);
  }
  return out;
}

/**
 * Which known person a bare family name means. Among those the article names in full: the one
 * named nearest before it ("Ilham Aliyev ... Aliyev" even when Heydar Aliyev comes up later),
 * else the one in office at the article's date, else the one named most. With none named in
 * full: the one in office at the article's date, else the most recent office-holder (news about
 * "Aliyev" today is about Ilham, not Heydar). A family name that is also an ordinary English word
 * ("Rice", "Bush") counts only when the full name appears.
 */
function pickPerson(k: Knowledge, candidates: PersonEntry[], fullyNamed: Map<string, number[]>, date: string | null, token: WordToken, at: number): PersonEntry | undefined {
  const named = candidates.filter((p) => fullyNamed.has(p.id));
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    // positions are in text order: a binary search keeps a page of many names linear-ish
    const lastBefore = (p: PersonEntry) => {
      const at_ = fullyNamed.get(p.id)!;
      const i = firstIndexNotBefore(at_.length, (j) => at_[j] < at);
      return i > 0 ? at_[i - 1] : -1;
    };
    const before = named.filter((p) => lastBefore(p) >= 0).sort((a, b) => lastBefore(b) - lastBefore(a));
    if (before.length) return before[0];
    return inOffice(k, named, date)[0] ?? [...named].sort((a, b) => fullyNamed.get(b.id)!.length - fullyNamed.get(a.id)!.length)[0];
  }
  const tags = token.lexicon;
  if (tags.length && !tags.some((t) => /Name|Person/.test(t))) return undefined;
  if (candidates.length === 1) return candidates[0];
  return inOffice(k, candidates, date)[0] ?? [...candidates].sort((a, b) => latestTerm(b).localeCompare(latestTerm(a)))[0];
}

function inOffice(k: Knowledge, people: PersonEntry[], date: string | null): PersonEntry[] {
  return date ? people.filter((p) => k.officesAt(p, date).length > 0) : [];
}

/** When a person's latest office ends ("9999" while in office), for "most recent" ordering. */
function latestTerm(p: PersonEntry): string {
  return (p.offices ?? []).reduce((acc, o) => {
    const end = o.end ?? '9999';
    return end > acc ? end : acc;
  }, '');
}

function factsFrom(a: AnnotatedArticle, mentions: EntityMention[]): Omit<EntityResult, 'mentions'> {
  const byKey = new Map<string, EntityFact>();
  const text = a.article.text;
  let prev: EntityMention | undefined;
  for (const m of mentions) {
    // "Organization for Security and Co-operation in Europe (OSCE)": the acronym defined in
    // brackets is a spelling of the same mention, not a second mention.
    const definesAcronym = prev?.key === m.key && /^\s*\($/.test(text.slice(prev.end, m.start)) && text[m.end] === ')';
    prev = m;
    let f = byKey.get(m.key);
    if (!f) {
      f = { name: m.name, type: m.type, id: m.known?.id ?? null, aliases: [], mentions: 0, evidence: [], spans: [] };
      byKey.set(m.key, f);
    }
    if (!f.aliases.includes(m.text)) f.aliases.push(m.text);
    if (definesAcronym) continue;
    f.mentions++;
    const ev = evidenceFor(a, a.sentences[m.sentenceIndex], m.start, m.end);
    f.spans.push([ev.start, ev.end]);
    if (f.evidence.length < MAX_ENTITY_EVIDENCE) f.evidence.push(ev);
  }
  const all = [...byKey.values()];
  return {
    people: all.filter((f) => f.type === 'person'),
    places: all.filter((f) => f.type === 'place'),
    organizations: all.filter((f) => f.type === 'organization'),
  };
}
