// Folding and tokenising shared by the knowledge index and the extractors, so a spelling in
// the data and the same spelling in an article always meet.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Case, accents and Turkic/Azerbaijani letters folded: "Erdoğan" = "erdogan", "Əliyev" = "eliyev". */
export function fold(s: string): string {
  // Most words are ASCII, where all that folding does is lower the case (measured: fold was
  // ~4% of analysis time; this path skips two replaces, NFKD and a third replace).
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .replace(/[ıİ]/g, 'i')
    .replace(/[əƏ]/g, 'e')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words (letters and digits); punctuation, hyphens and apostrophes separate them. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
