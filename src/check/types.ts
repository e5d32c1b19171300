import type { ArticleDate, ArticleFacts } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Fingerprint, SimilarityIndex } from './similarity.js';
import type { Expectations } from './expect.js';

// The vocabulary of `check`, modelled on ESLint: a rule is a module with an id, a default
// severity, a description and one function; the engine runs every rule on every file and
// collects the findings; a formatter turns the result into text.

/** What the user can set a rule to; "off" disables it. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** How serious a finding is, as reported. */
export type Severity = 'warning' | 'error';

/** Why a file could not be loaded, in the terms the rules speak. */
export type LoadFailureKind = 'not-readable' | 'not-utf8' | 'binary' | 'bad-metadata' | 'jsonl-bad-line' | 'jsonl-no-text';

export interface LoadFailure {
  kind: LoadFailureKind;
  message: string;
  /** 1-based; where the problem is when it is known (first invalid byte), else 1 */
  line: number;
  column: number;
  /** the file exists but this user may not read it: the run could not check everything it was given (exit 2) */
  denied?: boolean;
}

/** One input as the rules see it. Everything after a failed step is absent. */
export interface CheckSubject {
  /** the input, or FILE:LINE for a record of a JSON Lines file */
  file: string;
  /** for a record: the JSON Lines file and the record's line, where its findings are reported */
  path?: string;
  line?: number;
  /** "html" when the input was read as an HTML page */
  format?: 'html';
  failure?: LoadFailure;
  /** the file was read and cleaned (see `failure` when not) */
  loaded: boolean;
  /** words in the file as it is, and in the cleaned text */
  rawWords: number;
  words: number;
  facts?: ArticleFacts;
  /** the date the text alone gives, computed when the metadata gives one (to compare them) */
  textDate?: ArticleDate | null;
  extractionError?: Error;
  fingerprint?: Fingerprint;
  /** words of the text that name a people of the topic ("Armenian"): see topic.ts */
  demonyms: string[];
  /** the first ESC or BEL of the text, where it is */
  control?: { code: number; line: number; column: number } | null;
}

export interface CheckSettings {
  /** fewer words than this after cleaning is too short to be an article */
  minWords: number;
  /** estimated Jaccard similarity of word shingles at or above which two texts are near duplicates */
  similarity: number;
}

export interface RuleContext {
  settings: CheckSettings;
  knowledge: Knowledge;
  /** the texts this one is compared with: --against files and the inputs before it */
  corpus: SimilarityIndex;
  expectations: Expectations | null;
}

/** What a rule reports; the engine adds the rule id, severity and file. */
export interface RuleProblem {
  message: string;
  /** another file the problem is in (an --expect file); default the subject */
  file?: string;
  line?: number;
  column?: number;
}

export interface Rule {
  id: string;
  /** the level it runs at unless --rule says otherwise */
  level: Exclude<RuleLevel, 'off'>;
  /** one line for the README table and --help */
  description: string;
  check(subject: CheckSubject, context: RuleContext): RuleProblem[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface FileReport {
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

/** An argument or option that could not be used at all: exit code 2. */
export interface UsageProblem {
  file: string;
  message: string;
}

export interface CheckResult {
  files: FileReport[];
  usage: UsageProblem[];
  /** worth knowing but not a failure: --against files that could not be compared */
  notes: UsageProblem[];
  errorCount: number;
  warningCount: number;
}
