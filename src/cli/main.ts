import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { guardStdout } from '../render/output.js';
import { EXIT_USAGE } from './exit.js';
import { entitiesCommand } from './commands/entities.js';
import { analyzeCommand } from './commands/analyze.js';
import { datesCommand } from './commands/dates.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

export function program(): Command {
  return new Command('karabakh-cli')
    .description('Who met whom, where, when and how; which ceasefires were cited; and every person, place and organisation, across a corpus of news articles on Armenia-Azerbaijan diplomacy.')
    .version(pkg.version)
    .addCommand(entitiesCommand())
    .addCommand(datesCommand())
    .addCommand(analyzeCommand())
    .showHelpAfterError('(run with --help for usage)');
}

export async function main(argv: string[]): Promise<void> {
  guardStdout();
  process.on('SIGINT', () => {
    process.stderr.write('\nkarabakh-cli: interrupted\n');
    process.exit(130);
  });
  const cmd = program().exitOverride();
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
