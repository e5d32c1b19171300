import { createRequire } from 'node:module';
import type { Knowledge } from '../knowledge/index.js';
import { tokenize } from '../knowledge/text.js';

// compromise, loaded as its CommonJS build: about half the start-up cost of the ESM build.
// Loaded on first use only, so `--help` and commands that never tag stay fast.
//
// compromise keeps one world (lexicon, tag set) per process, and `nlp.addWords` or the
// lexicon argument of `nlp(text, lexicon)` write into it for good. We never do either: our
// knowledge is a private lexicon applied to each call's terms before compromise's own
// lexicon step (which skips terms that already carry tags), so an article's tags are a pure
// function of its text and the knowledge base, whatever ran before it.

type Nlp = typeof import('compromise').default;
export type NlpView = ReturnType<Nlp>;

interface Term {
  normal?: string;
  machine?: string;
  tags: Set<string>;
}

interface World {
  model: { one: { lexicon: Record<string, string | string[]> } };
  methods: { one: { setTag: (terms: Term[], tag: string, world: World, safe: boolean, reason: string) => void } };
  hooks: string[];
}

let nlp: Nlp | undefined;

function getNlp(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    nlp = require('compromise') as Nlp;
  }
  return nlp;
}

function world(): World {
  return getNlp().world() as unknown as World;
}

/** What `nlp.tokenize` already computed: the tagging steps are the rest of compromise's hooks. */
const TOKENIZE_STEPS = new Set(['contractions', 'alias', 'normal', 'machine']);
let taggingSteps: string[] | undefined;

/** Word → tag for every person, place and organisation spelling of the knowledge base. */
export type PrivateLexicon = ReadonlyMap<string, string>;

const lexicons = new WeakMap<Knowledge, PrivateLexicon>();

/**
 * Our lexicon, built once per knowledge base: a person's first and last words as first and
 * family names, one-word places and organisations as such, so compromise's tagger reads
 * "Pashinian" as a person and "Stepanakert" as a place.
 */
export function knowledgeLexicon(k: Knowledge): PrivateLexicon {
  let words = lexicons.get(k);
  if (words) return words;
  const out = new Map<string, string>();
  for (const s of k.spellings) {
    const key = s.text.toLowerCase();
    if (s.entity.type === 'person') {
      const t = tokenize(s.text);
      if (t.length > 1) {
        const first = t[0].text.toLowerCase();
        const last = t[t.length - 1].text.toLowerCase();
        if (!out.has(first)) out.set(first, 'FirstName');
        if (!out.has(last)) out.set(last, 'LastName');
      }
    } else if (!key.includes(' ') && !out.has(key)) {
      out.set(key, s.entity.type === 'place' ? 'Place' : 'Organization');
    }
  }
  words = out;
  lexicons.set(k, words);
  return words;
}

/**
 * compromise's full tagging of a text, with our lexicon taking precedence over its own for
 * the words it holds. Nothing of compromise's shared state is changed.
 */
export function tagText(text: string, lexicon: PrivateLexicon): NlpView {
  const n = getNlp();
  const w = world();
  taggingSteps ??= w.hooks.filter((h) => !TOKENIZE_STEPS.has(h));
  const doc = n.tokenize(text);
  const setTag = w.methods.one.setTag;
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
    for (const t of terms) {
      const tag = lexicon.get(t.machine || t.normal || '');
      if (tag) setTag([t], tag, w, false, 'karabakh-knowledge');
    }
  }
  doc.compute(taggingSteps);
  return doc;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
/** one frozen array per single tag, so looking up every word of an article allocates nothing */
const single = new Map<string, readonly string[]>();

/**
 * compromise's own lexicon: word → tag(s), exactly as compromise ships it (our knowledge is
 * never added to it). Used to tell names from ordinary capitalised words: "Rice" and "Bush"
 * are ordinary words here, so a bare "Rice" is a person only where the article names
 * Condoleezza Rice in full.
 */
export function lexiconTags(word: string): readonly string[] {
  const lex = world().model.one.lexicon;
  const key = word.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(lex, key)) return NO_TAGS;
  const v = lex[key];
  if (Array.isArray(v)) return v;
  let tags = single.get(v);
  if (!tags) { tags = Object.freeze([v]); single.set(v, tags); }
  return tags;
}
