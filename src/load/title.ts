/** The title: the first line of the cleaned text when it looks like a headline (a date line above it is skipped). */
export function detectTitle(text: string): string | null {
  const lines = text.split('\n', 4).map((l) => l.trim()).filter(Boolean);
  // "Oct. 12, 1999 | 14:02" over the headline (a breadcrumb above it was furniture): not the title
  const first = (isDateLine(lines[0] ?? '') ? lines[1] : lines[0]) ?? '';
  if (!first || first.length > 200) return null;
  // A headline has no final full stop and is not a whole paragraph of prose.
  if (/[.!?]["\u201d]?$/.test(first) && first.split(/\s+/).length > 25) return null;
  return first.replace(/\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014]{2,40}$/, '').trim() || null;
}

const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:am|pm|gmt|utc)\b/gi;

/** A line made of a date and a time only. */
function isDateLine(line: string): boolean {
  return line.length <= 40 && /\d/.test(line) && !/\p{L}/u.test(line.replace(DATE_WORDS, ''));
}
