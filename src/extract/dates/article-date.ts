// The article's own date. Sources, best first: metadata the user gave (or a date in its URL);
// a wire dateline ("SOCHI, Oct 31 (Reuters) -"); a publication stamp a scraper left in the text
// (JSON-LD "datePublished"); a byline or header date near the top; a photo caption date near the
// top; a date closing the article's last lines. Related-article lists, comments, cookie notices,
// crawl and modification stamps, copyright years and dates inside the prose are never the
// article's. When nothing fixes it: null.

import type { AnnotatedArticle, ArticleDate, Time } from '../../types.js';
import { evidenceFor, sentenceAt } from '../../annotate/evidence.js';
import { dayNumber, formatDay, formatMonth, isValidDay, parseTime } from '../../time/calendar.js';
import { datelineDates } from './dateline.js';
import type { Knowledge } from '../../knowledge/index.js';
import { docDates, findCaption, findCopyright, findFooter, findHeader, findStamp, fullDates, fullOf, settleAmbiguous, type Found } from './article/furniture.js';
import { footerLines, headLines, rawOffset, sectionStart } from './article/lines.js';
import { yearFromOffices } from './article/office-year.js';

/** How far into the text a dateline may open. */
const DATELINE_WINDOW = 4000;

/** `k`: the knowledge, whose US outlets tell an American page's month-first dates (without it, other cues only). */
export function findArticleDate(a: AnnotatedArticle, k?: Knowledge): ArticleDate | null {
  const meta = a.article.meta;
  const fromMeta = metadataDate(meta.date);
  if (fromMeta) return { value: fromMeta, source: 'metadata' };
  const fromUrl = urlDate(meta.url);
  if (fromUrl) return { value: fromUrl, source: 'metadata', text: meta.url };

  const text = a.article.text;
  // related links and comments at the end are never the article's header or footer, however short the page
  const rawTop = sectionStart(a.article.raw);
  const head = headLines(text, a.article.title).filter((l) => rawOffset(a.article.origin, l.start) < rawTop);
  const titleLine = head.find((l) => l.title);
  const tail = footerLines(text, a.article.origin, rawTop).filter((l) => l.start !== titleLine?.start);

  const settle = (f: Found | null) => (f ? settleAmbiguous(f, a, head, k) : null);
  const page = findStamp(head) ?? settle(findHeader(a, head)) ?? settle(findCaption(a, head)) ?? settle(findFooter(a, tail));
  const found = datelineDate(a, page, k) ?? page;
  if (!found) return null;
  const out: ArticleDate = { value: found.value, source: found.source, text: text.slice(found.start, found.stop) };
  if (found.ambiguous) out.ambiguous = true;
  if (found.yearInferred) out.yearInferred = true;
  const sentence = sentenceAt(a, found.start);
  if (sentence) out.evidence = evidenceFor(a, sentence, found.start, found.stop);
  return out;
}

/**
 * The dateline's day. A dateline without its year ("BRUSSELS, May 14 (Reuters) -") takes the
 * year from the page's own date (the reading nearest it), else from a full date the story
 * writes within weeks of it, else from the copyright line, else from the offices its people
 * held (article/office-year.ts).
 */
function datelineDate(a: AnnotatedArticle, page: Found | null, k?: Knowledge): Found | null {
  for (const { y: written, m, d: day, start, stop } of datelineDates(a, DATELINE_WINDOW)) {
    const at = (y: number): Found => ({ value: formatDay(y, m, day), source: 'dateline', start, stop });
    if (written !== null) return at(written);
    const hint = page ? parseTime(page.value) : null;
    if (hint && hint.m !== null && hint.d !== null) {
      const h = dayNumber(hint.y, hint.m, hint.d);
      let best: number | null = null;
      for (let y = hint.y - 1; y <= hint.y + 1; y++) {
        if (!isValidDay(y, m, day)) continue;
        if (best === null || Math.abs(dayNumber(y, m, day) - h) < Math.abs(dayNumber(best, m, day) - h)) best = y;
      }
      return best === null ? null : at(best);
    }
    const near = yearOfNearbyDate(a, m, day);
    if (near !== null) return at(near);
    const copyright = findCopyright(a);
    if (copyright && isValidDay(Number(copyright.value), m, day)) return at(Number(copyright.value));
    const held = k ? yearFromOffices(a, k, m, day) : null;
    return held === null ? null : { ...at(held), yearInferred: true };
  }
  return null;
}

/** How far from a yearless dateline's day a full date in the story may lie to lend it its year. */
const NEARBY_DAYS = 45;
/** How much of the story is read for such a date. */
const STORY_CHARS = 20_000;

/**
 * "BRUSSELS, May 14 (Reuters) - ... the accord signed on May 12, 2021": a full date the story
 * writes within weeks of the dateline's day gives the dateline its year (one year only: two
 * candidate years say nothing).
 */
function yearOfNearbyDate(a: AnnotatedArticle, m: number, d: number): number | null {
  const years = new Set<number>();
  for (const f of fullOf(docDates(a, STORY_CHARS))) {
    for (const y of [f.y - 1, f.y, f.y + 1]) {
      if (isValidDay(y, m, d) && Math.abs(dayNumber(y, m, d) - dayNumber(f.y, f.m, f.d)) <= NEARBY_DAYS) years.add(y);
    }
  }
  return years.size === 1 ? [...years][0] : null;
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

