import { Argument, Command, Option } from 'commander';
import { COMMANDS } from './index.js';
import { DESCRIPTIONS } from './descriptions.js';

/** The corpus commands whose report `merge` can build from map streams (each aggregates through cli/options.ts `aggregate`). */
export const MERGEABLE = ['entities', 'meetings', 'ceasefires', 'dates'];

/**
 * `merge REPORT [STREAMS...] [options]`: the corpus half of a distributed run. It is the
 * REPORT command itself, with every option and format of it, reading map streams instead of
 * articles: the same aggregators and renderers, so `map` over shards + `merge` prints what the
 * single command prints, byte for byte, whatever order the streams and their lines come in.
 */
export function mergeCommand(): Command {
  return new Command('merge')
    .description(DESCRIPTIONS.merge)
    .addArgument(new Argument('<report>', 'what to print, as the command of that name does').choices(MERGEABLE))
    .argument('[streams-and-options...]', `map output files or folders (none or -: stdin), then the report command's options, e.g. --json`)
    .passThroughOptions()
    .allowUnknownOption()
    .helpOption('-h, --help', 'this help; `merge REPORT --help` lists the options of REPORT')
    .action(async (report: string, rest: string[]) => {
      const sub = await COMMANDS[report].load();
      sub.name(`merge ${report}`).exitOverride();
      // Map streams, not articles; none means stdin, as a reducer reads.
      sub.registeredArguments[0].argOptional().description = 'map streams: files, folders of part files (Hadoop, Spark), or - (none: stdin)';
      sub.addOption(new Option('--from-records').hideHelp());
      await sub.parseAsync(['--from-records', ...rest], { from: 'user' });
    });
}
