// The article's own date. Sources, best first: metadata the user gave; a wire dateline
// ("SOCHI, Oct 31 (Reuters) -"); a byline or header date near the top; a photo caption date
// near the top; a date closing the last lines; a copyright year. A date inside the prose is
// about an event, not the article, and is never used. When nothing fixes it: null.

import type { AnnotatedArticle, ArticleDate, ArticleDateSource, Time } from '../../types.js';
import { evidenceFor, sentenceAt } from '../../annotate/evidence.js';
import { dayNumber, formatDay, formatMonth, formatYear, isValidDay, parseTime } from './calendar.js';
import { scanText, type Match } from './grammar.js';

/** How much of the top and bottom is furniture worth reading; longer lines are cut, so cost stays bounded. */
const HEAD_LINES = 15;
const HEAD_CHARS = 4000;
const TAIL_LINES = 6;
const LINE_CHARS = 600;
const HEADER_LINE_MAX = 160;

interface Line {
  text: string;
  /** offset of text[0] in the cleaned article text */
  start: number;
  /** the headline: a date in it is the story's, never the page's (but a dateline may open the text) */
  title?: boolean;
}

interface Found {
  value: Time;
  source: ArticleDateSource;
  start: number;
  stop: number;
  ambiguous?: boolean;
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

export function findArticleDate(a: AnnotatedArticle): ArticleDate | null {
  const meta = a.article.meta;
  const fromMeta = metadataDate(meta.date);
  if (fromMeta) return { value: fromMeta, source: 'metadata' };
  const fromUrl = urlDate(meta.url);
  if (fromUrl) return { value: fromUrl, source: 'metadata', text: meta.url };

  const text = a.article.text;
  const head = headLines(text, a.article.title);
  const tail = tailLines(text);

  const dateline = findDateline(head);
  const settle = (f: Found | null) => (f ? settleAmbiguous(f, text) : null);
  const header = settle(findHeader(head, a.article.raw, a.article.origin));
  const caption = settle(findCaption(head));
  const titleLine = head.find((l) => l.title);
  const footer = settle(findFooter(tail.filter((l) => l.start !== titleLine?.start)));
  const copyright = findCopyright(text);

  let found: Found | null = null;
  if (dateline) {
    if (dateline.y !== null) found = dateline.found(dateline.y);
    else {
      // A dateline has no year: take it from another date of the page, the nearest reading.
      const hint = header ?? caption ?? footer;
      const hintDay = hint ? parseTime(hint.value) : null;
      if (hintDay && hintDay.m !== null && hintDay.d !== null) {
        const h = dayNumber(hintDay.y, hintDay.m, hintDay.d);
        let best: number | null = null;
        for (let y = hintDay.y - 1; y <= hintDay.y + 1; y++) {
          if (!isValidDay(y, dateline.m, dateline.d)) continue;
          if (best === null || Math.abs(dayNumber(y, dateline.m, dateline.d) - h) < Math.abs(dayNumber(best, dateline.m, dateline.d) - h)) best = y;
        }
        if (best !== null) found = dateline.found(best);
      } else if (copyright && isValidDay(Number(copyright.value), dateline.m, dateline.d)) {
        found = dateline.found(Number(copyright.value));
      }
    }
  }
  found = found ?? header ?? caption ?? footer ?? copyright;
  if (!found) return null;
  const out: ArticleDate = { value: found.value, source: found.source, text: text.slice(found.start, found.stop) };
  if (found.ambiguous) out.ambiguous = true;
  const sentence = sentenceAt(a, found.start);
  if (sentence) out.evidence = evidenceFor(a, sentence, found.start, found.stop);
  return out;
}

// ---------------------------------------------------------------- metadata

function metadataDate(d: Time | undefined): Time | null {
  if (!d) return null;
  const s = d.trim();
  if (parseTime(s)) return s;
  // "2016-05-16T10:32:00Z" and the like: the calendar day as written
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ]/.exec(s);
  if (iso && parseTime(`${iso[1]}-${iso[2]}-${iso[3]}`)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const full = fullDates(s.slice(0, 100))[0];
  return full ? formatDay(full.y, full.m, full.d) : null;
}

/** "/2016/05/16/" or "/2016-05-16-" in a URL. */
function urlDate(url: string | undefined): Time | null {
  if (!url) return null;
  const u = url.slice(0, 2000);
  const day = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/\-_.?#]|$)/.exec(u);
  if (day && isValidDay(Number(day[1]), Number(day[2]), Number(day[3]))) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//.exec(u);
  return month ? formatMonth(Number(month[1]), Number(month[2])) : null;
}

// ---------------------------------------------------------------- lines

function headLines(text: string, title: string | null): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let firstSeen = false;
  while (pos < text.length && pos < HEAD_CHARS && out.length < HEAD_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = trimLine(text, pos, Math.min(nl, pos + LINE_CHARS));
    if (line) {
      if (!firstSeen && title !== null && line.text.startsWith(title.slice(0, 40))) line.title = true;
      out.push(line);
      firstSeen = true;
    }
    pos = nl + 1;
  }
  return out;
}

