// The data that flows through the pipeline, one way:
//   files → LoadedArticle (load/) → AnnotatedArticle (annotate/) → ArticleFacts (extract/)
//   → CorpusReport (aggregate/) → text (render/)
// Nothing downstream reaches back upstream.

import type { Expr } from './extract/dates/expression.js';
import type { PlaceEntry } from './knowledge/types.js';

/** ISO 8601 calendar value at the precision known: "2016", "2016-05" or "2016-05-16". */
export type Time = string;

/** A span of the file as the user has it: offsets are UTF-16 code-unit indexes into the decoded file text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** Metadata the user gave for a file (sidecar JSON, front matter, manifest, --date). */
export interface UserMetadata {
  date?: Time;
  url?: string;
  source?: string;
  /** where the metadata came from: "sidecar", "front-matter", "manifest", "option", "html" (the page's own), "jsonl" (the record's fields) */
  origin?: string;
  /** a manifest row that cannot be used (an impossible date): reading its file fails with this, so it is never published */
  problem?: string;
  /** from a page or a record: the author(s) as written */
  author?: string;
  /** from a page: its last-modified date, kept apart (it never becomes the article date) */
  modified?: Time;
  /** a publication date in the page or record that cannot be a date (2016-02-30, the Unix epoch): not used */
  badDate?: string;
}

/** A file after loading and cleaning: the input of everything else. */
export interface LoadedArticle {
  /** the path as the user named it ("-" for stdin) */
  file: string;
  /** the decoded file text (BOM removed); evidence offsets point here */
  raw: string;
  /** cleaned text: furniture stripped, escapes undone, quotes/dashes/spaces normalised */
  text: string;
  /** origin[i] = offset in `raw` of `text[i]`; origin[text.length] = raw.length */
  origin: Int32Array;
  title: string | null;
  meta: UserMetadata;
  /** how the text was read: "html" when `raw` is an HTML page (and `text` its main text); plain text when absent */
  format?: 'html';
}

/** A sentence of the cleaned text; start/end are offsets into LoadedArticle.text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export type EntityType = 'person' | 'place' | 'organization';

/** One real-world entity as found in one article (or, aggregated, in the corpus). */
export interface EntityFact {
  /** canonical name */
  name: string;
  type: EntityType;
  /** knowledge-base id when the entity is known, else null */
  id: string | null;
  /** every spelling seen (canonical name included when it appeared) */
  aliases: string[];
  mentions: number;
  /** the sentence and offsets of the first few mentions (see MAX_ENTITY_EVIDENCE) */
  evidence: Evidence[];
  /** [start, end) file offsets of every mention */
  spans: [number, number][];
}

export type DateKind = 'date' | 'month' | 'year' | 'range' | 'relative' | 'duration' | 'decade';

/** One date expression in an article. */
export interface DateMention {
  text: string;
  /** normalised value (ISO 8601 at the precision known), null when it cannot be fixed */
  value: Time | null;
  /** for ranges, the end of the range */
  end?: Time | null;
  kind: DateKind;
  /**
   * The TimeML value when it says more than `value` can: an ISO week ("2016-W20"), weekend
   * ("2016-W20-WE"), quarter or half ("2016-Q2", "2016-H1"), season ("2016-SU"), or PRESENT_REF,
   * PAST_REF, FUTURE_REF ("now", "recently", "soon"). Published as the mention's value.
   */
  timex?: string;
  /** cleaned-text offsets of the expression */
  start: number;
  stop: number;
  sentenceIndex: number;
  evidence: Evidence;
  /** the expression as the grammar parsed it, before any reference date: readers resolve it again against theirs, never re-parse the text */
  expr: Expr;
}

/** A date mention as published: the cleaned-text offsets stay inside the pipeline. */
export type PublishedDate = Pick<DateMention, 'text' | 'value' | 'timex' | 'end' | 'kind' | 'evidence'>;

export type ArticleDateSource =
  | 'metadata'
  | 'dateline'
  | 'byline'
  | 'header'
  | 'caption'
  | 'footer'
  | 'body'
  | 'copyright';

/** The article's own publication date. */
export interface ArticleDate {
  value: Time;
  source: ArticleDateSource;
  /** the text it was read from (absent for metadata) */
  text?: string;
  /** true when a numeric date could be read either way and the rest of the text decided */
  ambiguous?: boolean;
  /** true when the text gives no year: it is the one in which the article's people held their offices */
  yearInferred?: boolean;
  evidence?: Evidence;
}

export type MeetingMode = 'in-person' | 'phone' | 'video';
export type MeetingStatus = 'held' | 'planned' | 'not-held';
/** PLOVER's modes of a consult (phone covers video links: PLOVER has no video mode) */
export type PloverMode = 'visit' | 'host' | 'third-party' | 'multilateral' | 'phone';

