/** The title: the first line of the cleaned text when it looks like a headline. */
export function detectTitle(text: string): string | null {
  const first = text.split('\n', 1)[0].trim();
  if (!first || first.length > 200) return null;
  // A headline has no final full stop and is not a whole paragraph of prose.
  if (/[.!?]["\u201d]?$/.test(first) && first.split(/\s+/).length > 25) return null;
  return first.replace(/\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014]{2,40}$/, '').trim() || null;
}
