// How strongly the words around one mention point to each catalogue entry: dates next to it
// ("a 1994 ceasefire", "on Nov. 10, 2020", "in November"), names and cues ("four days of
// heavy clashes", "six-week conflict"), and brokers ("Russian-brokered").

import type { DateMention } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import { monthInYear } from '../dates/index.js';
import type { CatalogueEntry } from './catalogue.js';
import { normalizePhrase } from './catalogue.js';
import type { CeasefireMention } from './mentions.js';
import { brokersIn } from './brokers.js';
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
// A date written as the truce's own: "a 1994 ceasefire", "the November 2020 deal", "a truce in
// 1994", "agreement on Nov. 10, 2020", "a truce signed in Moscow on 10 October". A date after
// other words ("restore a truce when they met on Monday", "violated on Monday") is not.
const AGREED_VERB = '(?:signed|agreed|reached|brokered|announced|declared|struck|sealed|concluded|mediated|negotiated|established|arranged|secured|hammered\\s+out|worked\\s+out|put\\s+in\\s+place|took\\s+effect|came\\s+into\\s+(?:force|effect)|went\\s+into\\s+(?:force|effect)|entered\\s+into\\s+force|(?:in|into)\\s+force|in\\s+place|in\\s+effect)';
// "a truce arranged by Iranian envoys in March", "the regime of ceasefire which is in force since 1994"
// ("since" only after "in force": "a ceasefire since last Saturday's clashes" dates the clashes)
const DATE_AFTER = new RegExp(`^[\\s,(]*(?:(?:which|that)\\s+)?(?:(?:was|were|is|are|had|has|have|been)\\s+){0,2}(?:(?:${AGREED_VERB}\\s+)?(?:(?:in|by|with|under)\\s+[\\p{L}.-]+(?:\\s+[\\p{L}.-]+)?\\s+)?(?:of|in|on|from|dated|at)?|(?:in|into)\\s+(?:force|place|effect)\\s+since|(?:held|holding)\\s+since)\\s*$`, 'iu');
const DATE_BEFORE = /^\s*(?:['’]s)?\s*(?:(?!(?:the|a|an|this|that)\s)[\p{L}-]+\s+){0,2}$/iu;

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
  text: string;
  /** date mentions of the mention's sentence */
  dates: DateMention[];
  /** the names and cues (normalised) found in neighbouring sentences that cite no ceasefire themselves */
  neighbours: Set<string>;
  candidates: CatalogueEntry[];
  knowledge: Knowledge;
}

export function mentionEvidence(input: EvidenceInput): MentionEvidence {
  const { mention: m, window, text, candidates } = input;
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
  const between = (d: DateMention) => text.slice(Math.min(d.stop, m.end), Math.max(d.start, m.start));
  const tight = usable
    .filter((d) => d.start >= window[0] && d.stop <= window[1] && gapOf(d) <= TIGHT_GAP && (d.stop <= m.start ? DATE_BEFORE : DATE_AFTER).test(between(d)))
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
  const local = normalizePhrase(text.slice(window[0], window[1]));
  for (const c of candidates) {
    if (m.aliasOf === c.entry.id) bump(c.entry.id, ALIAS_WEIGHT);
    const here = (list: string[]) => outermost(list.filter((p) => affirmed(local, p))).length;
    const near = (list: string[]) => outermost(list.filter((p) => !local.includes(p) && input.neighbours.has(p))).length;
    const [aliases, cues] = [here(c.aliases), here(c.cues)];
    if (aliases) bump(c.entry.id, ALIAS_WEIGHT * aliases);
    if (cues) bump(c.entry.id, CUE_WEIGHT * cues);
    const [nearAliases, nearCues] = [near(c.aliases), near(c.cues)];
    if (nearAliases + nearCues) bump(c.entry.id, (ALIAS_WEIGHT * nearAliases + CUE_WEIGHT * nearCues) * NEIGHBOUR_FACTOR, true, false);
  }

  // Brokers.
  const brokers = brokersIn(text.slice(window[0], window[1]), input.knowledge);
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
const NEGATION = / (?:no|not|never|without|nor)$/;

/** True when the (normalised) phrase occurs in the text at least once without a negation before it. */
function affirmed(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!NEGATION.test(text.slice(Math.max(0, at - 8), at))) return true;
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
