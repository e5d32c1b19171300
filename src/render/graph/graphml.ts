import type { MeetingGraph } from '../../aggregate/graph.js';
import { xml } from './xml.js';

// GraphML (yEd, Cytoscape, networkx.read_graphml, igraph): typed attributes declared as keys.

export function renderGraphml(g: MeetingGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="offices" for="node" attr.name="offices" attr.type="string"/>',
    '  <key id="meetings" for="node" attr.name="meetings" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="dates" for="edge" attr.name="dates" attr.type="string"/>',
    '  <key id="places" for="edge" attr.name="places" attr.type="string"/>',
    '  <key id="sources" for="edge" attr.name="sources" attr.type="string"/>',
    '  <graph id="meetings" edgedefault="undirected">',
  ];
  for (const n of g.nodes) {
    out.push(`    <node id="${xml(n.id)}">`,
      `      <data key="name">${xml(n.name)}</data>`,
      `      <data key="country">${xml(n.country)}</data>`,
      `      <data key="offices">${xml(n.offices.join('; '))}</data>`,
      `      <data key="meetings">${n.meetings}</data>`,
      '    </node>');
  }
  g.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`,
      `      <data key="weight">${e.weight}</data>`,
      `      <data key="dates">${xml(e.dates.join('; '))}</data>`,
      `      <data key="places">${xml(e.places.join('; '))}</data>`,
      `      <data key="sources">${xml(e.sources.join('; '))}</data>`,
      '    </edge>');
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
