import { Command } from 'commander';
import type { ArticleFacts, FileError } from '../../types.js';
import { count, emit, failures, reportErrors, skippedNote } from '../../render/report.js';
import { flush, write, writeArticle } from '../../render/output.js';
import { addCommonOptions, corpus, formatOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { reachedLimits } from '../../pipeline/result.js';
import { escapeLine } from '../../render/escape.js';
import { DESCRIPTIONS } from './descriptions.js';

export const SCHEMA_VERSION = 1;

export function analyzeCommand(): Command {
  return addCommonOptions(new Command('analyze'))
    .description(DESCRIPTIONS.analyze)
    .action(async (paths: string[], o: CommonOptions) => {
      const format = formatOf(o);
      const errors: FileError[] = [];
      const articles: ArticleFacts[] = [];
      const lines: string[] = [];
      let processed = 0;
      let skipped = 0;
      for await (const r of corpus(paths, o)) {
        if (r.error) {
          errors.push(r.error);
          if (format !== 'json') reportErrors([r.error]);
          continue;
        }
        processed++;
        if (reachedLimits(r.body)) warnLimits(r.file);
        // NDJSON streams: nothing is kept, so memory stays flat whatever the corpus size.
        if (format === 'ndjson') writeArticle(r.file, r.body);
        else if (format === 'json') lines.push(r.line);
        else if (r.facts.skipped) skipped++;
        else articles.push(r.facts);
      }
      if (format === 'json') {
        reportErrors(errors);
        // the Article lines are already JSON: indent the document around them rather than re-serialise
        write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [${lines.length ? `\n    ${lines.join(',\n    ')}\n  ` : ''}],\n  "errors": ${JSON.stringify(errors)}\n}\n`);
      } else if (format === 'table') {
        emit<ArticleFacts>('table', {
          head: ['File', 'Date', 'People', 'Places', 'Organisations', 'Meetings', 'Ceasefires'],
          rows: articles,
          cells: (a) => [a.file, a.date?.value ?? '', names(a.people), names(a.places), names(a.organizations), String(a.meetings.length), String(a.ceasefires.length)],
          document: () => null,
          summary: `${count(processed - skipped, 'article')} analysed${failures(errors)}${skippedNote(skipped)}`,
        });
      }
      process.exitCode = exitFor(errors, processed);
    });
}

function names(list: { name: string }[]): string {
  return list.map((e) => e.name).join(', ');
}

/** A file processed only in part (a bound was reached): said on stderr; its JSON lists the limits. */
function warnLimits(file: string): void {
  flush();
  process.stderr.write(`karabakh-cli: warning: ${escapeLine(file)}: extraction limit reached, its facts are incomplete (see "limits" in its JSON; \`check\` reports it as extraction-limit)\n`);
}
