// What the grammar recognises, before any reference date is applied. resolve.ts turns these into
// ISO values; keeping the two apart lets one expression be resolved against any reference.

import type { Season, Unit } from './lexicon.js';

/** early/mid/late in "early April", "mid-May", "the end of 2016": kept, though values stay at the unit's precision. */
export type Part = 'early' | 'mid' | 'late';

/**
 * Direction a modifier imposes, overriding the sentence tense:
 * prev = strictly before the reference ("last Saturday"), next = strictly after ("next week"),
 * past = on or before ("since December"), this = the reference's own period ("this May").
 */
export type Direction = 'prev' | 'next' | 'past' | 'this' | null;

export type Expr =
  /** day and month written; year written or taken from the reference. wd: a weekday written with it */
  | { t: 'date'; y: number | null; m: number; d: number; wd: number | null; dir: Direction; numeric: boolean; ambiguous: boolean; alt: { m: number; d: number } | null; yearOffset?: number }
  /** a month, with or without year; yearOffset: its year told relative to the reference ("in November last year": -1) */
  | { t: 'month'; y: number | null; m: number; dir: Direction; part: Part | null; yearOffset?: number }
  | { t: 'year'; y: number; part: Part | null }
  | { t: 'year-range'; y1: number; y2: number }
  | { t: 'day-range'; y: number | null; m: number; d1: number; d2: number; dir: Direction }
  | { t: 'decade'; y: number; part: Part | null }
  | { t: 'weekday'; wd: number; dir: Direction }
  /** today (day 0), yesterday (day -1), last week (week -1), this month (month 0), next year (year +1) */
  | { t: 'deictic'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year'; offset: number; part: Part | null }
  /** "over the weekend": the weekend the tense points to */
  | { t: 'weekend'; dir: Direction }
  /** this/last/next summer, summer 2020 */
  | { t: 'season'; season: Season; dir: Direction; y: number | null }
  /**
   * n units before/after a base: "two days ago" (base: the article date), "a week earlier",
   * "the previous day" (base: the narrative anchor). n null: vague or approximate.
   */
  | { t: 'offset'; unit: Unit; n: number | null; sign: -1 | 0 | 1; base: 'reference' | 'anchor' }
  | { t: 'duration' }
  /** "now", "recently", "soon": TimeML's PRESENT_REF, PAST_REF, FUTURE_REF (no calendar value) */
  | { t: 'ref'; ref: RefValue }
  /**
   * A quarter (Q) or half (H) of a year: "the third quarter", "third-quarter", "the first half of
   * 1990", "this year's fourth quarter". n null: "the quarter", "the latest quarter". y: a written
   * year; yearOffset: "last year's" (-1), "this year's" (0); rel: "this/current" (0), "latest"
   * (the last one completed), "next" (+1), "year-ago" (the one a year before the story's).
   */
  | { t: 'period'; unit: 'Q' | 'H'; n: number | null; y: number | null; yearOffset: number | null; rel: PeriodRel };

export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
export type PeriodRel = 'this' | 'latest' | 'next' | 'year-ago' | null;
