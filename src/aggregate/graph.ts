import type { Knowledge } from '../knowledge/index.js';
import { actorAt, officeLabel } from '../knowledge/actors.js';
import { fold } from '../knowledge/text.js';
import type { CorpusMeeting } from './meetings.js';

// The who-met-whom network: people are nodes, and two people who took part in the same
// meeting share an edge weighted by how many meetings they had together.

export interface GraphNode {
  /** knowledge id, or the folded name for people the knowledge base lacks */
  id: string;
  name: string;
  /** ISO alpha-3 of the country they spoke for (office) or belong to; "" when unknown */
  country: string;
  /** offices held at the dates of their meetings: "president of AM" */
  offices: string[];
  /** meetings they took part in */
  meetings: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** meetings the two took part in together */
  weight: number;
  dates: string[];
  places: string[];
  /** articles that report those meetings */
  sources: string[];
}

export interface MeetingGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function buildGraph(meetings: CorpusMeeting[], k: Knowledge): MeetingGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const m of meetings) {
    const date = m.date ?? m.sources.find((s) => s.articleDate)?.articleDate ?? null;
    const ids: string[] = [];
    for (const name of m.participants) {
      const actor = actorAt(k, name, date);
      const id = actor.id ?? fold(name).replace(/[^a-z0-9]+/g, '-');
      if (ids.includes(id)) continue;
      ids.push(id);
      let node = nodes.get(id);
      if (!node) nodes.set(id, (node = { id, name: actor.name, country: actor.country, offices: [], meetings: 0 }));
      node.meetings++;
      if (!node.country && actor.country) node.country = actor.country;
      for (const o of actor.offices) if (!node.offices.includes(officeLabel(o))) node.offices.push(officeLabel(o));
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = ids[i] < ids[j] ? [ids[i], ids[j]] : [ids[j], ids[i]];
        const key = `${a}\u0000${b}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { source: a, target: b, weight: 0, dates: [], places: [], sources: [] }));
        edge.weight++;
        if (m.date && !edge.dates.includes(m.date)) edge.dates.push(m.date);
        if (m.location && !edge.places.includes(m.location)) edge.places.push(m.location);
        for (const s of m.sources) if (!edge.sources.includes(s.file)) edge.sources.push(s.file);
      }
    }
  }
  for (const e of edges.values()) e.dates.sort();
  return {
    nodes: [...nodes.values()].sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
  };
}
