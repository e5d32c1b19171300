import type { AnnotatedArticle, DocToken, DocWord, LoadedArticle, Sentence } from '../types.js';
import { fold, scan } from '../knowledge/text.js';
import { splitSentences } from './sentences.js';

const UPPER = /^\p{Lu}/u;

function isUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/**
 * The article annotated once: sentences, then every token of the text scanned in one pass and
 * tagged with its sentence, and the words names are matched on. Pure.
 */
export function annotate(article: LoadedArticle): AnnotatedArticle {
  const sentences = splitSentences(article.text);
  const tokens: DocToken[] = [];
  const words: DocWord[] = [];
  const sentenceTokens = new Int32Array(sentences.length + 1);
  let si = 0;
  for (const t of scan(article.text)) {
    // tokens never straddle sentences (sentences end before whitespace), and only whitespace lies between them
    while (si < sentences.length - 1 && sentences[si].end <= t.start) sentenceTokens[++si] = tokens.length;
    const folded = t.kind === 'punct' && t.text.charCodeAt(0) < 128 ? t.text : fold(t.text);
    // one literal shape for every token keeps property access fast on long articles
    tokens.push({ text: t.text, start: t.start, end: t.end, kind: t.kind, spaced: t.spaced, folded, cap: t.kind === 'word' && isUpper(t.text), sentence: si });
    if (t.kind === 'word') words.push({ text: t.text, start: t.start, end: t.end, folded, sentence: si });
    else if (t.kind === 'possessive') words.push({ text: 's', start: t.start + 1, end: t.end, folded: 's', sentence: si });
  }
  for (let i = si + 1; i <= sentences.length; i++) sentenceTokens[i] = tokens.length;
  return { article, sentences, tokens, words, sentenceTokens };
}

/** The tokens of one sentence. */
export function tokensOf(a: AnnotatedArticle, s: Sentence): DocToken[] {
  return a.tokens.slice(a.sentenceTokens[s.index], a.sentenceTokens[s.index + 1]);
}
