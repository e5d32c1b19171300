import { buildGraph, type GraphEdge, type MeetingGraph } from '../../aggregate/graph.js';
import { count, renderReport, TABLE_FORMATS, type Format, summaryTail } from '../report.js';
import { csvLine } from '../delimited.js';
import { renderDot } from '../graph/dot.js';
import { renderMermaid } from '../graph/mermaid.js';
import { renderGraphml } from '../graph/graphml.js';
import { renderGexf } from '../graph/gexf.js';
import { filteredMeetings } from './meetings.js';
import { sourcesCell, type View } from './view.js';

export const GRAPH_FORMATS = [...TABLE_FORMATS, 'dot', 'mermaid', 'graphml', 'gexf'] as const;

/** The edge list as CSV: source,target,weight,... (Gephi's and networkx's spreadsheet import). */
function edgeListCsv(g: MeetingGraph): string {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  return csvLine(['source', 'target', 'source_name', 'target_name', 'weight', 'dates', 'places', 'sources'])
    + g.edges.map((e) => csvLine([e.source, e.target, names.get(e.source) ?? '', names.get(e.target) ?? '', String(e.weight), e.dates.join('; '), e.places.join('; '), e.sources.join('; ')])).join('');
}

/** Who met whom: the meetings' participants as a weighted network. */
export const graphView: View = {
  parts: ['meetings'],
  formats: GRAPH_FORMATS,
  render(format, report, ctx) {
    const g = buildGraph(filteredMeetings(report, ctx), ctx.knowledge);
    switch (format) {
      case 'dot': return renderDot(g);
      case 'mermaid': return renderMermaid(g);
      case 'graphml': return renderGraphml(g);
      case 'gexf': return renderGexf(g);
      case 'csv': return edgeListCsv(g);
    }
    const names = new Map(g.nodes.map((n) => [n.id, n.name]));
    return renderReport<GraphEdge>(format as Format, {
      columns: [{ head: 'Person' }, { head: 'Met' }, { head: 'Meetings', align: 'right' }, { head: 'Dates' }, { head: 'Places' }, { head: 'Sources', cut: ctx.sources ? undefined : 'end' }],
      rows: g.edges,
      cells: (e) => [names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, String(e.weight), e.dates.join(', '), e.places.join(', '), sourcesCell(e.sources, ctx)],
      fields: (e) => [names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, String(e.weight), e.dates.join('; '), e.places.join('; '), e.sources.join('; ')],
      document: () => ({ schemaVersion: 1, nodes: g.nodes, edges: g.edges, errors: report.errors }),
      summary: `${count(g.nodes.length, 'person', 'people')}, ${count(g.edges.length, 'pair')} who met, ${summaryTail(report, report.articles)}`,
      empty: 'No meetings found.',
    }, ctx.layout);
  },
};
