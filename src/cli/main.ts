import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { closeOutput, guardStdout } from '../render/output.js';
import { EXIT_USAGE } from './exit.js';
import { COMMANDS } from './commands/index.js';
import { escapeControl } from '../render/escape.js';
import { tuneCompiler } from './compiler-tuning.js';

const MAIN_HELP = `
Examples:
  $ karabakh-cli meetings corpus/
  $ karabakh-cli meetings --person Pashinyan --from 2021 --format csv -o meetings.csv corpus/
  $ karabakh-cli graph --format dot corpus/ | dot -Tsvg > who-met-whom.svg
  $ karabakh-cli analyze --ndjson corpus/ | jq .date
  $ karabakh-cli check --format github new-articles/

Exit codes:
  0  every input was processed (check: no errors)
  1  some inputs could not be processed, the rest were (check: errors found)
  2  usage error, bad --knowledge file, nothing readable, or an internal failure

Run karabakh-cli help COMMAND for a command's options.`;

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/**
 * The program. Only the command being run is imported (with all its options); the others are
 * listed by name and description for the top-level help.
 */
export async function program(argv: string[]): Promise<Command> {
  const cmd = new Command('karabakh-cli')
    .description('Who met whom, where, when and how; which ceasefires were cited; and every person, place and organisation, across a corpus of news articles on Armenia-Azerbaijan diplomacy.')
    .version(pkg.version)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', MAIN_HELP)
    // `merge REPORT ...` hands everything after REPORT to that command's own parser
    .enablePositionalOptions();
  const wanted = argv.slice(2).find((a) => !a.startsWith('-'));
  const helpFor = wanted === 'help' ? argv.slice(2).filter((a) => !a.startsWith('-'))[1] : undefined;
  for (const [name, entry] of Object.entries(COMMANDS)) {
    if (name === wanted || name === helpFor) cmd.addCommand(await entry.load());
    else cmd.command(name).description(entry.description).argument('<paths...>').allowUnknownOption();
  }
  return cmd;
}

export async function main(argv: string[]): Promise<void> {
  tuneCompiler();
  guardStdout();
  // No SIGINT handler on purpose: with --jobs 1 an article is processed synchronously, and a
  // JavaScript handler would wait for the event loop. Node's default ends the process (and
  // its workers) at once, quietly, with status 130; cache entries are written atomically, so
  // an interrupt never leaves half a file.
  const cmd = (await program(argv)).exitOverride();
  // addCommand() does not pass exitOverride on: without this a bad option of a command exits 1, not 2.
  // Usage errors quote the arguments, which may hold terminal escapes: printed escaped.
  const output = { writeErr: (text: string) => process.stderr.write(escapeControl(text)) };
  cmd.configureOutput(output);
  for (const sub of cmd.commands) sub.exitOverride().configureOutput(output);
  try {
    await cmd.parseAsync(argv);
    closeOutput();
  } catch (e) {
    closeOutput();
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.stderr.write(`karabakh-cli: ${escapeControl((e as Error).message)}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
