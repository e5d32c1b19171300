// Which way a page writes a numeric date that reads either way ("7/8/2025"): an American page
// writes the month first, most others the day. The page says which by its other numeric dates,
// its time stamps, the outlet it names at its top, and AP's "Sept.".

import type { Doc } from '../../../types.js';
import type { Knowledge } from '../../../knowledge/index.js';
import { docDates, type Found } from './furniture.js';
import type { Line } from './lines.js';

/** US time zones or 12-hour clocks in the page's header ("Updated 3:15 p.m. ET", "4:10 PM EDT"). */
const US_CLOCK = /\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b|\b[ap]\.m\./;
/** AP style abbreviates September so; British and agency English write "Sep" or "Sept" without the stop. */
const AP_SEPTEMBER = /\bSept\.\s*\d/;
/** A header line short enough to be furniture (masthead, byline, dateline), not a sentence that quotes an outlet. */
const MASTHEAD_CHARS = 80;
/** A day and month written in digits with the year ("24/07/2025", "7.24.2025"). */
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2\d{4}\b/;

/**
 * The order the page's other numeric dates fix: a first field over 12 is a day ("24/07/2025"),
 * a second one over 12 a month-first date ("7/24/2025"). null when none fixes it or they disagree.
 */
export function numericOrder(doc: Doc, found: Found): 'month-first' | 'day-first' | null {
  let dayFirst = 0;
  let monthFirst = 0;
  const text = doc.article.text;
  for (const m of docDates(doc)) {
    if (m.start >= found.start && m.stop <= found.stop) continue;
    const e = m.expr;
    if (e.t !== 'date' || !e.numeric || e.ambiguous) continue;
    const n = NUMERIC.exec(text.slice(m.start, m.stop));
    if (!n) continue;
    if (Number(n[1]) > 12) dayFirst++;
    else if (Number(n[3]) > 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

/**
 * An American page: a US time stamp in the header, a US outlet named in a masthead line or a
 * dateline's credit ("WASHINGTON (AP) —"), or AP's "Sept." anywhere in the text.
 */
export function americanPage(doc: Doc, head: Line[], k?: Knowledge): boolean {
  if (head.some((l) => US_CLOCK.test(l.text)) || AP_SEPTEMBER.test(doc.article.text)) return true;
  if (!k) return false;
  const names = usOutlets(k);
  return head.some((l) => names.some((n) => {
    const at = indexOfWord(l.text, n);
    return at >= 0 && (l.text.length <= MASTHEAD_CHARS || (l.text[at - 1] === '(' && l.text[at + n.length] === ')'));
  }));
}

/** The names, aliases and acronyms of the US news outlets the knowledge lists, cached per knowledge base. */
const outletsOf = new WeakMap<Knowledge, string[]>();
function usOutlets(k: Knowledge): string[] {
  let out = outletsOf.get(k);
  if (!out) {
    out = k.organizations.filter((o) => o.kind === 'news-agency' && o.country === 'US').flatMap((o) => [o.name, ...(o.aliases ?? []), ...(o.acronyms ?? [])]);
    outletsOf.set(k, out);
  }
  return out;
}

/** Where `name` stands in `line` as whole words, case as written (an acronym "AP" is not "ap"); -1 when it does not. */
function indexOfWord(line: string, name: string): number {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    if (!/\w/.test(line[at - 1] ?? '') && !/\w/.test(line[at + name.length] ?? '')) return at;
  }
  return -1;
}
