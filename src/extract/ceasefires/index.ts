// Which ceasefires an article cites, what it says of each, and where. A pure function of the
// article, its date mentions, its entities and the catalogue in the knowledge base.

import { latestWrittenDate } from '../dates/index.js';
import type { CeasefireCitation, CeasefireClaim, Evidence } from '../../types.js';
import type { ExtractContext } from '../context.js';
import type { EntityMention } from '../entities/index.js';
import { evidenceFor } from '../../annotate/evidence.js';
import { mentionsIn } from '../dates/index.js';
import { catalogueOf, phraseOf, phrasesIn, type Catalogue, type CatalogueEntry } from './catalogue.js';
import { findMentions } from './mentions.js';
import { mentionEvidence } from './evidence.js';
import { accusation, claimKind, claimWords, says } from './claims.js';
import { ABOUT_CURRENT_TRUCE, ANAPHOR_TRIGGER } from './phrases.js';
import { resolveAll, resolutionKey, type MentionReading, type Resolution } from './resolve.js';

/** how far (characters) around a violation claim the accuser and the accused are looked for */
const ACCUSATION_REACH = 200;

export function extractCeasefires(c: ExtractContext): CeasefireCitation[] {
  const a = c.article;
  const catalogue = catalogueOf(c.knowledge);
  // an undated article cites the truces known by the latest date it writes out
  const candidates = catalogue.before(c.articleDate ?? latestWrittenDate(c.dates));

  const perSentence = a.sentences.map((s) => findMentions(a, s, catalogue));
  const cites = (i: number) => (perSentence[i] ?? []).some((m) => m.form !== 'anaphor');
  const readings: MentionReading[] = [];
  // the candidates' names and cues a sentence that cites no truce holds, read once per sentence
  // (a sentence between two that cite truces is the neighbour of both)
  const phrases = [...new Set(candidates.flatMap((e) => [...e.aliases, ...e.cues]))];
  const named = new Map<number, string[]>();
  const namedIn = (j: number): string[] => {
    let found = named.get(j);
    if (!found) {
      found = phrasesIn(phraseOf(a.tokens, a.sentenceTokens[j], a.sentenceTokens[j + 1]))(phrases);
      named.set(j, found);
    }
    return found;
  };
  a.sentences.forEach((s, i) => {
    const ms = perSentence[i];
    if (!ms.length) return;
    const dates = mentionsIn(c.dates, s.start, s.end);
    // computed once per sentence, not per mention: a long sentence may hold many mentions
    const neighbours = new Set<string>();
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < a.sentences.length && !cites(j)) for (const p of namedIn(j)) neighbours.add(p);
    ms.forEach((m, j) => {
      const window: [number, number] = [j > 0 ? ms[j - 1].end : s.start, j < ms.length - 1 ? ms[j + 1].start : s.end];
      const around = claimWords(a, m, window);
      readings.push({
        mention: m,
        evidence: mentionEvidence({ mention: m, window, doc: a, dates, neighbours, candidates, knowledge: c.knowledge }),
        claim: claimKind(a, around),
        aboutCurrent: says(ABOUT_CURRENT_TRUCE, a, around),
        anaphorTrigger: says(ANAPHOR_TRIGGER, a, around),
      });
    });
  });

  resolveAll(readings, { catalogue, articleDate: c.articleDate });

  const entitiesBySentence = new Map<number, EntityMention[]>();
  for (const m of c.mentions) {
    const list = entitiesBySentence.get(m.sentenceIndex) ?? [];
    list.push(m);
    entitiesBySentence.set(m.sentenceIndex, list);
  }
  const citations = new Map<string, CeasefireCitation>();
  for (const r of readings) {
    if (!r.resolution) continue;
    for (const res of membersNamed(r.resolution, r, catalogue)) addCitation(res, r);
  }
  return foldCompleteGroups([...citations.values()], catalogue);

  function addCitation(res: Resolution, r: MentionReading): void {
    const k = resolutionKey(res);
    let cite = citations.get(k);
    if (!cite) {
      cite = res.kind === 'entry'
        ? { id: res.entry.entry.id, name: res.entry.entry.name, date: res.entry.entry.date, brokers: [...res.entry.entry.brokers], claims: [], evidence: [] }
        : { id: null, name: unknownLabel(res.date, res.brokers, c), date: res.date, brokers: res.brokers, claims: [], evidence: [] };
      citations.set(k, cite);
    }
    const evidence = evidenceFor(a, r.mention.sentence, r.mention.start, r.mention.end);
    if (!cite.evidence.some((e) => e.start === evidence.start)) cite.evidence.push(evidence);
    addClaim(cite, claimOf(r, evidence, c, entitiesBySentence.get(r.mention.sentence.index) ?? []));
  }
}

