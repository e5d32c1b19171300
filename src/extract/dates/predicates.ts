// Token predicates of the date grammar: what a token is (a day, a year, a month name, a
// weekday) judged with its neighbours, so "10:32", "Su-25" and "2,000 troops" are never dates.

import { COUNT_NOUNS, MONTHS, MONTH_ABBREVIATIONS, RISKY_MONTHS, WEEKDAYS } from './lexicon.js';
import type { Token } from './tokens.js';

export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';
export const APOSTROPHES = "'\u2019\u2018`";

export function word(T: Token[], j: number): string | null {
  return j >= 0 && j < T.length && T[j].kind === 'word' ? T[j].lower : null;
}

export function punct(T: Token[], j: number, chars: string): boolean {
  return j >= 0 && j < T.length && T[j].kind === 'punct' && chars.includes(T[j].text);
}

/** T[j] exists and touches the token before it. */
export function glued(T: Token[], j: number): boolean {
  return j < T.length && !T[j].spaced;
}

export function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const rest = t.text.slice(1);
  // "May" or "MAY", never "MaY"
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

export function isNumber(T: Token[], j: number): boolean {
  return j >= 0 && j < T.length && T[j].kind === 'number';
}

/** Words a year may hang from with a hyphen: "mid-2016", "pre-1991". */
const HYPHEN_PREFIXES = new Set(['mid', 'early', 'late', 'end', 'pre', 'post', 'since']);

/**
 * A number standing on its own, not part of a time ("10:32"), a percentage, a decimal or
 * numeric chain ("3.5", "1.2.3"), an identifier ("Su-25", "COVID-19") or a currency amount.
 */
export function isolated(T: Token[], j: number): boolean {
  return isolatedAfter(T, j) && isolatedBefore(T, j);
}

export function isolatedAfter(T: Token[], j: number): boolean {
  const n = j + 1;
  if (glued(T, n)) {
    const t = T[n];
    if (t.kind === 'word' || t.kind === 'number') return false;
    if (t.text === '%') return false;
    // "10:32", "3.5", "1.2.3" (a colon before a space ends a heading: "March 2021: protests")
    if ('.:/,'.includes(t.text) && isNumber(T, n + 1) && glued(T, n + 1)) return false;
  }
  return true;
}

export function isolatedBefore(T: Token[], j: number): boolean {
  if (j > 0 && !T[j].spaced) {
    const p = T[j - 1];
    if (p.kind !== 'punct') return false;
    if (':$\u20ac\u00a3#\u2116+'.includes(p.text)) return false;
    if ('./'.includes(p.text) && isNumber(T, j - 2) && !p.spaced) return false;
    if (DASHES.includes(p.text) && !p.spaced && j >= 2) {
      const q = T[j - 2];
      if (q.kind === 'number') return false;
      if (q.kind === 'word' && !HYPHEN_PREFIXES.has(q.lower)) return false;
    }
  }
  return true;
}

export function dayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.digits > 2) return null;
  if (t.value < 1 || t.value > 31) return null;
  return isolated(T, j) ? t.value : null;
}

/** The second day of a range ("16-17"): glued to the dash by design, so only what follows matters. */
export function rangeEndDayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.digits > 2) return null;
  if (t.value < 1 || t.value > 31) return null;
  return isolatedAfter(T, j) ? t.value : null;
}

export function yearAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'number' || t.grouped || t.decade || t.ordinal || t.digits !== 4) return null;
  if (t.value < 1000 || t.value > 2100) return null;
  return isolated(T, j) ? t.value : null;
}

export function countNounAt(T: Token[], j: number): boolean {
  const w = word(T, j);
  return w !== null && COUNT_NOUNS.has(w);
}

export function monthAt(T: Token[], j: number): { m: number; next: number; abbr: boolean; risky: boolean } | null {
  const t = T[j];
  if (!t || t.kind !== 'word' || !capitalised(t)) return null;
  const full = MONTHS.get(t.lower);
  if (full) return { m: full, next: j + 1, abbr: false, risky: RISKY_MONTHS.has(t.lower) };
  const abbr = MONTH_ABBREVIATIONS.get(t.lower);
  if (abbr) {
    const dot = punct(T, j + 1, '.') && glued(T, j + 1);
    return { m: abbr, next: dot ? j + 2 : j + 1, abbr: true, risky: RISKY_MONTHS.has(t.lower) };
  }
  return null;
}

export function weekdayAt(T: Token[], j: number): number | null {
  const t = T[j];
  if (!t || t.kind !== 'word' || !capitalised(t)) return null;
  return WEEKDAYS.get(t.lower) ?? null;
}

/** "'s" after a token: "April's violence", "Monday's encounter". */
export function possessiveAt(T: Token[], j: number): boolean {
  return punct(T, j, APOSTROPHES) && glued(T, j) && word(T, j + 1) === 's' && glued(T, j + 1);
}

/** An optional year after a day or month: "May 16, 2016", "16 May 2016", "May 1994". */
export function yearAfter(T: Token[], k: number): { y: number | null; next: number } {
  if (punct(T, k, ',') && T[k + 1]?.spaced !== false) {
    const y = yearAt(T, k + 1);
    if (y !== null && !countNounAt(T, k + 2)) return { y, next: k + 2 };
  }
  if (T[k]?.spaced) {
    const y = yearAt(T, k);
    if (y !== null && !countNounAt(T, k + 1)) return { y, next: k + 1 };
  }
  return { y: null, next: k };
}
