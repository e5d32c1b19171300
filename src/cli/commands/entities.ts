import { Command, Option } from 'commander';
import type { EntityType } from '../../types.js';
import { EntityAggregator, type CorpusEntity } from '../../aggregate/entities.js';
import { count, emit, failures, reportErrors, skippedNote } from '../../render/report.js';
import { addCommonOptions, aggregate, formatOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { DESCRIPTIONS } from './descriptions.js';

const TYPES: Record<string, EntityType> = { people: 'person', places: 'place', organizations: 'organization', organisations: 'organization' };

export function entitiesCommand(): Command {
  return addCommonOptions(new Command('entities'))
    .description(DESCRIPTIONS.entities)
    .addOption(new Option('--type <type>', 'only this kind').choices(['people', 'places', 'organizations', 'organisations']))
    .action(async (paths: string[], o: CommonOptions & { type?: string }) => {
      const format = formatOf(o);
      const agg = new EntityAggregator();
      const { errors, articles, skipped } = await aggregate(paths, o, (facts) => agg.add(facts));
      const rows = agg.result(o.type ? [TYPES[o.type]] : undefined);
      reportErrors(errors);
      emit<CorpusEntity>(format, {
        head: ['Name', 'Type', 'Mentions', 'Articles', 'Spellings'],
        rows,
        cells: (e) => [e.name, e.type, String(e.mentions), String(e.articles), e.aliases.filter((a) => a !== e.name).join(', ')],
        document: () => ({ schemaVersion: 1, entities: rows, errors }),
        summary: `${count(rows.length, 'entity', 'entities')} in ${count(articles, 'article')}${failures(errors)}${skippedNote(skipped)}`,
      });
      process.exitCode = exitFor(errors, articles);
    });
}