function tailLines(text: string): Line[] {
  const out: Line[] = [];
  let end = text.length;
  while (end > 0 && out.length < TAIL_LINES) {
    const nl = text.lastIndexOf('\n', end - 1);
    const line = trimLine(text, Math.max(nl + 1, end - LINE_CHARS), end);
    if (line) out.push(line);
    end = nl < 0 ? 0 : nl;
  }
  return out;
}

function trimLine(text: string, s: number, e: number): Line | null {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { text: text.slice(s, e), start: s } : null;
}

/** Full dates in a line, with the numeric alternative reading when there is one. */
function fullDates(line: string): FullDate[] {
  const out: FullDate[] = [];
  for (const m of scanText(line)) {
    const e = m.expr;
    if (e.t === 'date' && e.y !== null) out.push({ y: e.y, m: e.m, d: e.d, alt: e.alt, numeric: e.numeric, match: m });
  }
  return out;
}

// ---------------------------------------------------------------- sources

const CITY = /^[A-Z][A-Za-z\u00C0-\u024F'.\- ]{1,40}(?:,[ ]{0,2}[A-Z][A-Za-z\u00C0-\u024F'.\- ]{1,30}){0,2},[ ]{0,3}$/;
const AFTER_DATELINE = /^[ ]{0,3}(?:\([A-Za-z][A-Za-z .&/-]{0,30}\)|-{1,3}|[\u2013\u2014:])/;

interface Dateline {
  y: number | null;
  m: number;
  d: number;
  found: (y: number) => Found;
}

/** "SOCHI, Oct 31 (Reuters) -", "MOSCOW, June 20 (AFP)", "BAKU, Azerbaijan, May 16, 2016 -". */
function findDateline(head: Line[]): Dateline | null {
  for (const line of head) {
    const slice = line.text.slice(0, 120);
    const m = scanText(slice)[0];
    if (!m || m.expr.t !== 'date' || m.prep !== null || m.expr.numeric || m.start > 60) continue;
    if (!CITY.test(slice.slice(0, m.start)) || !AFTER_DATELINE.test(slice.slice(m.stop))) continue;
    const { m: month, d } = m.expr;
    const start = line.start + m.start;
    const stop = line.start + m.stop;
    return { y: m.expr.y, m: month, d, found: (y) => ({ value: formatDay(y, month, d), source: 'dateline', start, stop }) };
  }
  return null;
}

const FURNITURE_WORDS = new Set([
  'published', 'updated', 'posted', 'date', 'dated', 'comments', 'comment', 'by', 'on', 'at', 'am', 'pm', 'gmt',
  'utc', 'msk', 'azt', 'amt', 'last', 'modified', 'created', 'time', 'share', 'views', 'view', 'read', 'min',
  'mins', 'minutes', 'reading', 'written', 'author', 'edited', 'issue', 'news', 'local', 'and', 'source',
  // "Updated 2 years ago"
  'ago', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
]);
const BYLINE = /\b(?:by|comments?|posted|published|written|author|updated)\b/i;

/**
 * A line of page furniture around a date: besides the date only furniture words
 * ("Published", "Comments 0 comments", "10:32 AM") and a few capitalised names (an author).
 * A line with any other lower-case word is prose, and its date is an event's.
 */
