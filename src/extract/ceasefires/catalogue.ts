// The ceasefire catalogue as the resolver reads it: the merged knowledge entries (bundled plus
// the user's --knowledge files) with their names and cues normalised once per knowledge base.

import type { Knowledge } from '../../knowledge/index.js';
import type { CeasefireEntry } from '../../knowledge/types.js';
import type { DocToken } from '../../types.js';
import { fold } from '../../knowledge/text.js';
import { addDays, endOf, startOf } from '../../time/partial.js';

export interface CatalogueEntry {
  entry: CeasefireEntry;
  /** normalised aliases (and the name): a phrase that names this ceasefire */
  aliases: string[];
  /** normalised cues: phrases near a mention that point to this ceasefire */
  cues: string[];
  /** the group entry this one belongs to, if any */
  group: CeasefireEntry | null;
}

/**
 * Lower-case, accents folded, every run of non-letters/digits one space, possessive 's dropped,
 * padded with spaces so that `includes(' phrase ')` is a whole-word test.
 * "April's four-day war" → " april four day war ".
 */
export function normalizePhrase(s: string): string {
  return ` ${fold(s).replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * Which of a list of phrases (as normalizePhrase writes them) the words (as phraseOf writes
 * them) hold, for list after list. A phrase is held only if its first word is one of the words: that one look-up turns
 * away most phrases before any substring search (a mention weighs some three hundred).
 */
export function phrasesIn(words: string): (phrases: readonly string[]) => string[] {
  const present = new Set(words.split(' '));
  return (phrases) => phrases.filter((p) => present.has(firstWord(p)) && words.includes(p));
}

const firstWords = new Map<string, string>();

/** " four day war " → "four" (memoised: the catalogue's phrases are few and fixed, and read for every mention). */
function firstWord(phrase: string): string {
  let w = firstWords.get(phrase);
  if (w === undefined) {
    w = phrase.slice(1, phrase.indexOf(' ', 1));
    firstWords.set(phrase, w);
  }
  return w;
}

/**
 * The words of tokens [from, to) of the Doc as normalizePhrase writes a phrase: folded, the
 * possessive 's dropped, space-separated and space-padded, so a catalogue phrase is found in
 * it with `includes`.
 */
export function phraseOf(T: readonly DocToken[], from: number, to: number): string {
  let out = ' ';
  for (let i = from; i < to; i++) {
    const t = T[i];
    if (t.kind !== 'word') continue;
    if (t.folded === 's' && !t.spaced && i > from && (T[i - 1].text === "'" || T[i - 1].text === '’')) continue;
    out += `${t.folded} `;
  }
  return out;
}

/** how many days after an article's date a truce it announces may take effect */
const ANNOUNCED_AHEAD_DAYS = 2;

export class Catalogue {
  readonly entries: CatalogueEntry[];
  private readonly byId = new Map<string, CatalogueEntry>();

  constructor(list: CeasefireEntry[]) {
    const groups = new Map<string, CeasefireEntry>();
    for (const e of list) for (const m of e.members ?? []) groups.set(m, e);
    this.entries = list.map((entry) => ({
      entry,
      aliases: unique([entry.name, ...(entry.aliases ?? [])].map(normalizePhrase)),
      cues: unique((entry.cues ?? []).map(normalizePhrase)),
      group: groups.get(entry.id) ?? null,
    }));
    for (const e of this.entries) this.byId.set(e.entry.id, e);
  }

  get(id: string): CatalogueEntry | undefined {
    return this.byId.get(id);
  }

  /**
   * Entries that existed at a date: an article cannot cite a truce agreed after it was written,
   * except one announced for the coming days ("agreed Sunday to a truce taking effect Monday":
   * the catalogue dates a truce by when it took effect).
   */
  before(date: string | null): CatalogueEntry[] {
    if (!date) return this.entries;
    const last = addDays(endOf(date), ANNOUNCED_AHEAD_DAYS);
    return this.entries.filter((e) => startOf(e.entry.date) <= last);
  }

  /**
   * The truce writers mean by "the ceasefire" at a date: the latest agreed on or before it that
   * had not yet lapsed (`until`). A member wins over its group when both are in force.
   */
  inForce(date: string | null): CatalogueEntry | null {
    if (!date) return null;
    const day = endOf(date);
    let best: CatalogueEntry | null = null;
    for (const e of this.entries) {
      const from = startOf(e.entry.date);
      if (from > day) continue;
      if (e.entry.until && startOf(e.entry.until) <= startOf(date)) continue;
      if (!best || from > startOf(best.entry.date)) best = e;
    }
    return best;
  }

  /**
   * The truce that lapsed in the days before a date, when none is in force: "the truce
   * collapsed" in an article written as a war broke out means the one that just ended.
   */
  lapsedWithin(date: string | null, days: number): CatalogueEntry | null {
    if (!date) return null;
    const day = startOf(date);
    const from = addDays(day, -days);
    let best: CatalogueEntry | null = null;
    for (const e of this.entries) {
      const until = e.entry.until ? startOf(e.entry.until) : null;
      if (!until || until > day || until < from) continue;
      if (!best || until > startOf(best.entry.until!)) best = e;
    }
    return best;
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim()))];
}

const cache = new WeakMap<Knowledge, Catalogue>();

/** One Catalogue per knowledge base (knowledge bases are immutable). */
export function catalogueOf(k: Knowledge): Catalogue {
  let c = cache.get(k);
  if (!c) {
    c = new Catalogue(k.ceasefires);
    cache.set(k, c);
  }
  return c;
}
