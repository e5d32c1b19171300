// How strongly the words around one mention point to each catalogue entry: dates next to it
// ("a 1994 ceasefire", "on Nov. 10, 2020", "in November"), names and cues ("four days of
// heavy clashes", "six-week conflict"), and brokers ("Russian-brokered").

import type { DateMention, Doc } from '../../types.js';
import { tokenIndexAt, tokenIndexBefore } from '../../annotate/index.js';
import { matchesAll } from '../../annotate/pattern.js';
import type { Knowledge } from '../../knowledge/index.js';
import { monthInYear } from '../dates/index.js';
import type { CatalogueEntry } from './catalogue.js';
import { phraseOf, phrasesIn } from './catalogue.js';
import type { CeasefireMention } from './mentions.js';
import { brokersIn } from './brokers.js';
import { DATE_AFTER, DATE_BEFORE } from './phrases.js';
import { dayDiff, sharedPrecision, startOf } from '../../time/partial.js';

/** A date this close to a mention (characters, same clause) is its date: "a 1994 ceasefire", "agreement on Nov. 10, 2020". */
const TIGHT_GAP = 45;
/** how far (characters) a date elsewhere in the sentence may hint at a mention's truce */
const LOOSE_REACH = 250;
const ALIAS_WEIGHT = 10;
const CUE_WEIGHT = 5;
/** cues in neighbouring sentences that cite no ceasefire of their own count for less */
const NEIGHBOUR_FACTOR = 0.3;
const BROKER_MATCH = 3;
const BROKER_MISMATCH = -1;
/** a date score this high names a truce's own day (or the day before or after: agreed one day, in force the next) */
export const DAY_FIT = 7;
/** a tight date that contradicts an entry rules it out, whatever cues say */
const TIGHT_CONFLICT = -8;
export interface MentionEvidence {
  /** entry id → score */
  scores: Map<string, number>;
  /** ids some date, name or cue points to (brokers alone are not enough for a weak mention) */
  pointed: Set<string>;
  /** entry id → the part of its score from the mention's own sentence: dates, names, cues */
  own: Map<string, number>;
  /** the date written next to the mention, when there is one */
  tightDate: DateMention | null;
  /** brokers the text names around the mention */
  brokers: string[];
  /** ids whose very day (give or take the day it took effect) a date in the mention's window writes */
  dayFits: Set<string>;
}

export interface EvidenceInput {
  mention: CeasefireMention;
  /** cleaned-text window the mention owns: between its neighbouring mentions in the sentence */
  window: [number, number];
  doc: Doc;
  /** date mentions of the mention's sentence */
  dates: DateMention[];
  /** the names and cues (normalised) found in neighbouring sentences that cite no ceasefire themselves */
  neighbours: Set<string>;
  candidates: CatalogueEntry[];
  knowledge: Knowledge;
}

