import { Command, InvalidArgumentError, Option } from 'commander';
import { loadKnowledge } from '../../knowledge/index.js';
import { readManifest } from '../../load/metadata.js';
import { DEFAULT_MAX_BYTES } from '../../load/read.js';
import { write } from '../../render/output.js';
import { useColour } from '../../render/colour.js';
import { DEFAULT_SETTINGS, runCheck } from '../../check/engine.js';
import { readExpectations } from '../../check/expect.js';
import { FORMATTERS, formatterByName } from '../../check/formatters/index.js';
import { RULES, ruleById } from '../../check/rules/index.js';
import type { CheckResult, RuleLevel } from '../../check/types.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../exit.js';
import { COMMANDS } from './index.js';

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

const collect = (value: string, previous: string[]) => [...previous, value];

/** Exit codes, ESLint's: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal failure. */
export function exitCodeOf(result: CheckResult): number {
  if (result.usage.length) return EXIT_USAGE;
  return result.errorCount ? EXIT_SOME_FAILED : EXIT_OK;
}

export function checkCommand(): Command {
  const ruleHelp = RULES.map((r) => `  ${r.id.padEnd(18)} ${r.level.padEnd(5)}  ${r.description}`).join('\n');
  return new Command('check')
    .description(COMMANDS.check.description)
    .argument('<paths...>', 'files, folders (searched recursively for .txt/.md), glob patterns, or - for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--rule <id=level>', 'set a rule to off, warn or error; repeatable', parseRule, new Map<string, RuleLevel>())
    .option('--against <dir>', 'existing corpus the inputs must not duplicate (inputs inside it are skipped); repeatable', collect, [])
    .addOption(new Option('--similarity <ratio>', 'near-duplicate threshold: shared 5-word shingles (Jaccard), 0-1').argParser(ratio).default(DEFAULT_SETTINGS.similarity))
    .addOption(new Option('--min-words <n>', 'fewer words than this after cleaning is too short').argParser(positiveInt).default(DEFAULT_SETTINGS.minWords))
    .option('--expect <file>', 'JSON file of facts an analyst verified, which must still be extracted (see README)')
    .option('-k, --knowledge <file>', 'extra knowledge file; repeatable', collect, [])
    .option('--ignore <glob>', 'skip files matching this glob; repeatable', collect, [])
    .option('--follow', 'follow symbolic links that lead outside the folders and patterns given')
    .addOption(new Option('--max-bytes <n>', 'refuse files larger than this').argParser(positiveInt).default(DEFAULT_MAX_BYTES))
    .option('--manifest <csv>', "CSV with columns file,date,url,source giving each file's metadata")
    .addHelpText('after', `\nRules (id, default level, what it finds):\n${ruleHelp}\n\nExit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal failure.\n`)
    .action((paths: string[], o: CheckCliOptions) => {
      const format = formatterByName(o.format)!;
      const result = runCheck(paths, {
        knowledge: loadKnowledge(o.knowledge),
        settings: { minWords: o.minWords, similarity: o.similarity },
        levels: o.rule,
        against: o.against,
        expectations: o.expect ? readExpectations(o.expect) : null,
        ignore: o.ignore,
        follow: o.follow ?? false,
        maxBytes: o.maxBytes,
        manifest: o.manifest ? readManifest(o.manifest) : undefined,
      });
      for (const u of result.usage) process.stderr.write(`karabakh-cli: ${u.file}: ${u.message}\n`);
      for (const n of result.notes) process.stderr.write(`karabakh-cli: note: ${n.file}: ${n.message}\n`);
      write(format(result, { colour: useColour(process.stdout) }));
      process.exitCode = exitCodeOf(result);
    });
}
