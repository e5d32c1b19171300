import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { guardStdout } from '../render/output.js';
import { EXIT_USAGE } from './exit.js';
import { entitiesCommand } from './commands/entities.js';
import { analyzeCommand } from './commands/analyze.js';
import { meetingsCommand } from './commands/meetings.js';
import { checkCommand } from './commands/check.js';
import { datesCommand } from './commands/dates.js';
import { ceasefiresCommand } from './commands/ceasefires.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export function program(): Command {
  return new Command('karabakh-cli')
    .description('Who met whom, where, when and how; which ceasefires were cited; and every person, place and organisation, across a corpus of news articles on Armenia-Azerbaijan diplomacy.')
    .version(pkg.version)
    .addCommand(entitiesCommand())
    .addCommand(datesCommand())
    .addCommand(ceasefiresCommand())
    .addCommand(meetingsCommand())
    .addCommand(analyzeCommand())
    .addCommand(checkCommand())
    .showHelpAfterError('(run with --help for usage)');
}

export async function main(argv: string[]): Promise<void> {
  guardStdout();
  // No SIGINT handler on purpose: the commands work synchronously, and a JavaScript handler
  // only runs when the event loop is free, so it would hold Ctrl-C off until the whole corpus
  // was done. Node's default ends the process at once, quietly, with status 130.
  const cmd = program().exitOverride();
  // addCommand() does not pass exitOverride on: without this a bad option of a command exits 1, not 2.
  for (const sub of cmd.commands) sub.exitOverride();
  try {
    await cmd.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    process.stderr.write(`karabakh-cli: ${(e as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