function isFurnitureLine(line: string, m: Match): boolean {
  if (line.length > HEADER_LINE_MAX) return false;
  const rest = `${line.slice(0, m.start)} ${line.slice(m.stop)}`;
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

/** The line of the original file around a cleaned-text offset (at most LINE_CHARS each way). */
function rawLineAt(raw: string, origin: Int32Array, at: number): string {
  const p = origin[Math.min(Math.max(at, 0), origin.length - 1)];
  const from = Math.max(0, p - LINE_CHARS);
  const s = raw.lastIndexOf('\n', p);
  const e = raw.indexOf('\n', p);
  return raw.slice(Math.max(from, s + 1), e < 0 ? Math.min(raw.length, p + LINE_CHARS) : Math.min(e, p + LINE_CHARS));
}

function foundFrom(line: Line, f: FullDate, source: ArticleDateSource): Found {
  return {
    value: formatDay(f.y, f.m, f.d),
    source,
    start: line.start + f.match.start,
    stop: line.start + f.match.stop,
    ...(f.alt ? { ambiguous: true } : {}),
  };
}

/** "20th June 2016, Comments 0 comments", "Published: 16 May 2016", "May 16, 2016 10:32 AM", "date 2022-10-06". */
function findHeader(head: Line[], raw: string, origin: Int32Array): Found | null {
  for (const line of head) {
    if (line.title || line.text.length > HEADER_LINE_MAX) continue;
    for (const f of fullDates(line.text)) {
      if (isFurnitureLine(line.text, f.match)) {
        // cleaning may have stripped the furniture ("Comments 0 comments"): judge by the line as the file has it
        const byline = BYLINE.test(line.text) || BYLINE.test(rawLineAt(raw, origin, line.start + f.match.start));
        return foundFrom(line, f, byline ? 'byline' : 'header');
      }
    }
  }
  return null;
}

// "Photo" capitalised or a credit: a caption, not prose that mentions "a photo"
const PHOTO = /\bPhoto\b|\bPHOTO\b|[Gg]etty [Ii]mages|REUTERS\/|\/ ?AFP\b|AFP ?\/|\bAP ?\/|[Cc]redit:|[Ss]hutterstock|\b[Pp]ic:/;

/** "... on May 16, 2016 in Vienna (AFP Photo/Leonhard Foeger)": a captioned photo dated by its agency. */
function findCaption(head: Line[]): Found | null {
  for (const line of head) {
    if (line.title || !PHOTO.test(line.text)) continue;
    const f = fullDates(line.text)[0];
    if (f) return foundFrom(line, f, 'caption');
  }
  return null;
}

/** "... observe ceasefire in Nagorno Karabakh 06.04.2016": a numeric date closing one of the last lines, or a furniture line. */
function findFooter(tail: Line[]): Found | null {
  for (const line of tail) {
    const all = fullDates(line.text);
    const last = all[all.length - 1];
    if (!last) continue;
    const after = line.text.slice(last.match.stop);
    // "... ceasefire in Nagorno Karabakh 06.04.2016" closes a line; "signed on 10.11.2020" is prose about an event
    const closing = last.numeric && last.match.prep === null && /^[\s.,;:)|\]-]{0,5}$/.test(after);
    if (closing || isFurnitureLine(line.text, last.match)) return foundFrom(line, last, 'footer');
  }
  return null;
}

/** "© 2016 AFP", "(c) 2016", "Copyright 2016": a year, and only a year. Site-wide spans ("© 2005-2023") say nothing. */
function findCopyright(text: string): Found | null {
  const re = /(?:\u00a9|\([cC]\)|[Cc]opyright)[ \u00a0]{0,3}((?:19|20)\d\d)(?![\d\-\u2013\u2014])/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  if (!last) return null;
  const start = last.index;
  return { value: formatYear(Number(last[1])), source: 'copyright', start, stop: start + last[0].length };
}

// ---------------------------------------------------------------- ambiguity

/**
 * Settles a day-first numeric date that could be read month-first ("06.04.2016"): the reading
 * whose month the text names more often wins; a tie keeps day-first. Either way it is flagged.
 */
export function settleAmbiguous(found: Found, text: string): Found {
  if (!found.ambiguous) return found;
  const here = parseTime(found.value);
  if (!here || here.m === null || here.d === null) return found;
  const counts = new Map<number, number>();
  for (const m of scanText(text)) {
    if (m.start >= found.start && m.stop <= found.stop) continue;
    const e = m.expr;
    if ((e.t === 'date' && !e.numeric) || e.t === 'month' || e.t === 'day-range') counts.set(e.m, (counts.get(e.m) ?? 0) + 1);
  }
  const altM = here.d;
  const altD = here.m;
  if ((counts.get(altM) ?? 0) > (counts.get(here.m) ?? 0) && isValidDay(here.y, altM, altD)) {
    return { ...found, value: formatDay(here.y, altM, altD) };
  }
  return found;
}
