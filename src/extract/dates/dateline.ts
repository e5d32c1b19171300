// The wire dateline, one set of rules for every extractor: a place opening a line, in capitals
// ("MOSCOW:", "VIENNA (AP) —", "SOCHI, Russia, Oct 31 (Reuters) -"), before a dash ("Astrakhan -
// The presidents ..."), alone as a press release's venue line ("St Petersburg, Konstantin
// Palace"), or with a date ("Moscow, June 20 (AFP) -"). The date fixes the article's day (its
// year may come from elsewhere); the place is where the article's own meeting happened. The
// dates module reads the date; meetings ask whether a known city they found opens a dateline.

import type { Doc } from '../../types.js';
import { scanTokens } from './grammar.js';
import { dateTokensIn, mayHoldDay } from './tokens.js';

/** The date a dateline writes; y null when it leaves the year out ("BRUSSELS, May 14 (Reuters)"). */
export interface DatelineDate {
  y: number | null;
  m: number;
  d: number;
  /** offsets of the date in the cleaned text */
  start: number;
  stop: number;
}

const LINE_CHARS = 120;
// The shapes below are read over one line's first LINE_CHARS characters, where a regular
// expression is the plain tool and costs no more than the line; the date itself is read off the Doc.
/** What may follow the place in a capitals dateline: a colon, a comma, a parenthesis or a dash. */
const OPENER = /^\s*[:,(\u2014-]/;
/** The place of a dateline, with up to two more names after commas ("SOCHI", "BAKU, Azerbaijan"). */
const PLACE = "[A-Z][A-Za-z\\u00C0-\\u024F'.\\- ]{1,40}(?:,[ ]{0,2}[A-Z][A-Za-z\\u00C0-\\u024F'.\\- ]{1,30}){0,2}";
/** ... then a comma before the date ... */
const CITY = new RegExp(`^${PLACE},[ ]{0,3}$`);
// ... or the agency's credit and a dash: "ST. PETERSBURG, Russia (AP) — June 6, 2008 —"
const CITY_CREDIT = new RegExp(`^${PLACE}[ ]{0,2}\\([A-Za-z][A-Za-z .&/-]{0,30}\\)[ ]{0,2}[\\u2013\\u2014-]{1,2}[ ]{0,3}$`);
/** What a line must open with to hold a place of either shape: the place, then its comma or the agency's parenthesis. */
const SHAPE = new RegExp(`^${PLACE}(?:,|[ ]{0,2}\\()`);
/** A line of prose: a dateline opens the story, so none is looked for after the story's first paragraphs. */
const PROSE_WORDS = 20;
const PROSE_LINES_BEFORE_STORY = 2;
// ... or, in agency English, a full stop: "Moscow, 9 November 2020." ending its line, before the
// agency ("MOSCOW, October 10. /TASS/.") or before the story's first sentence; or a slash before
// the agency's credit ("Baku, Azerbaijan, Oct.28 / Trend A.Gasimova /")
const AFTER_DATE = /^[ ]{0,3}(?:\([A-Za-z][A-Za-z .&/-]{0,30}\)|-{1,3}|[\u2013\u2014:]|\/[ ]{0,3}\p{Lu}|\.[ ]{0,3}(?:$|\/|\p{Lu}))/u;

/** A written day and month after the place, maybe its country first: ", November 29", ", Azerbaijan, 14 March 2022". */
const WRITTEN_DAY = /^,[ ]{0,2}(?:\p{Lu}[\p{L}'.\- ]{1,30},[ ]{0,2})?(?:\d{1,2}[ ]+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?[ ]{0,2}\d{1,2})(?:,?[ ]+\d{4})?/u;

/** The dates of the dateline-shaped lines opening within the first `window` characters, in text order. */
export function* datelineDates(doc: Doc, window: number): Generator<DatelineDate> {
  const text = doc.article.text;
  let pos = 0;
  // a teaser or two may stand above the story; past them, "Davit, Jan 15, 2026: ..." is a comment
  let prose = 0;
  while (pos < text.length && pos <= window && prose <= PROSE_LINES_BEFORE_STORY) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + LINE_CHARS));
    const lead = line.length - line.trimStart().length;
    const date = datelineDate(doc, line.slice(lead), pos + lead);
    if (date) yield date;
    else if (isProse(text, pos, nl)) prose++;
    pos = nl + 1;
  }
}

/** At least PROSE_WORDS words on the line (counted over its first characters only). */
function isProse(text: string, from: number, to: number): boolean {
  let words = 0;
  const end = Math.min(to, from + PROSE_WORDS * 12);
  for (let i = from; i < end; i++) if (text[i] === ' ' && text[i + 1] !== ' ' && ++words >= PROSE_WORDS) return true;
  return false;
}

/** "SOCHI, Oct 31 (Reuters) -", "BAKU, Azerbaijan, May 16, 2016 -": a written day and month after the place. */
function datelineDate(doc: Doc, line: string, at: number): DatelineDate | null {
  // the place's shape (CITY or CITY_CREDIT before the date) and a day's digit, tested before the grammar runs
  if (!SHAPE.test(line) || !mayHoldDay(doc, at, at + line.length)) return null;
  const m = scanTokens(dateTokensIn(doc, at, at + line.length))[0];
  if (!m || m.expr.t !== 'date' || m.prep !== null || m.expr.numeric || m.start > 60) return null;
  const place = line.slice(0, m.start);
  if (!(CITY.test(place) || CITY_CREDIT.test(place)) || !AFTER_DATE.test(line.slice(m.stop))) return null;
  return { y: m.expr.y, m: m.expr.m, d: m.expr.d, start: at + m.start, stop: at + m.stop };
}

/**
 * Does the name at [start, end) of the text (a place found by the entity pass) open a dateline?
 * It must open a line, and the rest of that line must have a dateline's shape.
 */
export function opensDateline(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  // only the line's first characters matter: a megabyte-long line costs no more than a short one
  let nl = text.indexOf('\n', end);
  if (nl < 0) nl = text.length;
  const cut = Math.min(nl, end + LINE_CHARS);
  return datelineShape(text.slice(start, end), text.slice(end, cut), cut === nl);
}

/** The place's name and the rest of its line (its first LINE_CHARS characters; lineEnds: the line ends there). */
function datelineShape(name: string, rest: string, lineEnds: boolean): boolean {
  if (name === name.toUpperCase() && OPENER.test(rest)) return true;
  // "Madrid, November 29 (AzerTAg).", "Baku, 14 March 2022.", "Yerevan, Armenia, May 3 -": a date and a dateline's close
  const dated = WRITTEN_DAY.exec(rest);
  if (dated && AFTER_DATE.test(rest.slice(dated[0].length))) return true;
  if (/^\s+[\u2013\u2014-]\s/.test(rest)) return true;
  // a venue line of its own: "St Petersburg" or "St Petersburg, Konstantin Palace"
  return lineEnds && (rest.trim() === '' || (/^,\s*\p{Lu}[\p{L} .'-]*$/u.test(rest) && rest.split(/\s+/).length <= 6));
}
