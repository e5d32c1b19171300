// Folding and tokenising shared by the knowledge index and the extractors, so a spelling in
// the data and the same spelling in an article always meet.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Case, accents and Turkic/Azerbaijani letters folded: "Erdoğan" = "erdogan", "Əliyev" = "eliyev". */
export function fold(s: string): string {
  return s
    .replace(/[ıİ]/g, 'i')
    .replace(/[əƏ]/g, 'e')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A folded word with the transliteration noise of post-Soviet names removed: y as i, doubled
 * letters single (in words of four letters or more). "Aliev" = "Aliyev", "Heidar" = "Heydar", "Ter-Petrossian" = "Ter-Petrosyan",
 * "Mutalibov" = "Mutallibov". Used to look names up, never to print them.
 */
export function nameKey(folded: string): string {
  // short words are acronyms and particles ("AA", "al"): kept as they are
  return folded.length < 4 ? folded : folded.replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words (letters and digits); punctuation, hyphens and apostrophes separate them. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
