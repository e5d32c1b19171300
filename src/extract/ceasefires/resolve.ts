// Which catalogue entry a mention cites. Two passes over the article, in text order:
//   1. mentions whose own words decide (a date next to them, a name, a cue, a broker);
//   2. the rest, read as references to a truce already cited or in force at the article date
//      ("the pact", "the ceasefire", "a shaky truce"); generic talk ("a ceasefire would be
//      welcome") with nothing to point to cites nothing.

import type { CeasefireClaimKind, Time } from '../../types.js';
import type { Catalogue, CatalogueEntry } from './catalogue.js';
import type { CeasefireMention } from './mentions.js';
import type { MentionEvidence } from './evidence.js';
import { dayDiff, startOf } from '../../time/partial.js';

/** the least evidence that decides a mention on its own (a cue, a name or a date, not a broker alone) */
const DECISIVE = 4;
/** scores this close to the best are ties */
const TIE = 1;
/** how recently a truce may have lapsed for "the truce collapsed" to mean it, when none is in force */
const LAPSED_DAYS = 14;
/** an article this soon after one of a group's truces, speaking of "a humanitarian ceasefire", means that one */
const GROUP_RECENCY_DAYS = 14;

export type Resolution =
  | { kind: 'entry'; entry: CatalogueEntry }
  | { kind: 'unknown'; date: Time; brokers: string[] };

export interface MentionReading {
  mention: CeasefireMention;
  evidence: MentionEvidence;
  /** what the words around the mention say of it (claims.ts) */
  claim: CeasefireClaimKind;
  aboutCurrent: boolean;
  /** words that make "the agreement" a ceasefire's: violated, respected, brokered... */
  anaphorTrigger: boolean;
  resolution?: Resolution | null;
}

export interface ResolveContext {
  catalogue: Catalogue;
  articleDate: Time | null;
}

const key = (r: Resolution) => (r.kind === 'entry' ? r.entry.entry.id : `~${r.date}`);

export function resolveAll(readings: MentionReading[], ctx: ResolveContext): void {
  const inForce = ctx.catalogue.inForce(ctx.articleDate);
  // Pass 1: decided by the mention's own evidence.
  const history: MentionReading[] = [];
  for (const r of readings) {
    if (r.mention.negated) r.resolution = null;
    else if (r.mention.form !== 'anaphor') r.resolution = decide(r, ctx, inForce, history);
    if (r.resolution) history.push(r);
  }
  const firstPass = readings.filter((r) => r.resolution);
  // Pass 2: references, in text order, each seeing what was resolved before it.
  const seen: MentionReading[] = [];
  for (const r of readings) {
    if ((r.resolution === undefined || r.resolution === null) && !r.mention.negated) r.resolution = refer(r, ctx, inForce, seen, firstPass);
    if (r.resolution) seen.push(r);
  }
}

function decide(r: MentionReading, ctx: ResolveContext, inForce: CatalogueEntry | null, history: MentionReading[]): Resolution | null | undefined {
  const { scores, pointed, own } = r.evidence;
  // Only the mention's own sentence decides; neighbours and brokers rank what it points to.
  let decisive = false;
  for (const v of own.values()) if (v >= DECISIVE) decisive = true;
  if (!decisive) return undefined;
  // "called for an immediate halt to hostilities" asks for a truce, it cites none: only a truce
  // named outright ("a return to the 1994 ceasefire") or dated next to the words is one called for
  if (r.mention.determiner !== 'definite' && r.mention.form === 'term' && !r.evidence.tightDate && r.claim === 'called-for') return null;
  let best = -Infinity;
  for (const v of scores.values()) best = Math.max(best, v);
  const tied = [...scores.entries()].filter(([, v]) => v >= best - TIE).map(([id]) => ctx.catalogue.get(id)!);
  if (r.mention.form === 'brokered-deal' && !tied.some((t) => pointed.has(t.entry.id))) return undefined;
  // "the statement of 9 November 2020" is a truce's only when its day is one: not any statement of
  // the time; "the November 2020 statement" when a truce was agreed that month
  if (r.mention.form === 'dated-deal') {
    const tight = r.evidence.tightDate?.value;
    const fits = tight?.length === 10 ? tied.filter((t) => r.evidence.dayFits.has(t.entry.id))
      : tight?.length === 7 ? tied.filter((t) => t.entry.date.startsWith(tight)) : [];
    if (!fits.length) return null;
    return { kind: 'entry', entry: breakTie(fits, r, ctx, inForce, history) };
  }
  return { kind: 'entry', entry: breakTie(tied, r, ctx, inForce, history) };
}

/**
 * Among entries the evidence fits about equally: a group and its members → for one truce the
 * member its date names, else the latest member for an article written days after it, else
 * (and for a plural) the group; otherwise the one
 * cited last, the one in force, the best known, the latest.
 */
