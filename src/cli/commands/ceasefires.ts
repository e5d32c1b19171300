import { Command } from 'commander';
import { CeasefireAggregator, type CorpusCeasefire } from '../../aggregate/ceasefires.js';
import { count, emit, failures, reportErrors, skippedNote } from '../../render/report.js';
import { addCommonOptions, aggregate, formatOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { DESCRIPTIONS } from './descriptions.js';

export function ceasefiresCommand(): Command {
  return addCommonOptions(new Command('ceasefires'))
    .description(DESCRIPTIONS.ceasefires)
    .action(async (paths: string[], o: CommonOptions) => {
      const format = formatOf(o);
      const agg = new CeasefireAggregator();
      const { errors, articles, skipped } = await aggregate(paths, o, (facts) => agg.add(facts));
      const rows = agg.result();
      reportErrors(errors);
      emit<CorpusCeasefire>(format, {
        head: ['Ceasefire', 'Date', 'Brokers', 'Articles', 'Outlets', 'Violation claims by accuser'],
        rows,
        cells: (c) => [c.name, c.date ?? '', c.brokers.join(', '), String(c.articles), outlets(c), c.violationsByAccuser.map((v) => `${v.accuser} ${v.count}`).join(', ')],
        document: () => ({ schemaVersion: 1, ceasefires: rows, errors }),
        summary: `${count(rows.length, 'ceasefire')} cited in ${count(articles, 'article')}${failures(errors)}${skippedNote(skipped)}`,
      });
      process.exitCode = exitFor(errors, articles);
    });
}

/** The distinct outlets of the articles citing a ceasefire (from pages, records, sidecars, manifest). */
function outlets(c: CorpusCeasefire): string {
  return [...new Set(c.sources.map((s) => s.outlet).filter(Boolean))].join(', ');
}
