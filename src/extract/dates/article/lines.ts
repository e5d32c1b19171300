// The lines of page furniture an article date may stand in: the top of the page and its last
// lines, with the parts of a scraped page that carry other dates marked (related-article lists,
// comment threads, cookie banners, crawl stamps, "last modified" lines).

/** How much of the top and bottom is furniture worth reading; longer lines are cut, so cost stays bounded. */
const HEAD_LINES = 15;
const HEAD_CHARS = 4000;
/** The footer is one of the last lines of the article itself, above any related or comments section. */
export const FOOTER_LINES = 6;
/** How far up from the end a related or comments section's heading is looked for. */
const TAIL_SCAN_LINES = 40;
export const LINE_CHARS = 600;

export interface Line {
  text: string;
  /** offset of text[0] in the cleaned article text */
  start: number;
  /** the headline: a date in it is the story's, never the page's (but a dateline may open the text) */
  title?: boolean;
}

export function headLines(text: string, title: string | null): Line[] {
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

/**
 * The article's last lines, bottom first, above the topmost related-links or comments heading
 * near the end: the dates under such a heading belong to other articles or to readers. The
 * headings are looked for in the file as written too, since cleaning may have dropped them.
 */
export function footerLines(text: string, origin: Int32Array, rawTop: number): Line[] {
  const all: Line[] = [];
  let end = text.length;
  while (end > 0 && all.length < TAIL_SCAN_LINES) {
    const nl = text.lastIndexOf('\n', end - 1);
    const line = trimLine(text, Math.max(nl + 1, end - LINE_CHARS), end);
    if (line) all.push(line);
    end = nl < 0 ? 0 : nl;
  }
  let top = -1;
  for (let i = 0; i < all.length; i++) {
    if (isSectionHeading(all[i].text) || rawOffset(origin, all[i].start) >= rawTop) top = i;
  }
  return all.slice(top + 1, top + 1 + FOOTER_LINES).filter((l) => !isListItem(l.text) && !isOffLimits(l.text));
}

/** Where a cleaned-text offset stands in the file. */
export function rawOffset(origin: Int32Array, at: number): number {
  return origin.length ? origin[Math.min(at, origin.length - 1)] : at;
}

/** Offset in the file of the topmost section heading among its last lines (the file's length when none). */
export function sectionStart(raw: string): number {
  let top = raw.length;
  let end = raw.length;
  for (let n = 0; end > 0 && n < TAIL_SCAN_LINES; n++) {
    const nl = raw.lastIndexOf('\n', end - 1);
    const s = Math.max(nl + 1, end - LINE_CHARS);
    if (isSectionHeading(raw.slice(s, end))) top = s;
    end = nl < 0 ? 0 : nl;
  }
  return top;
}

function trimLine(text: string, s: number, e: number): Line | null {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { text: text.slice(s, e), start: s } : null;
}

/** "Related articles", "Read next", "Most read", "Comments (3)", "12 comments", "Leave a reply". */
const SECTION_HEADING =
  /^(?:related(?: articles?| news| stories| posts| links| content| coverage)?|read (?:next|more|also)|also read|see also|more (?:on|from|news|stories)\b.*|most (?:read|popular|viewed)|popular(?: now| news)?|latest(?: news| stories)?|recommended(?: for you)?|you (?:may|might) also like|top stories|trending|other news|in other news|comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|discussion|reader comments)\s*[:>»]?$/i;

export function isSectionHeading(line: string): boolean {
  return line.length <= 60 && SECTION_HEADING.test(line.trim());
}

/** "- Talks resume in Vienna - 12.05.2014", "• Minsk Group ends tour", "1. Exchange rates". */
export function isListItem(line: string): boolean {
  return /^(?:[-\u2013\u2014\u2022*\u00b7\u25aa\u25b8>]|\d{1,2}[.)])\s/.test(line);
}

/** Lines whose dates are never the article's: cookie and privacy notices, crawl stamps, modification dates. */
const OFF_LIMITS =
  /cookie|privacy|gdpr|terms of (?:use|service)|\bpolicy\b|retrieved|accessed|crawl|scraped|fetched|archived|captured|snapshot|last (?:modified|reviewed|checked)|datemodified|\bmodified\b|\breviewed\b/i;

export function isOffLimits(line: string): boolean {
  return OFF_LIMITS.test(line);
}
