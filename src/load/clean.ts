import { MappedText } from './mapped-text.js';
import { FURNITURE_INLINE, FURNITURE_LINES, LIST_ITEM, RELATED_HEADING, isJoinedMenuLine } from './furniture.js';

/**
 * Cleans a decoded article text, keeping the map back to it: normalise characters, undo
 * escapes, drop site furniture and repeated headlines/paragraphs. Pure.
 */
export function cleanText(raw: string): MappedText {
  return cleanMapped(MappedText.from(raw));
}

/** The same cleaning on a text that already maps into its file (the text of an HTML page). */
export function cleanMapped(t: MappedText): MappedText {
  t = t.replace(/\r\n?/g, '\n');
  t = t.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  t = t.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
  // Runs of spaces collapse first: every later pattern then sees at most one space in a row,
  // which keeps them linear on pathological input (a megabyte of spaces).
  t = t.replace(/ {2,}/g, ' ');
  // Scrapers keep the backslash of escaped quotes: April\’s → April's
  t = t.replace(/\\(?=['"\u2018\u2019\u201c\u201d`])/g, '');
  t = t.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"');
  t = t.replace(/[\u2018\u2019\u201a\u201b\u00b4`]/g, "'");
  // (the dash before the look-behind: the engine then seeks the rare dash, not every digit or letter)
  t = t.replace(/[\u2010-\u2015](?<=\d.)(?=\d)/g, '-');
  // an en dash between two words with no space is a hyphen ("the Pashinyan–Aliyev meeting",
  // "the Armenia–Azerbaijan border"), not a dash that opens an aside
  t = t.replace(/\u2013(?<=\p{L}.)(?=\p{L})/gu, '-');
  // one optional space each side, not ' *': a run of spaces without a dash would be rescanned from
  // every position (quadratic); the spaces left over are collapsed below
  t = t.replace(/ ?(?:-{2,3}|[\u2013\u2014\u2015]) ?/g, ' \u2014 ');
  t = t.replace(/[\u2010\u2011]/g, '-');
  // the pattern is tried at every position; most texts hold no "comment" at all
  if (/comment/i.test(t.text)) t = t.replace(FURNITURE_INLINE, '');
  t = dropLines(t);
  t = t.replace(/ {2,}/g, ' ');
  t = t.replace(/ \n|\n /g, '\n');
  t = t.replace(/\n{3,}/g, '\n\n');
  return trim(t);
}

/** Leading and trailing whitespace off, by index: a regex `\\s+$` is quadratic on long inner runs. */
function trim(t: MappedText): MappedText {
  let a = 0;
  let b = t.text.length;
  while (a < b && /\s/.test(t.text[a])) a++;
  while (b > a && /\s/.test(t.text[b - 1])) b--;
  return a === 0 && b === t.text.length ? t : t.slice(a, b);
}

/** Drops furniture lines and lines that repeat an earlier (or the next) one. */
function dropLines(t: MappedText): MappedText {
  const lines = t.text.split('\n');
  const keys = lines.map(lineKey);
  const drop = new Set<number>();
  const kept = new Set<string>();
  // The headline printed again without its " - Site name" suffix: compared with the first lines only.
  const head: string[] = [];
  // under a "Related articles" heading, the list items that follow (their headlines and dates are other stories')
  let inRelatedList = false;
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    if (inRelatedList && LIST_ITEM.test(trimmed)) {
      drop.add(i);
      return;
    }
    inRelatedList = trimmed.length <= 60 && RELATED_HEADING.test(trimmed);
    if ((trimmed.length <= 300 && FURNITURE_LINES.some((re) => re.test(trimmed))) || (i > 0 && isJoinedMenuLine(trimmed))) {
      drop.add(i);
      return;
    }
    const key = keys[i];
    if (key.length >= 12) {
      if (kept.has(key) || head.some((k) => k.startsWith(key) && k.length - key.length <= 40)) {
        drop.add(i);
        return;
      }
      // a paragraph printed twice, the second time after its dateline ("MOSCOW: ..."): keep the second
      const next = nextNonEmpty(keys, i);
      if (key.length >= 50 && next && next !== key && next.endsWith(key) && next.length - key.length <= 40) {
        drop.add(i);
        return;
      }
    }
    kept.add(key);
    if (head.length < 5) head.push(key);
  });
  if (drop.size === 0) return t;
  let i = 0;
  return t.replace(/[^\n]*\n?/g, (m) => {
    const out = drop.has(i) ? '' : m;
    i++;
    return out;
  });
}

/** Lines compare on letters and digits only, so "NagornoKarabakh" repeats "Nagorno-Karabakh". */
function lineKey(line: string): string {
  const lower = line.toLowerCase();
  // an ASCII line (most are, once quotes and dashes are plain) needs no Unicode classes, which cost several times more
  return NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, '') : lower.replace(/[^a-z0-9]+/g, '');
}

const NON_ASCII = /[^\x00-\x7f]/;

function nextNonEmpty(keys: string[], i: number): string | undefined {
  for (let j = i + 1; j < keys.length; j++) if (keys[j]) return keys[j];
  return undefined;
}
