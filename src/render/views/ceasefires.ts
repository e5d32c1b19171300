import type { CorpusCeasefire } from '../../aggregate/ceasefires.js';
import type { CorpusReport } from '../../aggregate/corpus.js';
import { count, renderReport, TABLE_FORMATS, type Format, summaryTail } from '../report.js';
import { type View, type ViewContext } from './view.js';

/** The ceasefires the filters keep. */
export function filteredCeasefires(report: CorpusReport, ctx: ViewContext): CorpusCeasefire[] {
  return ctx.filters.active ? report.ceasefires.filter((c) => ctx.filters.ceasefire(c)) : report.ceasefires;
}

export const ceasefiresView: View = {
  parts: ['ceasefires'],
  formats: TABLE_FORMATS,
  render(format, report, ctx) {
    const rows = filteredCeasefires(report, ctx);
    const claims = (c: CorpusCeasefire, sep: string) => c.violationsByAccuser.map((v) => `${v.accuser} ${v.count}`).join(sep);
    // the outlets of the citing articles, when pages, records, sidecars or the manifest name them (once per row)
    const outlets = new Map(rows.map((c) => [c, [...new Set(c.sources.map((s) => s.outlet).filter(Boolean))]]));
    const withOutlets = rows.some((c) => outlets.get(c)!.length > 0);
    const extra = (c: CorpusCeasefire, sep: string) => [...(withOutlets ? [outlets.get(c)!.join(sep)] : []), ...(ctx.sources ? [c.files.join(sep)] : [])];
    return renderReport<CorpusCeasefire>(format as Format, {
      columns: [{ head: 'Ceasefire' }, { head: 'Date' }, { head: 'Brokers' }, { head: 'Articles', align: 'right' }, { head: 'Violation claims by accuser' }, ...(withOutlets ? [{ head: 'Outlets' }] : []), ...(ctx.sources ? [{ head: 'Sources' }] : [])],
      rows,
      cells: (c) => [c.name, c.date ?? '', c.brokers.join(', '), String(c.articles), claims(c, ', '), ...extra(c, ', ')],
      fields: (c) => [c.name, c.date ?? '', c.brokers.join('; '), String(c.articles), claims(c, '; '), ...extra(c, '; ')],
      document: () => ({ schemaVersion: 1, ceasefires: rows, errors: report.errors }),
      summary: `${count(rows.length, 'ceasefire')} cited ${summaryTail(report, report.articles)}`,
      empty: 'No ceasefires found.',
    }, ctx.layout);
  },
};
