import { createRequire } from 'node:module';
import type { Knowledge } from '../knowledge/index.js';
import { tokenize } from '../knowledge/text.js';

// compromise, loaded as its CommonJS build: about half the start-up cost of the ESM build.
// Loaded on first use only, so `--help` and commands that never tag stay fast.

type Nlp = typeof import('compromise').default;

let nlp: Nlp | undefined;
const extended = new WeakSet<Knowledge>();

export function getNlp(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as Nlp;
    // compromise-dates' grammar takes the verb "met" for a time zone; we never want that.
    nlp.addWords({ met: 'PastTense' });
  }
  return nlp;
}

/**
 * compromise with our lexicon: every known person, place and organisation spelling, so its
 * tagger reads "Pashinian" as a person and "Stepanakert" as a place.
 */
export function getTagger(k: Knowledge): Nlp {
  const n = getNlp();
  if (!extended.has(k)) {
    const words: Record<string, string> = {};
    for (const s of k.spellings) {
      const key = s.text.toLowerCase();
      if (s.entity.type === 'person') {
        const t = tokenize(s.text);
        if (t.length > 1) {
          words[t[0].text.toLowerCase()] ??= 'FirstName';
          words[t[t.length - 1].text.toLowerCase()] ??= 'LastName';
        }
      } else if (!key.includes(' ')) {
        words[key] ??= s.entity.type === 'place' ? 'Place' : 'Organization';
      }
    }
    n.addWords(words);
    extended.add(k);
  }
  return n;
}

/** compromise's own lexicon: word → tag(s). Used to tell names from ordinary capitalised words. */
export function lexiconTags(word: string): string[] {
  const lex = (getNlp().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const v = lex[word.toLowerCase()];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
