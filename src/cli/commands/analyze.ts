import { Command } from 'commander';
import type { ArticleFacts, FileError } from '../../types.js';
import { renderNdjsonLine, renderJson } from '../../render/json.js';
import { emit, reportErrors } from '../../render/report.js';
import { write } from '../../render/output.js';
import { addCommonOptions, corpus, formatOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';

export const SCHEMA_VERSION = 1;

/**
 * The contract's Article: the facts as extracted, minus the cleaned-text offsets of date
 * mentions (evidence carries the file's own offsets).
 */
export function articleJson(f: ArticleFacts): unknown {
  return { ...f, dates: f.dates.map(({ text, value, end, kind, evidence }) => ({ text, value, end, kind, evidence })) };
}

export function analyzeCommand(): Command {
  return addCommonOptions(new Command('analyze'))
    .description('every fact of every article: date, entities, date mentions, meetings, ceasefires (see the JSON contract)')
    .action(async (paths: string[], o: CommonOptions) => {
      const format = formatOf(o);
      const errors: FileError[] = [];
      const articles: ArticleFacts[] = [];
      let processed = 0;
      for await (const r of corpus(paths, o)) {
        if (r.error) {
          errors.push(r.error);
          if (format !== 'json') reportErrors([r.error]);
          continue;
        }
        processed++;
        // NDJSON streams: nothing is kept, so memory stays flat whatever the corpus size.
        if (format === 'ndjson') write(renderNdjsonLine(articleJson(r.facts)));
        else articles.push(r.facts);
      }
      if (format === 'json') {
        reportErrors(errors);
        write(renderJson({ schemaVersion: SCHEMA_VERSION, articles: articles.map(articleJson), errors }));
      } else if (format === 'table') {
        emit<ArticleFacts>('table', {
          head: ['File', 'Date', 'People', 'Places', 'Organisations', 'Meetings', 'Ceasefires'],
          rows: articles,
          cells: (a) => [a.file, a.date?.value ?? '', names(a.people), names(a.places), names(a.organizations), String(a.meetings.length), String(a.ceasefires.length)],
          document: () => null,
          errors,
          summary: `${processed} article${processed === 1 ? '' : 's'} analysed${errors.length ? `; ${errors.length} input${errors.length === 1 ? '' : 's'} failed (see above)` : ''}`,
        });
      }
      process.exitCode = exitFor(errors, processed);
    });
}

function names(list: { name: string }[]): string {
  return list.map((e) => e.name).join(', ');
}