export function mentionEvidence(input: EvidenceInput): MentionEvidence {
  const { mention: m, window, doc, candidates } = input;
  const T = doc.tokens;
  const w0 = tokenIndexAt(T, window[0]);
  const w1 = tokenIndexBefore(T, window[1]);
  const scores = new Map<string, number>();
  const pointed = new Set<string>();
  const own = new Map<string, number>();
  const bump = (id: string, v: number, points = true, local = points) => {
    scores.set(id, (scores.get(id) ?? 0) + v);
    if (points && v > 0) pointed.add(id);
    if (local) own.set(id, (own.get(id) ?? 0) + v);
  };
  for (const c of candidates) scores.set(c.entry.id, 0);

  // Dates: the one written next to the mention decides; others in the sentence only hint.
  // dates further away than this belong to other clauses (and, in a huge sentence, cost time)
  // (TimeML references such as PAST_REF name no day a truce could have been agreed on)
  const usable = input.dates.filter((d) => d.kind !== 'duration' && (!d.value || /^\d{4}/.test(d.value)) && d.stop > m.start - LOOSE_REACH && d.start < m.end + LOOSE_REACH);
  const gapOf = (d: DateMention) => (d.stop <= m.start ? m.start - d.stop : d.start >= m.end ? d.start - m.end : 0);
  // the words between the date and the mention say whether the date is the truce's own
  const linked = (d: DateMention) => d.stop <= m.start
    ? matchesAll(DATE_BEFORE, T, tokenIndexAt(T, d.stop), tokenIndexBefore(T, m.start))
    : matchesAll(DATE_AFTER, T, tokenIndexAt(T, m.end), tokenIndexBefore(T, d.start));
  const tight = usable
    .filter((d) => d.start >= window[0] && d.stop <= window[1] && gapOf(d) <= TIGHT_GAP && linked(d))
    .sort((a, b) => gapOf(a) - gapOf(b))[0] ?? null;
  const dayFits = new Set<string>();
  for (const d of usable) {
    if (d.start < window[0] || d.stop > window[1] || d.value?.length !== 10) continue;
    for (const c of candidates) if (c.entry.date.length === 10 && dateScore(c, d, true) >= DAY_FIT) dayFits.add(c.entry.id);
  }
  if (tight) {
    // the date it was agreed: only the truce of that date fits, not one merely in force then
    for (const c of candidates) {
      const s = dateScore(c, tight, true);
      bump(c.entry.id, s > 0 ? s : TIGHT_CONFLICT, s > 0, true);
    }
  } else {
    for (const c of candidates) {
      let best = 0;
      for (const d of usable) {
        const inWindow = d.start >= window[0] && d.stop <= window[1];
        best = Math.max(best, dateScore(c, d) * (inWindow ? 0.6 : 0.4));
      }
      if (best > 0) bump(c.entry.id, best);
    }
  }

  // Names and cues: in the mention's own window, then (weaker) in quiet neighbouring sentences.
  const local = phraseOf(T, w0, w1);
  const heldHere = phrasesIn(local);
  for (const c of candidates) {
    if (m.aliasOf === c.entry.id) bump(c.entry.id, ALIAS_WEIGHT);
    const here = (list: string[]) => outermost(heldHere(list).filter((p) => affirmed(local, p))).length;
    const near = (list: string[]) => outermost(list.filter((p) => input.neighbours.has(p) && !local.includes(p))).length;
    const [aliases, cues] = [here(c.aliases), here(c.cues)];
    if (aliases) bump(c.entry.id, ALIAS_WEIGHT * aliases);
    if (cues) bump(c.entry.id, CUE_WEIGHT * cues);
    const [nearAliases, nearCues] = [near(c.aliases), near(c.cues)];
    if (nearAliases + nearCues) bump(c.entry.id, (ALIAS_WEIGHT * nearAliases + CUE_WEIGHT * nearCues) * NEIGHBOUR_FACTOR, true, false);
  }

  // Brokers.
  const brokers = brokersIn(T, w0, w1, input.knowledge);
  for (const b of brokers) {
    for (const c of candidates) {
      if (c.entry.brokers.includes(b)) bump(c.entry.id, BROKER_MATCH, false);
      else if (c.entry.brokers.length) bump(c.entry.id, BROKER_MISMATCH, false);
    }
  }

  // "The deal that ended the war" names a war-ending agreement; plural mentions a group.
  for (const c of candidates) {
    if (m.form === 'ended-war' && c.entry.war) bump(c.entry.id, 1, false);
    if (m.plural && c.entry.members?.length) bump(c.entry.id, 2, false);
  }

  return { scores, pointed, own, tightDate: tight, brokers, dayFits };
}

/** a negation right before a cue: "no peacekeeping force behind it" is no pointer to the truce that brought one */
const NEGATION = new Set(['no', 'not', 'never', 'without', 'nor']);

/** True when the phrase occurs in the words (both as phraseOf writes them) at least once without a negation before it. */
function affirmed(words: string, phrase: string): boolean {
  for (let at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
    // the phrase starts after a space; the word before it ends there
    if (!NEGATION.has(words.slice(words.lastIndexOf(' ', at - 1) + 1, at))) return true;
  }
  return false;
}

/**
 * The phrases not inside another one of the list: "Russian peacekeepers" and "peacekeepers" are
 * one cue when the first is found (phrases are space-padded, so `includes` is a whole-word test).
 */
function outermost(found: string[]): string[] {
  return found.length < 2 ? found : found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
}

/**
 * How well a date mention fits an entry: the same day 9, month 8, year 7 (at the precision both
 * state); within two days 7 (agreed one day, in force the next); the decade 5; a month written
 * without a year ("in November") 5-6 on the month alone; a date while it was in force 2 (unless
 * the date is the one it was agreed on); else 0.
 */
export function dateScore(c: CatalogueEntry, d: DateMention, agreedOn = false): number {
  const date = c.entry.date;
  if (d.kind === 'decade' && d.value) {
    const y = Number(date.slice(0, 4));
    const from = Number(d.value.slice(0, 4));
    return y >= from && y <= from + 9 ? 5 : 0;
  }
  let best = 0;
  if (d.value) {
    const shared = sharedPrecision(date, d.value);
    if (shared > 0) best = 6 + shared;
    else if (date.length === 10 && d.value.length === 10 && Math.abs(dayDiff(date, d.value)) <= 2) best = 7;
    else if (d.end && startOf(d.value) <= startOf(date) && startOf(date) <= d.end) best = 7;
    else if (!agreedOn && startOf(d.value) >= startOf(date) && (!c.entry.until || startOf(d.value) < startOf(c.entry.until))) best = 2;
  }
  // "in November" with no year written: the dates module picks a year from the article date
  // (or none); the month alone still fits the catalogue's entries of that month.
  const inYear = monthInYear(d.expr, Number(date.slice(0, 4)));
  if (inYear && inYear.length >= 7 && inYear.slice(0, 4) === date.slice(0, 4)) {
    const shared = sharedPrecision(date, inYear);
    if (shared >= 2) best = Math.max(best, 3 + shared);
  }
  return best;
}
