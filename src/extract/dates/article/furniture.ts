// Dates of the page rather than of the story: a header or byline ("Published: 16 May 2016",
// "Mon Nov 18, 2013 1:37pm EST"), a machine stamp ("datePublished": "2023-10-05T19:31:00+02:00"),
// a photo caption near the top, a date closing the article's last lines, a copyright year.

import type { ArticleDateSource, Doc, Time } from '../../../types.js';
import { formatDay, formatYear, isValidDay, parseTime } from '../../../time/calendar.js';
import { allMatches, compile } from '../../../annotate/pattern.js';
import { scanText, scanTokens, type Match } from '../grammar.js';
import { dateTokensIn, mayHoldDay, sentenceDateTokens } from '../tokens.js';
import { isListItem, isOffLimits, LINE_CHARS, type Line } from './lines.js';
import { americanPage, numericOrder } from './month-first.js';
import type { Knowledge } from '../../../knowledge/index.js';

const HEADER_LINE_MAX = 160;

export interface Found {
  value: Time;
  source: ArticleDateSource;
  start: number;
  stop: number;
  ambiguous?: boolean;
  /** a numeric date written with slashes ("7/8/2025"): the US month-first reading is the other one */
  slashed?: boolean;
  /** a dateline's year read from the offices of the people named (office-year.ts) */
  yearInferred?: boolean;
}

/** A full date (day, month, year) read from a line; the numeric alternative when ambiguous. */
interface FullDate {
  y: number;
  m: number;
  d: number;
  alt: { m: number; d: number } | null;
  numeric: boolean;
  match: Match;
}

/** Full dates in a string no Doc was made of (a metadata value). */
export function fullDates(line: string): FullDate[] {
  return fullOf(scanText(line));
}

/** Full dates of the Doc within text offsets [start, end) (a header line), match offsets from `start`. */
export function fullDatesIn(doc: Doc, start: number, end: number): FullDate[] {
  if (!mayHoldDay(doc, start, end)) return [];
  return fullOf(scanTokens(dateTokensIn(doc, start, end)));
}

/** Every date expression of the Doc, sentence by sentence, offsets into the text (up to `limit`). */
export function* docDates(doc: Doc, limit = Infinity): Generator<Match> {
  for (const s of doc.sentences) {
    if (s.start >= limit) return;
    for (const m of scanTokens(sentenceDateTokens(doc, s))) {
      if (s.start + m.stop > limit) return;
      yield { ...m, start: s.start + m.start, stop: s.start + m.stop };
    }
  }
}

/** The full dates (day, month, year) among date matches, with the numeric alternative reading when there is one. */
export function fullOf(matches: Iterable<Match>): FullDate[] {
  const out: FullDate[] = [];
  for (const m of matches) {
    const e = m.expr;
    if (e.t === 'date' && e.y !== null) out.push({ y: e.y, m: e.m, d: e.d, alt: e.alt, numeric: e.numeric, match: m });
  }
  return out;
}

const FURNITURE_WORDS = new Set([
  'published', 'updated', 'posted', 'date', 'dated', 'comments', 'comment', 'by', 'on', 'at', 'am', 'pm', 'gmt',
  'utc', 'msk', 'azt', 'amt', 'last', 'created', 'time', 'share', 'views', 'view', 'read', 'min',
  'mins', 'minutes', 'reading', 'written', 'author', 'edited', 'issue', 'news', 'local', 'and', 'source',
  // "Sputnik | Live updates | 10 August 2014"
  'live', 'updates', 'blog',
  'datepublished', 'datecreated', 'pubdate', 'publishdate', 'first', 'est', 'edt', 'et', 'cet', 'cest', 'bst',
  // "Updated 2 years ago"
  'ago', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
]);
// The regular expressions below read one short line (a header, a caption, a byline: at most
// HEADER_LINE_MAX characters) or the same line as the file has it before cleaning, which has no
// Doc: over such a line a regex is the plain tool, and its cost is bounded by the line.
const BYLINE = /\b(?:by|comments?|posted|published|written|author|updated)\b|datePublished/i;
const PUBLISHED = /\b(?:posted|published|first published)\b|datePublished|pubdate/i;

/**
 * A line of page furniture around a date: besides the date only furniture words
 * ("Published", "Comments 0 comments", "10:32 AM", "Tue") and a few capitalised names (an author).
 * A line with any other lower-case word is prose, and its date is an event's.
 */
