import type { ArticleDate, ArticleFacts, LoadedArticle } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { tokenize } from '../knowledge/text.js';
import { analyzeWith, textDateOf } from '../pipeline/process.js';
import { articleBody } from '../pipeline/article-json.js';
import { fingerprint } from './similarity.js';
import { topicDemonyms } from './topic.js';
import { positionOfOffset } from './position.js';

// What `check` needs of one article, made where the article is processed (a worker, or this
// thread with --jobs 1) and cached like the facts: word counts, the duplicate fingerprint,
// the topic's demonyms, and the facts or the error extraction threw. The article's text itself
// never travels back.

export interface CheckDigest {
  /** words in the file as it is, and in the cleaned text */
  rawWords: number;
  words: number;
  fingerprint: { exact: string; signature: number[] } | null;
  /** words of the text that name a people of the topic ("Armenian", "Azeri") */
  demonyms: string[];
  /** the facts (without `file`), when the text has words and extraction succeeded */
  facts: Omit<ArticleFacts, 'file'> | null;
  extractionError: { message: string; stack?: string } | null;
  /** the first ESC or BEL in the file, which no article holds (see rules/binary.ts) */
  control?: { code: number; line: number; column: number } | null;
  /** "html" when the input was read as an HTML page */
  format?: 'html';
  /** when the metadata gives a date: the date the text alone gives (rule metadata-date-disagrees) */
  textDate?: ArticleDate | null;
}

/** ESC starts terminal escape sequences (colours, the window title via OSC), BEL rings the bell. */
const TERMINAL_CONTROL = /[\u0007\u001b]/;

/** The digest as JSON. Extraction runs only on a text with words; its failure is recorded, never thrown. */
export function digestArticle(article: LoadedArticle, k: Knowledge): string {
  return analyzeWith(article, k, (doc, extract) => {
    const words = doc.words.length;
    let facts = 'null';
    let extractionError: CheckDigest['extractionError'] = null;
    let textDate: ArticleDate | null | undefined;
    if (words > 0) {
      try {
        facts = articleBody(extract());
        textDate = textDateOf(doc, k);
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        extractionError = { message: err.message, stack: err.stack };
      }
    }
    const fp = fingerprint(doc.words.map((w) => w.folded));
    const rest: Omit<CheckDigest, 'facts'> = {
      // the file as it is has a Doc only where cleaning removed nothing; else its words are counted by the same tokeniser
      rawWords: article.raw === article.text ? words : tokenize(article.raw).length,
      words,
      fingerprint: fp && { exact: fp.exact, signature: [...fp.signature] },
      demonyms: topicDemonyms(doc.words, k),
      extractionError,
      control: terminalControl(article.raw),
      ...(article.format ? { format: article.format } : {}),
      ...(textDate !== undefined ? { textDate } : {}),
    };
    // the facts are already JSON: put them in rather than parse and serialise them again
    return `${JSON.stringify(rest).slice(0, -1)},"facts":${facts}}`;
  });
}

function terminalControl(raw: string): CheckDigest['control'] {
  const m = TERMINAL_CONTROL.exec(raw);
  return m ? { code: m[0].charCodeAt(0), ...positionOfOffset(raw, m.index) } : null;
}
