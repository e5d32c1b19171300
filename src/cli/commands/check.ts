import { Command, InvalidArgumentError, Option } from 'commander';
import { loadKnowledge } from '../../knowledge/index.js';
import { readManifest } from '../../load/metadata.js';
import { DEFAULT_MAX_BYTES } from '../../load/read.js';
import fs from 'node:fs';
import { outputColour, outputToFile, write } from '../../render/output.js';
import { startProgress } from '../progress.js';
import { DEFAULT_SETTINGS, runCheck } from '../../check/engine.js';
import { readExpectations } from '../../check/expect.js';
import { FORMATTERS, formatterByName } from '../../check/formatters/index.js';
import { RULES, ruleById } from '../../check/rules/index.js';
import type { CheckResult, RuleLevel } from '../../check/types.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../exit.js';
import { escapeControl, escapeLine } from '../../render/escape.js';
import { addRunOptions, cacheDirOf, collect, jobsFor, quietHelp } from '../options.js';
import { DESCRIPTIONS } from './descriptions.js';
import { fields, fieldsHelp, PATHS_HELP } from '../options.js';
import type { FieldMap } from '../../load/jsonl.js';

interface CheckCliOptions {
  format: string;
  rule: Map<string, RuleLevel>;
  against: string[];
  similarity: number;
  minWords: number;
  expect?: string;
  knowledge: string[];
  ignore: string[];
  follow?: boolean;
  maxBytes: number;
  manifest?: string;
  fields?: FieldMap;
  jobs: number;
  cache: string | boolean;
  quiet?: boolean;
  maxWarnings?: number;
  output?: string;
  progress: boolean;
}

const LEVELS: Record<string, RuleLevel> = { off: 'off', '0': 'off', warn: 'warn', warning: 'warn', '1': 'warn', error: 'error', '2': 'error' };

/** --rule ID=off|warn|error, repeatable; an unknown id or level is a usage error naming the choices. */
function parseRule(value: string, previous: Map<string, RuleLevel>): Map<string, RuleLevel> {
  const m = /^([\w-]+)=(\w+)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected ID=off|warn|error, e.g. --rule no-date=error');
  if (!ruleById(m[1])) throw new InvalidArgumentError(`unknown rule "${m[1]}"; rules: ${RULES.map((r) => r.id).join(', ')}`);
  const level = LEVELS[m[2].toLowerCase()];
  if (!level) throw new InvalidArgumentError(`unknown level "${m[2]}"; use off, warn or error`);
  return new Map(previous).set(m[1], level);
}

function ratio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError('must be a number above 0 and at most 1, e.g. 0.8');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}


/**
 * Exit codes, ESLint's: 0 no errors (warnings allowed, up to --max-warnings), 1 errors found
 * or too many warnings, 2 usage or internal failure.
 */
export function exitCodeOf(result: CheckResult, maxWarnings?: number): number {
  if (result.usage.length) return EXIT_USAGE;
  if (result.errorCount) return EXIT_SOME_FAILED;
  return maxWarnings !== undefined && result.warningCount > maxWarnings ? EXIT_SOME_FAILED : EXIT_OK;
}

/** --quiet: errors only; the warnings are left out of what is printed (still counted for --max-warnings). */
export function errorsOnly(result: CheckResult): CheckResult {
  const files = result.files.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error'), warningCount: 0 }));
  return { ...result, files, warningCount: 0 };
}

/** One line for the CI job: "karabakh-cli check: 2 errors, 1 warning in 40 files". */
export function summaryLine(result: CheckResult): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `karabakh-cli check: ${n(result.errorCount, 'error')}, ${n(result.warningCount, 'warning')} in ${n(result.files.length, 'file')}${result.usage.length ? `; ${n(result.usage.length, 'argument')} could not be used` : ''}`;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

/** GitHub Actions shows what a step appends to $GITHUB_STEP_SUMMARY on the run's page. */
function jobSummary(line: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try { fs.appendFileSync(file, `${line}\n`); } catch { /* a summary that cannot be written never fails the check */ }
}

