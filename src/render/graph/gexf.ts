import type { MeetingGraph } from '../../aggregate/graph.js';
import { xml } from './xml.js';

// GEXF 1.3, Gephi's own format: edge weights are native, the rest are declared attributes.

export function renderGexf(g: MeetingGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>karabakh-cli</creator>',
    '    <description>Who met whom: people, and the meetings they took part in together</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    '      <attribute id="country" title="country" type="string"/>',
    '      <attribute id="offices" title="offices" type="string"/>',
    '      <attribute id="meetings" title="meetings" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="dates" title="dates" type="string"/>',
    '      <attribute id="places" title="places" type="string"/>',
    '      <attribute id="sources" title="sources" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of g.nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.name)}">`,
      ...attvalues({ country: n.country, offices: n.offices.join('; '), meetings: String(n.meetings) }),
      '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  g.edges.forEach((e, i) => {
    out.push(`      <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}">`,
      ...attvalues({ dates: e.dates.join('; '), places: e.places.join('; '), sources: e.sources.join('; ') }),
      '      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}

/** A node's or an edge's attribute values, one line each. */
function attvalues(values: Record<string, string>): string[] {
  return ['        <attvalues>', ...Object.entries(values).map(([k, v]) => `          <attvalue for="${k}" value="${xml(v)}"/>`), '        </attvalues>'];
}
