import { sourceCell, type CorpusMeeting } from '../../aggregate/meetings.js';
import { count, renderReport, TABLE_FORMATS, type Format, summaryTail } from '../report.js';
import { sourcesCell, type View, type ViewContext } from './view.js';
import type { CorpusReport } from '../../aggregate/corpus.js';
import { gdelt } from '../interchange/gdelt.js';
import { plover } from '../interchange/plover.js';

export const MEETING_FORMATS = [...TABLE_FORMATS, 'gdelt', 'plover'] as const;

/** The meetings the filters keep. */
export function filteredMeetings(report: CorpusReport, ctx: ViewContext): CorpusMeeting[] {
  return ctx.filters.active ? report.meetings.filter((m) => ctx.filters.meeting(m)) : report.meetings;
}

export const meetingsView: View = {
  parts: ['meetings'],
  formats: MEETING_FORMATS,
  render(format, report, ctx) {
    const rows = filteredMeetings(report, ctx);
    if (format === 'gdelt') return gdelt(rows, ctx.knowledge);
    if (format === 'plover') return plover(rows, ctx.knowledge);
    const files = (m: CorpusMeeting) => m.sources.map(sourceCell);
    return renderReport<CorpusMeeting>(format as Format, {
      columns: [{ head: 'Date' }, { head: 'Participants' }, { head: 'Place' }, { head: 'Mode' }, { head: 'Status' }, { head: 'Sources', cut: ctx.sources ? undefined : 'end' }],
      rows,
      cells: (m) => [m.date ?? '', m.participants.join(', '), m.location ?? '', m.mode, m.status, sourcesCell(files(m), ctx)],
      fields: (m) => [m.date ?? '', m.participants.join('; '), m.location ?? '', m.mode, m.status, files(m).join('; ')],
      document: () => ({ schemaVersion: 1, meetings: rows, errors: report.errors }),
      summary: `${count(rows.length, 'meeting')} ${summaryTail(report, report.articles)}`,
      empty: 'No meetings found.',
    }, ctx.layout);
  },
};