export function checkCommand(): Command {
  const ruleHelp = RULES.map((r) => `  ${r.id.padEnd(18)} ${r.level.padEnd(5)}  ${r.description}`).join('\n');
  // the runner's options (jobs, cache, progress) come last in the help, as for the other commands
  const cmd = quietHelp(new Command('check'))
    .description(DESCRIPTIONS.check)
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--rule <id=level>', 'set a rule to off, warn or error; repeatable', parseRule, new Map<string, RuleLevel>())
    .option('--against <dir>', 'existing corpus the inputs must not duplicate (inputs inside it are skipped); repeatable', collect, [])
    .addOption(new Option('--similarity <ratio>', 'near-duplicate threshold: shared 5-word shingles (Jaccard), 0-1').argParser(ratio).default(DEFAULT_SETTINGS.similarity))
    .addOption(new Option('--min-words <n>', 'fewer words than this after cleaning is too short').argParser(positiveInt).default(DEFAULT_SETTINGS.minWords))
    .option('--expect <file>', 'JSON file of facts an analyst verified, which must still be extracted (see README)')
    .option('-k, --knowledge <file>', 'extra knowledge file; repeatable', collect, [])
    .option('--ignore <pattern>', 'skip files matching this .gitignore-style pattern, relative to each input folder; repeatable', collect, [])
    .option('--follow', 'follow symbolic links that lead outside the folders and patterns given')
    .addOption(new Option('--max-bytes <n>', 'refuse files larger than this').argParser(positiveInt).default(DEFAULT_MAX_BYTES, '5 MiB'))
    .option('--manifest <csv>', "CSV with columns file,date,url,source giving each file's metadata")
    .option('--fields <map>', fieldsHelp, fields)
    .option('-q, --quiet', 'report errors only, not warnings')
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(nonNegativeInt))
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .addHelpText('after', `\nRules (id, default level, what it finds):\n${ruleHelp}\n\nExamples:\n  $ karabakh-cli check corpus/\n  $ karabakh-cli check --format github --against corpus --expect corpus/expect.json new/*.txt\n  $ karabakh-cli check --format sarif -o check.sarif --max-warnings 0 corpus/\n\nExit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors found or too many\nwarnings, 2 usage or internal failure. With GITHUB_STEP_SUMMARY set, a summary line is added\nto the job summary.\n`)
    .action(async (paths: string[], o: CheckCliOptions) => {
      const format = formatterByName(o.format)!;
      if (o.output) {
        try { outputToFile(o.output); } catch (e) { throw new Error(`cannot write --output ${o.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
      }
      const progress = startProgress({ enabled: o.progress, streaming: false, unit: 'files' });
      const result = await runCheck(paths, {
        knowledge: loadKnowledge(o.knowledge),
        settings: { minWords: o.minWords, similarity: o.similarity },
        levels: o.rule,
        against: o.against,
        expectations: o.expect ? readExpectations(o.expect) : null,
        ignore: o.ignore,
        follow: o.follow ?? false,
        maxBytes: o.maxBytes,
        manifest: o.manifest ? readManifest(o.manifest) : undefined,
        fields: o.fields,
        jobs: jobsFor(o.jobs),
        cacheDir: cacheDirOf(o),
        knowledgeFiles: o.knowledge,
        onProgress: progress.update,
      }).finally(() => progress.stop());
      for (const u of result.usage) process.stderr.write(`karabakh-cli: ${escapeLine(u.file)}: ${escapeControl(u.message)}\n`);
      for (const n of result.notes) process.stderr.write(`karabakh-cli: note: ${escapeLine(n.file)}: ${escapeControl(n.message)}\n`);
      write(format(o.quiet ? errorsOnly(result) : result, { colour: outputColour() }));
      const summary = summaryLine(result);
      jobSummary(summary);
      // machine formats keep stdout to the document; the CI log still gets the line
      if (o.format === 'json' || o.format === 'sarif') process.stderr.write(`${summary}\n`);
      process.exitCode = exitCodeOf(result, o.maxWarnings);
    });
  return addRunOptions(cmd);
}
