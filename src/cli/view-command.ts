import { Command } from 'commander';
import { CorpusAggregator } from '../aggregate/corpus.js';
import { compileFilters, type CompiledFilters } from '../aggregate/filters.js';
import { loadKnowledge } from '../knowledge/index.js';
import { reportErrors } from '../render/report.js';
import { write } from '../render/output.js';
import { VIEWS, type ViewContext } from '../render/views/index.js';
import { addCommonOptions, aggregate, formatOf, openOutput, type CommonOptions } from './options.js';
import { exitFor } from './exit.js';
import { DESCRIPTIONS, type CommandName } from './commands/descriptions.js';

export interface ViewOptions extends CommonOptions {
  perArticle?: boolean;
  type?: string;
}

const TYPES: Record<string, string> = { people: 'person', places: 'place', organizations: 'organization', organisations: 'organization' };

/** Filters that keep everything, without building the knowledge base's indexes. */
export const KEEP_ALL: CompiledFilters = { active: false, meeting: () => true, ceasefire: () => true, mentions: () => true, articleDate: () => true, articleStatus: () => true };

/** The filters the options ask for (the knowledge base is built only when there are some). */
export function filtersOf(o: ViewOptions): CompiledFilters {
  const wanted = Boolean(o.from || o.to || o.person?.length || o.place || o.country || o.status);
  return wanted ? compileFilters(loadKnowledge(o.knowledge), o) : KEEP_ALL;
}

/**
 * What a view needs besides the report, from the command's options: any command that holds a
 * CorpusReport (merge too) renders it with VIEWS[name].render(format, report, viewContext(o, filters)).
 */
export function viewContext(o: ViewOptions, filters: CompiledFilters): ViewContext {
  return {
    // built only by the views that need it (graph, gdelt, plover): a cached run of the others never builds the indexes
    get knowledge() { return loadKnowledge(o.knowledge); },
    filters,
    from: o.from,
    to: o.to,
    sources: Boolean(o.sources),
    types: o.type ? [TYPES[o.type]] : undefined,
  };
}

/**
 * A corpus command that aggregates the corpus and prints one of the views: the common
 * options, then `extra` options, then corpus → CorpusReport → the view in the chosen format.
 */
export function viewCommand(name: string, examples: string[], extra: (cmd: Command) => Command = (c) => c): Command {
  const view = VIEWS[name];
  const cmd = extra(addCommonOptions(new Command(name), view.formats).description(DESCRIPTIONS[name as CommandName]));
  return cmd
    .addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ karabakh-cli ${e}`).join('\n')}\n`)
    .action(async (paths: string[], o: ViewOptions) => {
      openOutput(o);
      const format = formatOf(o, view.formats);
      const filters = filtersOf(o);
      const agg = new CorpusAggregator(view.parts, { perArticle: o.perArticle, filters });
      const { errors, skipped } = await aggregate(paths, o, (facts) => agg.add(facts));
      reportErrors(errors);
      const report = agg.result(errors, skipped);
      write(view.render(format, report, viewContext(o, filters)));
      process.exitCode = exitFor(errors, report.articles);
    });
}
