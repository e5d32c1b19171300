import { inRange, type ArticleDateRow, type TimelineEntry } from '../../aggregate/timeline.js';
import { count, renderReport, TABLE_FORMATS, type Format, summaryTail } from '../report.js';
import { renderNdjsonLine } from '../json.js';
import { type View } from './view.js';

function dateFrom(a: ArticleDateRow): string {
  if (!a.date) return 'nothing in the text fixes it';
  return `${a.date.source}${a.date.ambiguous ? ' (ambiguous)' : ''}${a.date.text ? `: ${a.date.text}` : ''}`;
}

/** Each article's own date (and where it came from), then every dated mention in date order. */
export const datesView: View = {
  parts: ['dates'],
  formats: TABLE_FORMATS,
  render(format, report, ctx) {
    const articles = report.articleDates;
    const entries = report.mentions.filter((e) => (!ctx.from && !ctx.to) || inRange(e.value, e.end, ctx.from, ctx.to));
    const mentions = renderReport<TimelineEntry>(format as Format, {
      columns: [{ head: 'Date' }, { head: 'Expression' }, { head: 'Article', cut: 'start' }, { head: 'Sentence', cut: 'end' }],
      rows: entries,
      cells: (e) => [e.end && e.end !== e.value ? `${e.value}/${e.end}` : e.value, e.text, e.file, e.evidence.sentence],
      document: () => ({ schemaVersion: 1, articles, timeline: entries, errors: report.errors }),
      line: (e) => ({ type: 'mention', ...e }),
      summary: `${count(entries.length, 'dated mention')} ${summaryTail(report, articles.length)}`,
      empty: 'No dated mentions found.',
    }, ctx.layout);
    // data formats get one table: the mentions (each names its article)
    if (format === 'json' || format === 'csv' || format === 'tsv') return mentions;
    if (format === 'ndjson') return articles.map((a) => renderNdjsonLine({ type: 'article', ...a })).join('') + mentions;
    // for people: the article dates first, as their own table
    const own = renderReport<ArticleDateRow>(format as Format, {
      columns: [{ head: 'File', cut: 'start' }, { head: 'Article date' }, { head: 'From' }],
      rows: articles,
      cells: (a) => [a.file, a.date?.value ?? 'unknown', dateFrom(a)],
      document: () => null,
    }, ctx.layout);
    return `${own}\n${mentions}`;
  },
};
