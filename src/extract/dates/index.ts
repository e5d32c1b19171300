// The dates module: the article's own date, every date mention, and the resolver the meeting
// and ceasefire extractors use for "on Monday". Pure functions of the text: the machine's clock
// is never read, so the same article gives the same dates on any day.

import type { AnnotatedArticle, DateKind, DateMention, Time } from '../../types.js';
import { evidenceFor } from '../../annotate/evidence.js';
import { firstIndexNotBefore } from '../../annotate/search.js';
import { parseTime, type CalendarDate } from '../../time/calendar.js';
import type { Expr } from './expression.js';
import { scanTokens } from './grammar.js';
import { lacksYear, resolveExpr, resolveInContext, writtenYearContext, type Resolution } from './resolve.js';
import { tenseAround, tokensTense, type Tense } from './tense.js';
import { sentenceDateTokens, tokenize } from './tokens.js';

export { findArticleDate } from './article-date.js';
export { sentenceTense, type Tense } from './tense.js';

/**
 * "the previous day", "a week earlier" count from the last day-precise date of the narrative,
 * if one was given in the same or the previous sentence; else from the article date.
 */
const ANCHOR_REACH_SENTENCES = 1;

/** How long a quarter stays the story's period for "a year earlier" that follows it. */
const QUARTER_REACH_SENTENCES = 2;

/** "a year ago", "a year earlier", "year-earlier": one year back. */
function isYearBefore(e: Expr): boolean {
  return e.t === 'offset' && e.unit === 'year' && e.n === 1 && e.sign === -1;
}

/** Every date expression of the article, in text order, resolved against the article date. */
export function extractDates(a: AnnotatedArticle, articleDate: Time | null): DateMention[] {
  const ref = parseTime(articleDate);
  const out: DateMention[] = [];
  let anchor: { date: CalendarDate; sentence: number } | null = null;
  let quarter: { timex: string; sentence: number } | null = null;
  for (const s of a.sentences) {
    const T = sentenceDateTokens(a, s);
    const matches = scanTokens(T);
    if (!matches.length) continue;
    const tense = tokensTense(T);
    // the last year written in this sentence: the story's year for yearless days and months after it
    let context: CalendarDate | null = null;
    for (const m of matches) {
      let r: Resolution;
      if (context && lacksYear(m.expr)) r = resolveInContext(m.expr, context);
      else {
        const local = tenseAround(T, m.first, m.last, tense);
        const near = anchor && s.index - anchor.sentence <= ANCHOR_REACH_SENTENCES ? anchor.date : null;
        r = resolveExpr(m.expr, ref, local, near);
      }
      context = writtenYearContext(m.expr) ?? context;
      // "profit rose 5% from a year earlier": in a story about a quarter, the same quarter a year before
      if (r.timex && /^\d{4}-Q\d$/.test(r.timex) && !(m.expr.t === 'period' && m.expr.rel === 'year-ago')) quarter = { timex: r.timex, sentence: s.index };
      else if (quarter && s.index - quarter.sentence <= QUARTER_REACH_SENTENCES && isYearBefore(m.expr)) {
        r = { ...r, timex: `${String(Number(quarter.timex.slice(0, 4)) - 1).padStart(4, '0')}${quarter.timex.slice(4)}` };
      }
      const start = s.start + m.start;
      const stop = s.start + m.stop;
      const mention: DateMention = {
        text: s.text.slice(m.start, m.stop),
        value: r.value,
        kind: r.kind,
        start,
        stop,
        sentenceIndex: s.index,
        evidence: evidenceFor(a, s, start, stop),
        expr: m.expr,
      };
      if (r.end !== undefined) mention.end = r.end;
      if (r.timex !== undefined) mention.timex = r.timex;
      out.push(mention);
      if (r.value && r.value.length === 10 && r.kind !== 'range') {
        const date = parseTime(r.value);
        if (date) anchor = { date, sentence: s.index };
      }
    }
  }
  return out;
}

/**
 * Resolve one expression ("Monday", "on Nov. 10, 2020", "last month", "in mid-May", "2016")
 * against a reference date. The longest expression found in the string is resolved; the
 * reference also serves as the anchor of "the previous day". null when it holds no date.
 */
export function resolveDateExpression(
  expression: string,
  ref: Time | null,
  tense: Tense,
): { value: Time | null; end?: Time | null; kind: DateKind } | null {
  const T = tokenize(expression);
  const matches = scanTokens(T);
  if (!matches.length) return null;
  let best = matches[0];
  for (const m of matches) if (m.stop - m.start > best.stop - best.start) best = m;
  const r = parseTime(ref);
  return resolveExpr(best.expr, r, tense, r);
}

/**
 * A month written without its year ("in November", "on 5 April", "mid-November"), read as
 * that month of the given year: how a reader matches it against a known date. null for any
 * other expression.
 */
export function monthInYear(e: Expr, year: number): Time | null {
  const named = e.t === 'month' || e.t === 'day-range' || (e.t === 'date' && !e.numeric);
  if (!named || e.y !== null) return null;
  const ref = parseTime(`${String(year).padStart(4, '0')}-12-31`);
  // in that year, whatever the tense: "11 January" of 2021 is not the January after it
  return resolveExpr({ ...e, dir: 'this' }, ref, 'past', ref).value;
}

/**
 * For an article the text does not date: the latest calendar day, month or year it writes out
 * (not one it resolved against a guess), a floor for when it was written that extractors may
 * use as the article's time when nothing better is known. null when it writes none.
 */
export function latestWrittenDate(mentions: DateMention[]): Time | null {
  let best: Time | null = null;
  for (const m of mentions) {
    if (m.kind !== 'date' && m.kind !== 'month' && m.kind !== 'year' && m.kind !== 'range') continue;
    const v = m.end ?? m.value;
    if (v && (best === null || v > best)) best = v;
  }
  return best;
}

/** All date mentions whose span lies in [start, stop) of the cleaned text (mentions in text order). */
export function mentionsIn(mentions: DateMention[], start: number, stop: number): DateMention[] {
  const lo = firstIndexNotBefore(mentions.length, (i) => mentions[i].start < start);
  const out: DateMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < stop; i++) {
    if (mentions[i].stop <= stop) out.push(mentions[i]);
  }
  return out;
}
