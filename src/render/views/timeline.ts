import type { CorpusReport } from '../../aggregate/corpus.js';
import { count, failures, skippedNote, renderReport, TABLE_FORMATS, type Format } from '../report.js';
import { filteredMeetings } from './meetings.js';
import { filteredCeasefires } from './ceasefires.js';
import { sourcesCell, type View, type ViewContext } from './view.js';

/** One event of the timeline: a meeting, or a ceasefire being agreed. */
export interface TimelineEvent {
  date: string;
  kind: 'meeting' | 'ceasefire';
  /** participants of a meeting, or the ceasefire's name */
  what: string;
  place: string | null;
  /** a meeting's mode and status; a ceasefire's brokers */
  how: string;
  sources: string[];
  /** the meeting or ceasefire as `meetings --json` / `ceasefires --json` print it */
  detail: unknown;
}

/** Meetings and ceasefires with a date, oldest first (undated ones cannot be placed). */
export function timelineEvents(report: CorpusReport, ctx: ViewContext): { events: TimelineEvent[]; undated: number } {
  const events: TimelineEvent[] = [];
  let undated = 0;
  for (const m of filteredMeetings(report, ctx)) {
    if (!m.date) { undated++; continue; }
    events.push({ date: m.date, kind: 'meeting', what: m.participants.join(', '), place: m.location, how: `${m.mode}, ${m.status}`, sources: m.sources.map((s) => s.file), detail: m });
  }
  for (const c of filteredCeasefires(report, ctx)) {
    if (!c.date) { undated++; continue; }
    events.push({ date: c.date, kind: 'ceasefire', what: c.name, place: null, how: c.brokers.length ? `brokered by ${c.brokers.join(', ')}` : '', sources: c.files, detail: c });
  }
  // stable: a meeting and a ceasefire of the same day keep that order
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, undated };
}

export const timelineView: View = {
  parts: ['meetings', 'ceasefires'],
  formats: TABLE_FORMATS,
  render(format, report, ctx) {
    const { events, undated } = timelineEvents(report, ctx);
    return renderReport<TimelineEvent>(format as Format, {
      columns: [{ head: 'Date' }, { head: 'Event' }, { head: 'What' }, { head: 'Place' }, { head: 'How' }, { head: 'Sources', cut: ctx.sources ? undefined : 'end' }],
      rows: events,
      cells: (e) => [e.date, e.kind, e.what, e.place ?? '', e.how, sourcesCell(e.sources, ctx)],
      fields: (e) => [e.date, e.kind, e.what, e.place ?? '', e.how, e.sources.join('; ')],
      document: () => ({ schemaVersion: 1, events, undated, errors: report.errors }),
      line: (e) => e,
      summary: `${count(events.length, 'event')} in ${count(report.articles, 'article')}${undated ? `; ${count(undated, 'undated fact')} left out` : ''}${failures(report.errors)}${skippedNote(report.skipped)}`,
      empty: 'No dated meetings or ceasefires found.',
    }, ctx.layout);
  },
};