function isFurnitureLine(line: string, m: Match): boolean {
  if (line.length > HEADER_LINE_MAX || isOffLimits(line) || isListItem(line)) return false;
  if (m.prep === null && venueDateLine(line, m)) return true;
  const rest = `${line.slice(0, m.start)} ${line.slice(m.stop)}`.replace(/\b[ap]\.m\./gi, ' ');
  const words = rest.match(/[A-Za-z\u00C0-\u024F]{1,40}/g) ?? [];
  // a byline may name its author in lower case ("Posted on 14/10/2020 by admin")
  let lower = BYLINE.test(line) ? 1 : 0;
  let names = 0;
  for (const w of words) {
    const lw = w.toLowerCase();
    if (FURNITURE_WORDS.has(lw)) continue;
    if (w[0] !== w[0].toUpperCase()) {
      if (--lower < 0) return false;
    } else if (++names > 4) return false;
  }
  if (m.prep !== null && m.prep !== 'on' && m.prep !== 'at') return false;
  return true;
}

/** Small words a transcript's title line may hold besides names ("Statement by the Minister of ..."). */
const TITLE_FUNCTION_WORDS = new Set(['by', 'of', 'the', 'at', 'on', 'and', 'to', 'with', 'for', 'in', 'a', 'an']);

/**
 * The title line of an official transcript or statement, closed by its venue and day:
 * "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 11, 2019",
 * "Statement by the President of Russia, Moscow, 9 November 2020". The date ends the line and a
 * capitalised place stands between commas before it; the rest is names and small words.
 */
function venueDateLine(line: string, m: Match): boolean {
  if (!/^[\s.]*$/.test(line.slice(m.stop))) return false;
  const before = line.slice(0, m.start);
  if (!/,\s*\p{Lu}[\p{L}.'\- ]{1,40},\s*$/u.test(before)) return false;
  const words = before.match(/[\p{L}]{1,40}/gu) ?? [];
  return words.length >= 3 && words.every((w) => w[0] !== w[0].toLowerCase() || TITLE_FUNCTION_WORDS.has(w));
}

/** Nothing but furniture words, numbers and punctuation ("Published: ", " | 14:02"). */
function onlyFurniture(rest: string): boolean {
  return (rest.match(/[A-Za-z\u00C0-\u024F]{2,40}/g) ?? []).every((w) => FURNITURE_WORDS.has(w.toLowerCase()));
}

/** The line of the original file around a cleaned-text offset (at most LINE_CHARS each way). */
function rawLineAt(raw: string, origin: Int32Array, at: number): string {
  const p = origin[Math.min(Math.max(at, 0), origin.length - 1)];
  const from = Math.max(0, p - LINE_CHARS);
  const s = raw.lastIndexOf('\n', p);
  const e = raw.indexOf('\n', p);
  return raw.slice(Math.max(from, s + 1), e < 0 ? Math.min(raw.length, p + LINE_CHARS) : Math.min(e, p + LINE_CHARS));
}

function foundFrom(line: Line, f: FullDate, source: ArticleDateSource): Found {
  const out: Found = { value: formatDay(f.y, f.m, f.d), source, start: line.start + f.match.start, stop: line.start + f.match.stop };
  if (f.alt) {
    out.ambiguous = true;
    if (line.text.slice(f.match.start, f.match.stop).includes('/')) out.slashed = true;
  }
  return out;
}

/**
 * "20th June 2016, Comments 0 comments", "Published: 16 May 2016", "May 16, 2016 10:32 AM",
 * "Updated 6:14 PM GMT+4, October 26, 2020". A line saying "published" or "posted" beats one
 * saying "updated"; a headline that is nothing but a date and a time is a header too.
 */
export function findHeader(doc: Doc, head: Line[]): Found | null {
  const { raw, origin } = doc.article;
  let first: Found | null = null;
  for (const line of head) {
    if (line.text.length > HEADER_LINE_MAX) continue;
    for (const f of fullDatesIn(doc, line.start, line.start + line.text.length)) {
      if (!isFurnitureLine(line.text, f.match)) continue;
      // a title is a header only when nothing but furniture stands around its date
      if (line.title && !onlyFurniture(line.text.slice(0, f.match.start) + line.text.slice(f.match.stop))) continue;
      // cleaning may have stripped the furniture ("Comments 0 comments"): judge by the line as the file has it
      const rawLine = rawLineAt(raw, origin, line.start + f.match.start);
      const byline = BYLINE.test(line.text) || BYLINE.test(rawLine);
      const found = foundFrom(line, f, byline ? 'byline' : 'header');
      if (PUBLISHED.test(line.text) || PUBLISHED.test(rawLine)) return found;
      first ??= found;
      break;
    }
  }
  return first;
}

/**
 * A machine-readable publication stamp left in the text by a scraper: JSON-LD or meta tags
 * ("datePublished": "2023-10-05T19:31:00+02:00", article:published_time). The calendar day as
 * written: its time zone is the publisher's.
 */
const STAMP = /(?:datePublished|published_time|pubdate|publishDate|dateCreated)["']?\s*(?:[:=]|content=)\s*["']?(\d{4})-(\d{2})-(\d{2})/i;

export function findStamp(head: Line[]): Found | null {
  for (const line of head) {
    const m = STAMP.exec(line.text);
    if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) continue;
    const start = line.start + m.index + m[0].length - 10;
    return { value: `${m[1]}-${m[2]}-${m[3]}`, source: 'header', start, stop: start + 10 };
  }
  return null;
}

// "Photo" capitalised or a credit: a caption, not prose that mentions "a photo"
const PHOTO = /\bPhoto\b|\bPHOTO\b|[Gg]etty [Ii]mages|REUTERS\/|\/ ?AFP\b|AFP ?\/|\bAP ?\/|[Cc]redit:|[Ss]hutterstock|\b[Pp]ic:/;

/** "... on May 16, 2016 in Vienna (AFP Photo/Leonhard Foeger)": a captioned photo dated by its agency. */
export function findCaption(doc: Doc, head: Line[]): Found | null {
  for (const line of head) {
    if (line.title || !PHOTO.test(line.text) || isListItem(line.text)) continue;
    const f = fullDatesIn(doc, line.start, line.start + line.text.length)[0];
    if (f) return foundFrom(line, f, 'caption');
  }
  return null;
}

/** "... observe ceasefire in Nagorno Karabakh 06.04.2016": a numeric date closing one of the last lines, or a furniture line. */
export function findFooter(doc: Doc, tail: Line[]): Found | null {
  for (const line of tail) {
    const all = fullDatesIn(doc, line.start, line.start + line.text.length);
    const last = all[all.length - 1];
    if (!last) continue;
    const after = line.text.slice(last.match.stop);
    // "... ceasefire in Nagorno Karabakh 06.04.2016" closes a line; "signed on 10.11.2020" is prose about an event
    const closing = last.numeric && last.match.prep === null && /^[\s.,;:)|\]-]{0,5}$/.test(after);
    if (closing || isFurnitureLine(line.text, last.match)) return foundFrom(line, last, 'footer');
  }
  return null;
}

