import type { CorpusEntity } from '../../aggregate/entities.js';
import { count, renderReport, TABLE_FORMATS, type Format, summaryTail } from '../report.js';
import { sourcesCell, type View } from './view.js';

export const entitiesView: View = {
  parts: ['entities'],
  formats: TABLE_FORMATS,
  render(format, report, ctx) {
    const rows = report.entities.filter((e) => !ctx.types || ctx.types.includes(e.type));
    return renderReport<CorpusEntity>(format as Format, {
      columns: [{ head: 'Name' }, { head: 'Type' }, { head: 'Mentions', align: 'right' }, { head: 'Articles', align: 'right' }, { head: 'Spellings' }, ...(ctx.sources ? [{ head: 'Sources' }] : [])],
      rows,
      cells: (e) => [e.name, e.type, String(e.mentions), String(e.articles), e.aliases.filter((a) => a !== e.name).join(', '), ...(ctx.sources ? [sourcesCell(e.files, ctx)] : [])],
      fields: (e) => [e.name, e.type, String(e.mentions), String(e.articles), e.aliases.filter((a) => a !== e.name).join('; '), ...(ctx.sources ? [e.files.join('; ')] : [])],
      document: () => ({ schemaVersion: 1, entities: rows, errors: report.errors }),
      summary: `${count(rows.length, 'entity', 'entities')} ${summaryTail(report, report.articles)}`,
      empty: 'No entities found.',
    }, ctx.layout);
  },
};
