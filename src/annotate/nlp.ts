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
  model: {
    one: { lexicon: Record<string, string | string[]> };
    two: { suffixPatterns: (Record<string, string> | null)[]; endsWith: Record<string, [RegExp, string, string?][]> };
  };
  methods: {
    one: { setTag: (terms: Term[], tag: string, world: World, safe: boolean, reason: string) => void };
    two: { transform: { verb: {
      toInfinitive: (word: string, model: unknown, tense: string) => string;
      conjugate: (infinitive: string, model: unknown) => Record<string, string | undefined>;
    } } };
  };
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

/**
 * The tagging steps are the rest of compromise's hooks, without those `nlp.tokenize` already
 * computed and without 'chunks': it labels noun and verb phrases (a term's `chunk`, never its
 * tags), which nothing we read from a tagged text uses.
 */
const SKIPPED_STEPS = new Set(['contractions', 'alias', 'normal', 'machine', 'chunks']);
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
  taggingSteps ??= w.hooks.filter((h) => !SKIPPED_STEPS.has(h));
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
let compromiseLexicon: Record<string, string | string[]> | undefined;
/** one frozen array per single tag, so looking up every word of an article allocates nothing */
const single = new Map<string, readonly string[]>();

/**
 * compromise's own lexicon: word → tag(s), exactly as compromise ships it (our knowledge is
 * never added to it). Used to tell names from ordinary capitalised words: "Rice" and "Bush"
 * are ordinary words here, so a bare "Rice" is a person only where the article names
 * Condoleezza Rice in full.
 */
export function lexiconTags(word: string): readonly string[] {
  // the same object for the life of the process: we never add to compromise's lexicon
  const lex = (compromiseLexicon ??= world().model.one.lexicon);
  const key = word.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(lex, key)) return NO_TAGS;
  const v = lex[key];
  if (Array.isArray(v)) return v;
  let tags = single.get(v);
  if (!tags) { tags = Object.freeze([v]); single.set(v, tags); }
  return tags;
}

/** compromise's verb-form tags, and the tense its conjugator reads them as */
const TENSE_OF: Readonly<Record<string, string>> = { PastTense: 'PastTense', Participle: 'Participle', PresentTense: 'PresentTense', Gerund: 'Gerund' };
/** forms that are their own lemma ("meet", "can", "will") */
const BASE_FORMS = new Set(['Infinitive', 'Modal', 'Auxiliary', 'Imperative']);
/** words compromise's lexicon tags as nouns or adjectives that may still be verb forms ("holds talks", "visits Baku", "stated") */
const OTHER_FORMS: readonly { tags: readonly string[]; ending: string; tense: string }[] = [
  { tags: ['Plural', 'Noun'], ending: 's', tense: 'PresentTense' },
  { tags: ['Adjective'], ending: 'ed', tense: 'PastTense' },
];
/**
 * The infinitive of a verb form, where compromise knows the word as one: its lexicon tags it a
 * verb form ("met" → meet, "was" → be, "agreeing" → agree), or, for a word its lexicon lacks,
 * its suffix model guesses one ("mediated" → mediate); a plural-looking word is a verb form when
 * compromise's lexicon knows another form of the same verb ("holds": held → hold). Null for
 * anything else ("talks" stays null only if compromise knows no "talked"). A pure function of
 * the folded word (the annotator memoises it per spelling, see annotate/index.ts wordInfo).
 */
export function verbLemma(folded: string): string | null {
  return findLemma(folded);
}

function findLemma(word: string): string | null {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return null;
  const w = world();
  const verb = w.methods.two.transform.verb;
  const tags = lexiconTags(word);
  if (tags.some((t) => BASE_FORMS.has(t))) return word;
  const tense = tags.map((t) => TENSE_OF[t]).find(Boolean);
  if (tense) return verb.toInfinitive(word, w.model, tense) || null;
  if (tags.includes('Verb') || tags.includes('Copula')) return verb.toInfinitive(word, w.model, suffixTense(word) ?? 'PresentTense') || word;
  const other = OTHER_FORMS.find((o) => word.endsWith(o.ending) && tags.some((t) => o.tags.includes(t)));
  if (other) {
    // a verb form only if compromise knows another form of the same verb
    const inf = verb.toInfinitive(word, w.model, other.tense);
    // only a word compromise knows can be the verb ("tanks" → "tank" is, "ceasefires" → "ceasefire" is not)
    if (!inf || !lexiconTags(inf).length) return null;
    const forms = verb.conjugate(inf, w.model);
    const known = (tense: string) => { const f = forms[tense]; return !!f && f !== word && lexiconTags(f).includes(tense); };
    return forms[other.tense] === word && ['PastTense', 'PresentTense', 'Gerund'].some(known) ? inf : null;
  }
  // a word compromise's lexicon lacks is read as a verb form only with a verb's ending: most such
  // words are names, and guessing each one's tag would cost every article its unknown names
  if (tags.length || word.length < 5 || !(word.endsWith('ed') || word.endsWith('ing'))) return null;
  const t = TENSE_OF[suffixGuess(word, w) ?? ''];
  return t ? verb.toInfinitive(word, w.model, t) || null : null;
}

/** The tense a verb's ending shows: -ing, -ed, -s. */
function suffixTense(word: string): string | null {
  return word.endsWith('ing') ? 'Gerund' : word.endsWith('ed') ? 'PastTense' : word.endsWith('s') ? 'PresentTense' : null;
}

/** compromise's guess for a word its lexicon lacks: its ending rules, then the longest known ending (as its pre-tagger does). */
function suffixGuess(word: string, w: World): string | null {
  for (const [re, tag] of w.model.two.endsWith[word[word.length - 1]] ?? []) if (re.test(word)) return tag;
  const patterns = w.model.two.suffixPatterns;
  for (let n = Math.min(word.length - 1, patterns.length - 1); n >= 1; n--) {
    const tag = patterns[n]?.[word.slice(-n)];
    if (tag) return tag;
  }
  return null;
}
