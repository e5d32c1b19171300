import { Command } from 'commander';
import type { SourceResult } from '../../load/read.js';
import type { FileResult } from '../../pipeline/result.js';
import { write, writeArticle } from '../../render/output.js';
import { addInputOptions, runOptions, type CommonOptions } from '../options.js';
import { DESCRIPTIONS } from './descriptions.js';

/**
 * `map`: the per-article half of a distributed run. Each article becomes one NDJSON line, the
 * Article of the JSON contract (what `analyze --ndjson` prints), or {"file":…,"error":…} for
 * an input that could not be read, so `merge` can report it. A line depends only on its
 * article, its metadata, the options and the knowledge base: any split of the corpus over
 * any number of machines gives the same lines.
 */
export function mapCommand(): Command {
  return addInputOptions(new Command('map'))
    .description(DESCRIPTIONS.map)
    .argument('[paths...]', 'files, folders, glob patterns; none: JSON Lines records {"file","text","date","url","source"} on stdin')
    .action(async (paths: string[], o: CommonOptions) => {
      const { knowledgeVersion, loadKnowledge } = await import('../../knowledge/index.js');
      const options = { ...runOptions(o), knowledgeVersion: knowledgeVersion(o.knowledge) };
      const knowledge = () => loadKnowledge(o.knowledge);
      let results: AsyncGenerator<FileResult>;
      if (paths.length) {
        const { runCorpus } = await import('../../pipeline/run.js');
        results = runCorpus(paths, knowledge, options);
      } else {
        const { runSources } = await import('../../pipeline/run.js');
        const { readRecords } = await import('../../load/records.js');
        const sources: AsyncIterable<SourceResult> = readRecords(o.maxBytes);
        results = runSources(sources, knowledge, options);
      }
      for await (const r of results) {
        if (r.error) write(JSON.stringify({ file: r.file, error: r.error.message }) + '\n');
        else writeArticle(r.file, r.body);
      }
      // Failed inputs are records like the others: `merge` reports them and sets its exit code.
    });
}
