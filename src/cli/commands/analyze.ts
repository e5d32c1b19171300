import { Command } from 'commander';
import type { ArticleFacts, FileError } from '../../types.js';
import { count, failures, renderReport, reportErrors, skippedNote, TABLE_FORMATS, type Format } from '../../render/report.js';
import { flush, write, writeArticle } from '../../render/output.js';
import { filtersOf } from '../view-command.js';
import { addCommonOptions, corpus, formatOf, openOutput, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { reachedLimits } from '../../pipeline/result.js';
import { escapeLine } from '../../render/escape.js';
import { DESCRIPTIONS } from './descriptions.js';

export const SCHEMA_VERSION = 1;

export function analyzeCommand(): Command {
  return addCommonOptions(new Command('analyze'), TABLE_FORMATS)
    .description(DESCRIPTIONS.analyze)
    .addHelpText('after', '\nExamples:\n  $ karabakh-cli analyze --json corpus/ > facts.json\n  $ karabakh-cli analyze --ndjson corpus/ | jq -c \'.meetings[]\'\n  $ karabakh-cli analyze --person Aliyev --from 2020 corpus/\n')
    .action(async (paths: string[], o: CommonOptions) => {
      openOutput(o);
      const format = formatOf(o, TABLE_FORMATS) as Format;
      const filters = filtersOf(o);
      const keep = (f: ArticleFacts) => !filters.active || (filters.mentions(f) && filters.articleDate(f) && filters.articleStatus(f));
      const errors: FileError[] = [];
      const articles: ArticleFacts[] = [];
      const lines: string[] = [];
      let processed = 0;
      let skipped = 0;
      for await (const r of corpus(paths, o, format === 'ndjson')) {
        if (r.error) {
          errors.push(r.error);
          if (format !== 'json') reportErrors([r.error]);
          continue;
        }
        processed++;
        if (reachedLimits(r.body)) warnLimits(r.file);
        if (filters.active && !keep(r.facts)) continue;
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
      } else if (format !== 'ndjson') {
        write(renderReport<ArticleFacts>(format, {
          columns: [{ head: 'File', cut: 'start', min: 16 }, { head: 'Date' }, { head: 'People' }, { head: 'Places' }, { head: 'Organisations' }, { head: 'Meetings', align: 'right' }, { head: 'Ceasefires', align: 'right' }],
          rows: articles,
          cells: (a) => [a.file, a.date?.value ?? '', names(a.people, ', '), names(a.places, ', '), names(a.organizations, ', '), String(a.meetings.length), String(a.ceasefires.length)],
          fields: (a) => [a.file, a.date?.value ?? '', names(a.people, '; '), names(a.places, '; '), names(a.organizations, '; '), String(a.meetings.length), String(a.ceasefires.length)],
          document: () => null,
          summary: `${count(processed - skipped, 'article')} analysed${articles.length < processed - skipped ? `, ${articles.length} shown` : ''}${failures(errors)}${skippedNote(skipped)}`,
          empty: 'No articles to show.',
        }));
      }
      process.exitCode = exitFor(errors, processed);
    });
}

function names(list: { name: string }[], sep: string): string {
  return list.map((e) => e.name).join(sep);
}

/** A file processed only in part (a bound was reached): said on stderr; its JSON lists the limits. */
function warnLimits(file: string): void {
  flush();
  process.stderr.write(`karabakh-cli: warning: ${escapeLine(file)}: extraction limit reached, its facts are incomplete (see "limits" in its JSON; \`check\` reports it as extraction-limit)\n`);
}
