import type { MeetingGraph } from '../../aggregate/graph.js';

// Mermaid flowchart: pastes into GitHub Markdown (```mermaid) and renders as a diagram.
// Node ids are n0, n1, ... (Mermaid ids cannot hold every character a name can).

/** A label inside ["..."]: quotes and markup characters as Mermaid entity codes. */
function label(s: string): string {
  return s.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;')).replace(/[\r\n]+/g, ' ');
}

export function renderMermaid(g: MeetingGraph): string {
  const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
  const out = ['graph LR'];
  for (const n of g.nodes) out.push(`  ${ids.get(n.id)}["${label(n.country ? `${n.name} (${n.country})` : n.name)}"]`);
  for (const e of g.edges) out.push(`  ${ids.get(e.source)} ---|${e.weight}| ${ids.get(e.target)}`);
  return out.join('\n') + '\n';
}
