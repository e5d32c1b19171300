import type { MeetingGraph } from '../../aggregate/graph.js';

// Graphviz DOT: `karabakh-cli graph --format dot corpus | dot -Tsvg > graph.svg`.

/** A DOT quoted string (backslashes and quotes escaped; line breaks become spaces). */
function q(s: string): string {
  return `"${esc(s)}"`;
}

function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ');
}

export function renderDot(g: MeetingGraph): string {
  const out = ['graph meetings {', '  graph [overlap=false, splines=true];', '  node [shape=box, style=rounded];'];
  for (const n of g.nodes) {
    // \n inside a DOT string is Graphviz's centred line break
    const label = n.country ? `"${esc(n.name)}\\n${esc(n.country)}"` : q(n.name);
    out.push(`  ${q(n.id)} [label=${label}, tooltip=${q(n.offices.join('; ') || n.name)}];`);
  }
  for (const e of g.edges) {
    const tip = [e.dates.join(', '), e.places.join(', ')].filter(Boolean).join(' | ');
    out.push(`  ${q(e.source)} -- ${q(e.target)} [weight=${e.weight}, penwidth=${Math.min(1 + e.weight, 8)}, label=${q(String(e.weight))}${tip ? `, tooltip=${q(tip)}` : ''}];`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}
