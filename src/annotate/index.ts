import type { AnnotatedArticle, DocToken, DocWord, LoadedArticle, Sentence } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { PlaceEntry } from '../knowledge/types.js';
import { fold, memoKey, nameKey, scan } from '../knowledge/text.js';
import { knowledgeLexicon, lexiconTags, verbLemma, type PrivateLexicon } from './nlp.js';
import { splitSentences } from './sentences.js';
import { firstIndexNotBefore } from './search.js';

const UPPER = /^\p{Lu}/u;
const NONE: readonly string[] = Object.freeze([]);

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/**
 * The article annotated once (the Doc): sentences, then every token of the text scanned in one
 * pass with its sentence, its folded form and name key, its tags in compromise's lexicon and in ours (the
 * knowledge base's names), the people it names if a demonym and its infinitive if a verb form;
 * and the words names are matched on. A pure function of the
 * article and the knowledge.
 */
export function annotate(article: LoadedArticle, k: Knowledge): AnnotatedArticle {
  const ours = knowledgeLexicon(k);
  const infos = wordInfosOf(k);
  const sentences = splitSentences(article.text);
  const tokens: DocToken[] = [];
  const words: DocWord[] = [];
  const sentenceTokens = new Int32Array(sentences.length + 1);
  let si = 0;
  for (const t of scan(article.text)) {
    // tokens never straddle sentences (sentences end before whitespace), and only whitespace lies between them
    while (si < sentences.length - 1 && sentences[si].end <= t.start) sentenceTokens[++si] = tokens.length;
    // a word's (and the possessive's) look-ups are memoised per spelling; punctuation has none
    const info = t.kind === 'punct' ? null : wordInfo(t.text, k, ours, infos);
    const folded = info ? info.folded : t.text.charCodeAt(0) < 128 ? t.text : fold(t.text);
    const key = info ? info.key : folded;
    const lexicon = info?.lexicon ?? NONE;
    const known = info?.known ?? null;
    const demonym = info?.demonym ?? null;
    const lemma = info?.lemma ?? null;
    // one literal shape for every token keeps property access fast on long articles
    tokens.push({ text: t.text, start: t.start, end: t.end, kind: t.kind, spaced: t.spaced, folded, key, cap: t.kind === 'word' && isUpper(t.text), sentence: si, lexicon, known, demonym, lemma });
    if (t.kind === 'word') words.push({ text: t.text, start: t.start, end: t.end, folded, key, sentence: si, lexicon, known, demonym, lemma });
    else if (t.kind === 'possessive') {
      const s = wordInfo('s', k, ours, infos);
      words.push({ text: 's', start: t.start + 1, end: t.end, folded: s.folded, key: s.key, sentence: si, lexicon: s.lexicon, known: s.known, demonym: s.demonym, lemma: s.lemma });
    }
  }
  for (let i = si + 1; i <= sentences.length; i++) sentenceTokens[i] = tokens.length;
  return { article, sentences, tokens, words, sentenceTokens, paragraphOf: paragraphs(article.text, sentences) };
}

/** What the Doc records of a word besides its place: a pure function of its text and the knowledge. */
interface WordInfo {
  folded: string;
  key: string;
  lexicon: readonly string[];
  known: string | null;
  demonym: PlaceEntry | null;
  lemma: string | null;
}

const wordInfoCache = new WeakMap<Knowledge, Map<string, WordInfo>>();
/** a vocabulary's worth of words; a pathological text of distinct words only refills it */
const WORDS_KEPT = 20_000;

function wordInfosOf(k: Knowledge): Map<string, WordInfo> {
  let infos = wordInfoCache.get(k);
  if (!infos) {
    infos = new Map();
    wordInfoCache.set(k, infos);
  }
  return infos;
}

/**
 * A word's folded form and look-ups, read once per spelling and knowledge base: most of an
 * article's words ("the", "talks", "Aliyev") were seen before, in it or in an earlier one.
 */
function wordInfo(text: string, k: Knowledge, ours: PrivateLexicon, infos: Map<string, WordInfo>): WordInfo {
  let info = infos.get(text);
  if (!info) {
    const folded = fold(text);
    info = { folded, key: nameKey(folded), lexicon: lexiconTags(folded), known: ours.get(folded) ?? null, demonym: k.byDemonym(folded) ?? null, lemma: verbLemma(folded) };
    if (!memoKey(text)) return info;
    if (infos.size >= WORDS_KEPT) infos.clear();
    infos.set(text, info);
  }
  return info;
}

/** Each sentence's paragraph: a blank line between two sentences starts a new one. */
function paragraphs(text: string, sentences: Sentence[]): Int32Array {
  const out = new Int32Array(sentences.length);
  for (let i = 1; i < sentences.length; i++) {
    out[i] = out[i - 1] + (text.slice(sentences[i - 1].end, sentences[i].start).includes('\n\n') ? 1 : 0);
  }
  return out;
}

/** The tags our tagger reads for a word: the knowledge base's when it knows the word ("Jean" a first name), else compromise's. */
export function tagsOf(t: DocWord): readonly string[] {
  return t.known ? [t.known] : t.lexicon;
}

/** The tokens of one sentence. */
export function tokensOf(a: AnnotatedArticle, s: Sentence): DocToken[] {
  return a.tokens.slice(a.sentenceTokens[s.index], a.sentenceTokens[s.index + 1]);
}

/** Index of the first token starting at or after a text offset (tokens.length when none). */
export function tokenIndexAt(T: readonly DocToken[], offset: number): number {
  return firstIndexNotBefore(T.length, (i) => T[i].start < offset);
}

/** Index just past the last token ending at or before a text offset. */
export function tokenIndexBefore(T: readonly DocToken[], offset: number): number {
  return firstIndexNotBefore(T.length, (i) => T[i].end <= offset);
}