/**
 * "© 2016 AFP", "(c) 2016", "Copyright 2016": a year, and only a year. It never dates the article
 * (a site stamps every page with the current year) but may give a yearless dateline its year.
 * Site-wide spans ("© 2005-2023") say nothing.
 */
const COPYRIGHT = compile('(© | #Paren ~c ~#Close | copyright) <#Year> ! ~ (- | – | —)');

export function findCopyright(doc: Doc): Found | null {
  const T = doc.tokens;
  let last: { start: number; stop: number; year: number } | null = null;
  for (const m of allMatches(COPYRIGHT, T)) {
    const year = Number(T[m.capture![0]].text);
    if (year >= 1900 && year <= 2099) last = { start: T[m.start].start, stop: T[m.end - 1].end, year };
  }
  return last && { value: formatYear(last.year), source: 'copyright', start: last.start, stop: last.stop };
}

/**
 * Settles a day-first numeric date that could be read month-first ("06.04.2016", "7/8/2025"):
 * the order the page's other numeric dates fix; else, for a slashed date on an American page
 * (month-first.ts), the month first; else the reading whose month the text names more often,
 * day-first on a tie. Either way it is flagged.
 */
export function settleAmbiguous(found: Found, doc: Doc, head: Line[], k?: Knowledge): Found {
  if (!found.ambiguous) return found;
  const here = parseTime(found.value);
  if (!here || here.m === null || here.d === null) return found;
  const swapped = isValidDay(here.y, here.d, here.m) ? { ...found, value: formatDay(here.y, here.d, here.m) } : found;
  const order = numericOrder(doc, found);
  if (order) return order === 'month-first' ? swapped : found;
  if (found.slashed && americanPage(doc, head, k)) return swapped;
  const counts = new Map<number, number>();
  for (const m of docDates(doc)) {
    if (m.start >= found.start && m.stop <= found.stop) continue;
    const e = m.expr;
    if ((e.t === 'date' && !e.numeric) || e.t === 'month' || e.t === 'day-range') counts.set(e.m, (counts.get(e.m) ?? 0) + 1);
  }
  return (counts.get(here.d) ?? 0) > (counts.get(here.m) ?? 0) ? swapped : found;
}