export interface Meeting {
  /** canonical names, two or more */
  participants: string[];
  location: string | null;
  date: Time | null;
  /** the text gives no date: the meeting, reported in the article's lead, is dated to the article's own day */
  dateAssumed: boolean;
  mode: MeetingMode;
  status: MeetingStatus;
  host: string | null;
  mediators: string[];
  /** CAMEO event code: 040-046 held, 036 planned, 125/164 not held (see extract/meetings/codes.ts) */
  cameo: string;
  /** PLOVER consult mode; null when the text does not say how they met */
  ploverMode: PloverMode | null;
  /** the first few reports' sentences (see extract/bounds.ts) */
  evidence: Evidence[];
  /** [start, end) file offsets of every report, present when evidence quotes only the first few */
  spans?: [number, number][];
}

export type CeasefireClaimKind = 'agreed' | 'called-for' | 'holding' | 'violated' | 'extended' | 'mentioned';

export interface CeasefireClaim {
  kind: CeasefireClaimKind;
  /** for violations: who accuses, who is accused (canonical names or country names) */
  accuser?: string | null;
  accused?: string | null;
  evidence: Evidence;
}

export interface CeasefireCitation {
  /** catalogue id when resolved, else null */
  id: string | null;
  name: string;
  date: Time | null;
  brokers: string[];
  claims: CeasefireClaim[];
  evidence: Evidence[];
  /** [start, end) file offsets of every mention, present when evidence quotes only the first few */
  spans?: [number, number][];
}

/** Everything extracted from one article: the `Article` of the JSON contract. */
export interface ArticleFacts {
  file: string;
  /** set when the article was not analysed: "off-topic" (it names nothing of the conflict; never with --all-topics) */
  skipped?: 'off-topic';
  title: string | null;
  date: ArticleDate | null;
  meta: UserMetadata;
  people: EntityFact[];
  places: EntityFact[];
  organizations: EntityFact[];
  dates: PublishedDate[];
  meetings: Meeting[];
  ceasefires: CeasefireCitation[];
  /** present only when a stage stopped at one of its bounds (see extract/limits.ts): the facts are incomplete */
  limits?: ExtractionLimit[];
}

/** A per-article bound a stage reached: which stage, and what was left out. */
export interface ExtractionLimit {
  stage: string;
  message: string;
}

/** A file that could not be processed, and why. */
export interface FileError {
  file: string;
  message: string;
}

/** A token of the article, from the one tokeniser (knowledge/text.ts); offsets into LoadedArticle.text. */
export interface DocToken {
  text: string;
  start: number;
  end: number;
  /** a word (letters and digits), the possessive 's, or one punctuation mark */
  kind: 'word' | 'possessive' | 'punct';
  /** whitespace precedes it (false: glued to the token before, as in "Su-25") */
  spaced: boolean;
  /** case and accents folded (see knowledge/text.ts fold) */
  folded: string;
  /** the folded form without transliteration noise, as names are looked up ("aliev" for Aliyev: knowledge/text.ts nameKey) */
  key: string;
  /** starts with an upper-case letter */
  cap: boolean;
  /** index of its sentence */
  sentence: number;
  /** compromise's own lexicon tags for the word ("Month", "WeekDay", "PastTense", "Uncountable"...); [] when it has none */
  lexicon: readonly string[];
  /** our knowledge's tag for the word ("FirstName", "LastName", "Place", "Organization"), taking precedence over compromise's */
  known: string | null;
  /** the place whose people the word names ("Armenian", "Azeri", "Russian"), found once here for every reader */
  demonym: PlaceEntry | null;
  /**
   * The verb's infinitive when compromise knows the word as a verb form ("met" → "meet", "held" →
   * "hold", "agreeing" → "agree", "was" → "be", "holds" → "hold"); null for other words. Read out of
   * context from compromise's lexicon, conjugator and suffix model (annotate/nlp.ts verbLemma), so a
   * noun that is also a verb form ("talks") carries one too: match verbs by lemma, not every inflection.
   */
  lemma: string | null;
}

/** A word of the article, letters and digits only ("Aliyev's" gives Aliyev and s): what names are matched on. */
export type DocWord = Omit<DocToken, 'kind' | 'spaced' | 'cap'>;

/**
 * One article annotated once, read by every extractor (the Doc): its sentences, its tokens and
 * words in text order, and where each sentence's tokens begin. Nothing downstream tokenises the
 * text again.
 */
export interface AnnotatedArticle {
  article: LoadedArticle;
  sentences: Sentence[];
  tokens: DocToken[];
  words: DocWord[];
  /** sentence i holds tokens[sentenceTokens[i] .. sentenceTokens[i + 1]) */
  sentenceTokens: Int32Array;
  /** the paragraph of each sentence, counted from 0 (a blank line starts a new one) */
  paragraphOf: Int32Array;
}

export type Doc = AnnotatedArticle;