/**
 * "Three earlier ceasefires, agreed for 10 October, 18 October and 26 October": a group whose
 * members the mention's clause dates one by one cites those members, not the group.
 */
function membersNamed(res: Resolution, r: MentionReading, catalogue: Catalogue): Resolution[] {
  if (res.kind !== 'entry' || !res.entry.entry.members?.length) return [res];
  const named = res.entry.entry.members.filter((id) => r.evidence.dayFits.has(id)).map((id) => catalogue.get(id)).filter((e): e is CatalogueEntry => !!e);
  return named.length ? named.map((entry) => ({ kind: 'entry', entry })) : [res];
}

/**
 * A group cited beside every one of its members says nothing the members do not ("three truces
 * collapsed … agreed for 10, 18 and 26 October"): its evidence and claims go to each member.
 */
function foldCompleteGroups(list: CeasefireCitation[], catalogue: Catalogue): CeasefireCitation[] {
  const byId = new Map(list.filter((c) => c.id).map((c) => [c.id!, c]));
  return list.filter((group) => {
    const members = group.id ? catalogue.get(group.id)?.entry.members ?? [] : [];
    if (!members.length || !members.every((id) => byId.has(id))) return true;
    for (const id of members) {
      const m = byId.get(id)!;
      for (const e of group.evidence) if (!m.evidence.some((x) => x.start === e.start)) m.evidence.push(e);
      for (const claim of group.claims) addClaim(m, claim);
      m.evidence.sort((a, b) => a.start - b.start);
      m.claims.sort((a, b) => a.evidence.start - b.evidence.start);
    }
    return false;
  });
}

function claimOf(r: MentionReading, evidence: Evidence, c: ExtractContext, entities: EntityMention[]): CeasefireClaim {
  // "the deal that ended the war" says in itself that it was agreed
  const read = r.claim;
  const kind = read === 'mentioned' && r.mention.form === 'ended-war' ? 'agreed' : read;
  if (kind !== 'violated') return { kind, evidence };
  const s = r.mention.sentence;
  // the clause around the mention, not a whole (possibly huge) sentence
  const from = Math.max(s.start, r.mention.start - ACCUSATION_REACH);
  const to = Math.min(s.end, r.mention.end + ACCUSATION_REACH);
  const who = accusation(c.article, from, to, entities.filter((m) => m.start >= from && m.end <= to), c.knowledge);
  return { kind, accuser: who.accuser, accused: who.accused, evidence };
}

/** One claim of a kind per sentence: two mentions of one truce in a sentence say one thing. */
function addClaim(cite: CeasefireCitation, claim: CeasefireClaim): void {
  const dup = cite.claims.find((x) => x.kind === claim.kind && x.evidence.sentence === claim.evidence.sentence);
  if (dup) {
    dup.accuser ??= claim.accuser;
    dup.accused ??= claim.accused;
    return;
  }
  cite.claims.push(claim);
}

/** "ceasefire of 2005, brokered by Russia": a truce the catalogue lacks, named by its date. */
function unknownLabel(date: string, brokers: string[], c: ExtractContext): string {
  const names = brokers.map((b) => c.knowledge.country(b)?.name ?? b);
  return `ceasefire of ${date}${names.length ? `, brokered by ${names.join(' and ')}` : ''} (not in the catalogue)`;
}
