import { Command } from 'commander';
import { Timeline, type TimelineEntry } from '../../aggregate/timeline.js';
import { count, emit, failures, reportErrors, skippedNote } from '../../render/report.js';
import { renderTable } from '../../render/table.js';
import { write } from '../../render/output.js';
import { renderNdjsonLine } from '../../render/json.js';
import { addCommonOptions, aggregate, isoDate, formatOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { DESCRIPTIONS } from './descriptions.js';

export function datesCommand(): Command {
  return addCommonOptions(new Command('dates'))
    .description(DESCRIPTIONS.dates)
    .option('--from <date>', 'only mentions on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'only mentions on or before this date', isoDate)
    .action(async (paths: string[], o: CommonOptions & { from?: string; to?: string }) => {
      const format = formatOf(o);
      const timeline = new Timeline(o.from, o.to);
      const { errors, skipped } = await aggregate(paths, o, (facts) => timeline.add(facts));
      reportErrors(errors);
      const entries = timeline.result();
      if (format === 'ndjson') for (const a of timeline.articles) write(renderNdjsonLine({ type: 'article', ...a }));
      if (format === 'table') {
        write(renderTable(['File', 'Article date', 'From'], timeline.articles.map((a) => [a.file, a.date?.value ?? 'unknown', a.date ? `${a.date.source}${a.date.ambiguous ? ' (ambiguous)' : ''}${a.date.text ? `: ${a.date.text}` : ''}` : 'nothing in the text fixes it'])));
      }
      emit<TimelineEntry>(format, {
        head: ['Date', 'Expression', 'Article', 'Sentence'],
        rows: entries,
        cells: (e) => [e.end && e.end !== e.value ? `${e.value}/${e.end}` : e.value, e.text, e.file, clip(e.evidence.sentence, 100)],
        document: () => ({ schemaVersion: 1, articles: timeline.articles, timeline: entries, errors }),
        line: (e) => ({ type: 'mention', ...e }),
        summary: `${count(entries.length, 'dated mention')} in ${count(timeline.articles.length, 'article')}${failures(errors)}${skippedNote(skipped)}`,
      });
      process.exitCode = exitFor(errors, timeline.articles.length);
    });
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '\u2026';
}
