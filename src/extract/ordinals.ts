// Ordinal words, defined once for every extractor: "the third quarter" (dates), "for a fourth
// time" (meetings).

const SPELLED = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SUFFIX = (n: number) => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');

/** "third" and "3rd" → 3, up to ten. */
export const ORDINAL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...SPELLED.map((w, i) => [w, i + 1] as const),
  ...SPELLED.map((_, i) => [`${i + 1}${SUFFIX(i + 1)}`, i + 1] as const),
]);

/** Ordinals as words, "last" and "final" with them: "for the third time", "for the last time". */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([...SPELLED, 'last', 'final']);