function breakTie(tied: CatalogueEntry[], r: MentionReading, ctx: ResolveContext, inForce: CatalogueEntry | null, history: MentionReading[]): CatalogueEntry {
  if (tied.length === 1) return tied[0];
  const groupId = tied[0].entry.members?.length ? tied[0].entry.id : tied[0].group?.id;
  if (groupId && tied.every((t) => t.entry.id === groupId || t.group?.id === groupId)) {
    const group = ctx.catalogue.get(groupId)!;
    const score = (e: CatalogueEntry) => r.evidence.scores.get(e.entry.id) ?? 0;
    // one truce, and a member its date names better than the group's month: that member
    const top = [...tied].sort((a, b) => score(b) - score(a))[0];
    if (!r.mention.plural && top !== group && score(top) > score(group) && tied.filter((t) => score(t) === score(top)).length === 1) return top;
    if (!r.mention.plural && ctx.articleDate) {
      const recent = (group.entry.members ?? [])
        .map((id) => ctx.catalogue.get(id))
        .filter((m): m is CatalogueEntry => !!m && startOf(m.entry.date) <= startOf(ctx.articleDate!) && dayDiff(startOf(m.entry.date), startOf(ctx.articleDate!)) <= GROUP_RECENCY_DAYS)
        .sort((a, b) => startOf(b.entry.date).localeCompare(startOf(a.entry.date)))[0];
      if (recent) return recent;
    }
    return group;
  }
  const lastCited = (id: string) => {
    for (let i = history.length - 1; i >= 0; i--) {
      const res = history[i].resolution;
      if (res?.kind === 'entry' && res.entry.entry.id === id) return i;
    }
    return -1;
  };
  const score = (e: CatalogueEntry) => r.evidence.scores.get(e.entry.id) ?? 0;
  return [...tied].sort((a, b) =>
    lastCited(b.entry.id) - lastCited(a.entry.id)
    || score(b) - score(a)
    || Number(b === inForce) - Number(a === inForce)
    || (b.entry.prominence ?? 0) - (a.entry.prominence ?? 0)
    || startOf(b.entry.date).localeCompare(startOf(a.entry.date)))[0];
}

function refer(r: MentionReading, ctx: ResolveContext, inForce: CatalogueEntry | null, seen: MentionReading[], firstPass: MentionReading[]): Resolution | null {
  const m = r.mention;
  const last = seen[seen.length - 1];
  const sentenceGap = last ? m.sentence.index - last.mention.sentence.index : Infinity;
  if (m.form === 'anaphor') {
    // "breaching the pact" right after a ceasefire was cited; "the agreement to hold talks" is not one
    return r.anaphorTrigger && sentenceGap <= 2 ? last.resolution! : null;
  }
  if (m.form === 'brokered-deal' || m.form === 'dated-deal') return null;

  // A date written next to the mention that fits no known truce: a ceasefire the catalogue lacks.
  const tight = r.evidence.tightDate;
  if (tight?.value && tight.kind !== 'decade' && ![...r.evidence.scores.values()].some((v) => v > 0) && r.evidence.pointed.size === 0) {
    if (!ctx.articleDate || startOf(tight.value) <= startOf(ctx.articleDate)) return { kind: 'unknown', date: tight.value, brokers: r.evidence.brokers };
  }

  const definite = m.determiner === 'definite' || m.form === 'ended-war' || m.form === 'alias' || r.aboutCurrent;
  // "a truce hammered out by Moscow halted the bloodshed": undated, it is the truce in force
  const agreedInForce = !!inForce && r.claim === 'agreed';
  if (!definite && !agreedInForce) return null;

  const candidates = new Map<string, number>();
  const consider = (e: CatalogueEntry, bonus: number) => {
    const own = r.evidence.scores.get(e.entry.id);
    if (own === undefined || own < 0) return;
    candidates.set(e.entry.id, (candidates.get(e.entry.id) ?? Math.max(0, own)) + bonus);
  };
  if (inForce) consider(inForce, 3);
  // none in force: "the truce collapsed" as a war breaks out is the one that just lapsed
  else if (r.claim === 'violated') {
    const lapsed = ctx.catalogue.lapsedWithin(ctx.articleDate, LAPSED_DAYS);
    if (lapsed) consider(lapsed, 3);
  }
  for (const e of citedBefore(seen)) consider(e, 1);
  // the last one cited: in this sentence for any mention, the previous one for "the ceasefire"
  if (last?.resolution?.kind === 'entry' && (sentenceGap === 0 || (sentenceGap === 1 && m.determiner === 'definite'))) consider(last.resolution.entry, 4);
  // nothing in force (an undated article): a truce cited later ("the deal that ended the conflict" in a lead)
  if (!inForce) {
    const later = firstPass.find((f) => f.mention.start > m.start && f.resolution?.kind === 'entry');
    if (later?.resolution?.kind === 'entry') consider(later.resolution.entry, 0.5);
  }

  let bestId: string | null = null;
  let best = 0;
  for (const [id, v] of candidates) if (v > best) { best = v; bestId = id; }
  if (!bestId) {
    // nothing to point to: an unidentified truce is reported only where the text dates it
    return null;
  }
  return { kind: 'entry', entry: ctx.catalogue.get(bestId)! };
}

export { key as resolutionKey };

const citedCache = new WeakMap<MentionReading[], { length: number; entries: Map<string, CatalogueEntry> }>();

/** The distinct entries cited so far, kept up to date as `seen` grows (it only grows). */
function citedBefore(seen: MentionReading[]): CatalogueEntry[] {
  let c = citedCache.get(seen);
  if (!c) { c = { length: 0, entries: new Map() }; citedCache.set(seen, c); }
  for (; c.length < seen.length; c.length++) {
    const r = seen[c.length].resolution;
    if (r?.kind === 'entry') c.entries.set(r.entry.entry.id, r.entry);
  }
  return [...c.entries.values()];
}
