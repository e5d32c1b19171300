import fs from 'node:fs';
import path from 'node:path';
import type { Knowledge } from '../knowledge/index.js';
import { findInputs, type FindOptions } from '../load/find.js';
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../load/read.js';
import { readArticles } from '../load/sources.js';
import type { CheckResult, CheckSettings, CheckSubject, FileReport, Finding, Rule, RuleContext, RuleLevel, UsageProblem } from './types.js';
import type { Expectations } from './expect.js';
import { RULES } from './rules/index.js';
import { fingerprint, SimilarityIndex } from './similarity.js';
import { subjectOf } from './subject.js';
import { runCorpus, type RunOptions } from '../pipeline/run.js';

export const DEFAULT_SETTINGS: CheckSettings = { minWords: 50, similarity: 0.8 };

/** How files are read and processed: the corpus runner's options (--jobs, cache, --manifest...). */
export interface CheckOptions extends ReadOptions, FindOptions, Pick<RunOptions, 'jobs' | 'cacheDir' | 'knowledgeFiles'> {
  knowledge: Knowledge;
  settings?: Partial<CheckSettings>;
  /** --rule overrides by rule id */
  levels?: Map<string, RuleLevel>;
  /** --against: folders (or files) of the existing corpus that inputs must not duplicate */
  against?: string[];
  expectations?: Expectations | null;
  /** called after each input: files done, files in all (the CLI draws a progress bar) */
  onProgress?: (done: number, total: number) => void;
}

/** The level each rule runs at: its default unless --rule changed it. */
export function effectiveLevels(overrides: Map<string, RuleLevel> = new Map()): Map<Rule, RuleLevel> {
  return new Map(RULES.map((r) => [r, overrides.get(r.id) ?? r.level]));
}

/**
 * Checks the inputs named by `paths`. Files go through the corpus runner every command uses
 * (worker threads, cache, progress) and come back in input order; each is compared with
 * --against and with the inputs before it, so memory holds only fingerprints.
 */
export async function runCheck(paths: string[], options: CheckOptions): Promise<CheckResult> {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const levels = effectiveLevels(options.levels);
  const usage: UsageProblem[] = [];
  const notes: UsageProblem[] = [];
  const { files, errors } = findInputs(paths, options);
  usage.push(...errors);

  const corpus = new SimilarityIndex(settings.similarity);
  if (options.against?.length) indexAgainst(options.against, new Set(files.map(realPath)), corpus, options, usage, notes);
  const expectations = options.expectations ?? null;
  for (const e of expectations?.missingFiles() ?? []) {
    usage.push({ file: expectations!.source, message: `line ${e.line}: "${e.key}" does not exist (paths are relative to the expect file's folder); fix the path or remove the entry` });
  }

  const context: RuleContext = { settings, knowledge: options.knowledge, corpus, expectations };
  const reports: FileReport[] = [];
  const run = runCorpus(files, () => options.knowledge, {
    ...options,
    task: 'check',
    jobs: options.jobs ?? 1,
    cacheDir: options.cacheDir ?? null,
    knowledgeVersion: options.knowledge.version,
  });
  const inputs = new Set(files);
  for await (const r of run) {
    const file = r.file;
    const subject = { ...subjectOf(r, options.maxBytes ?? DEFAULT_MAX_BYTES), ...recordOf(file, inputs) };
    const report = reportFor(subject, levels, context);
    // an unreadable file is a finding and, like an unreadable folder, means the check is incomplete
    if (subject.failure?.denied) usage.push({ file, message: 'permission denied: this file could not be checked' });
    // Added after its own check, so a file is compared with the ones before it, never itself.
    if (subject.fingerprint) corpus.add(file, subject.fingerprint);
    // the records of a JSON Lines file are one file's report, each finding at its record's line
    const last = reports[reports.length - 1];
    if (subject.path && last?.file === subject.path) mergeInto(last, report);
    else reports.push(report);
  }
  return {
    files: reports,
    usage,
    notes,
    errorCount: reports.reduce((n, r) => n + r.errorCount, 0),
    warningCount: reports.reduce((n, r) => n + r.warningCount, 0),
  };
}

/** "scrape.jsonl:17", a record of the input scrape.jsonl → where its findings are reported. */
function recordOf(name: string, inputs: Set<string>): { path?: string; line?: number } {
  const m = /^(.*):(\d+)$/.exec(name);
  return m && inputs.has(m[1]) && !inputs.has(name) ? { path: m[1], line: Number(m[2]) } : {};
}

function mergeInto(into: FileReport, from: FileReport): void {
  into.findings.push(...from.findings);
  into.errorCount += from.errorCount;
  into.warningCount += from.warningCount;
}

/** Runs every rule that is on; findings in line order. */
export function reportFor(subject: CheckSubject, levels: Map<Rule, RuleLevel>, context: RuleContext): FileReport {
  const findings: Finding[] = [];
  for (const [rule, level] of levels) {
    if (level === 'off') continue;
    for (const p of rule.check(subject, context)) {
      findings.push({
        ruleId: rule.id,
        severity: level === 'error' ? 'error' : 'warning',
        file: p.file ?? subject.path ?? subject.file,
        line: p.line ?? subject.line ?? 1,
        column: p.column ?? 1,
        message: p.message,
      });
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { file: subject.path ?? subject.file, findings, errorCount, warningCount: findings.length - errorCount };
}

/**
 * Fingerprints the existing corpus. The inputs themselves are left out (a pull request's new
 * files are also in the checked-out corpus); unreadable files there are noted, not fatal.
 */
function indexAgainst(dirs: string[], inputs: Set<string>, corpus: SimilarityIndex, options: CheckOptions, usage: UsageProblem[], notes: UsageProblem[]): void {
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) {
      usage.push({ file: dir, message: '--against: no such file or folder' });
      continue;
    }
    const { files, errors } = findInputs([dir], options);
    for (const e of errors) notes.push({ file: e.file, message: `--against: ${e.message}` });
    for (const file of files) {
      if (inputs.has(realPath(file))) continue;
      for (const read of readArticles(file, options)) {
        if (!read.ok) {
          notes.push({ file: read.error.file, message: `--against: not compared: ${read.error.message}` });
          continue;
        }
        const fp = fingerprint(read.article.text);
        if (fp) corpus.add(read.article.file, fp);
      }
    }
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
