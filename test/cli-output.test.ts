import { describe, it, expect, afterAll } from '@jest/globals';
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CACHE, cli, cliInTerminal, hasScript, stripAnsi, tmpFile } from './cli-helpers.js';
import { displayWidth } from '../src/render/width.js';

// What a user sees, through the real CLI: tables that fit the terminal, every format, the
// graph exports read by the tools they are for.

const SEEDS = 'fixtures/seeds';
const cached = ['--cache', CACHE];
afterAll(() => fs.rmSync(CACHE, { recursive: true, force: true }));

const COMMANDS = ['entities', 'dates', 'meetings', 'ceasefires', 'analyze', 'graph', 'timeline'];

describe('tables in an 80-column terminal', () => {
  (hasScript ? it : it.skip)('fit, with colour and with NO_COLOR (which is plain)', () => {
    for (const command of COMMANDS) {
      for (const env of [{}, { NO_COLOR: '1' }] as Record<string, string>[]) {
        const screen = cliInTerminal([command, ...cached, SEEDS], 80, env);
        const lines = screen.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(3);
        const tooWide = lines.filter((l) => displayWidth(stripAnsi(l)) > 80);
        expect({ command, env, tooWide }).toEqual({ command, env, tooWide: [] });
        if ('NO_COLOR' in env) expect({ command, ansi: /\x1b\[/.test(screen) }).toEqual({ command, ansi: false });
        else expect({ command, ansi: /\x1b\[1m/.test(screen) }).toEqual({ command, ansi: true });
      }
    }
  });

  it('piped tables are plain and fit 100 columns (or $COLUMNS)', () => {
    const piped = cli(['meetings', ...cached, SEEDS]);
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toMatch(/\x1b/);
    expect(Math.max(...piped.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
    expect(piped.stdout).toMatch(/^\d+ meetings in 5 articles$/m);
    expect(piped.stdout).toMatch(/ \d+ articles?$/m);
    const narrow = cli(['entities', ...cached, SEEDS], { COLUMNS: '60' });
    expect(Math.max(...narrow.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(60);
  });

  it('--sources lists the files instead of counting them', () => {
    const r = cli(['meetings', '--sources', ...cached, SEEDS], { COLUMNS: '200' });
    expect(r.stdout).toMatch(/ fixtures\/seeds\/000_d90563f77e3f06c8\.txt$/m);
    expect(r.stdout).not.toMatch(/  \d+ articles?$/m);
  });
});

describe('formats and -o', () => {
  it('CSV parses back with a CSV library into the same rows as JSON', () => {
    const csv = cli(['meetings', '--format', 'csv', ...cached, SEEDS]);
    const json = JSON.parse(cli(['meetings', '--json', ...cached, SEEDS]).stdout);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.meetings.length);
    expect(rows[0].Participants.split('; ')).toEqual(json.meetings[0].participants);
    expect(Object.keys(rows[0])).toEqual(['Date', 'Participants', 'Place', 'Mode', 'Status', 'Sources']);
  });

  it('every command takes table, json, ndjson, csv, tsv and markdown', () => {
    for (const command of COMMANDS) {
      for (const format of ['json', 'ndjson', 'csv', 'tsv', 'markdown']) {
        const r = cli([command, '--format', format, ...cached, SEEDS]);
        expect({ command, format, status: r.status, stderr: r.stderr }).toEqual({ command, format, status: 0, stderr: '' });
        if (format === 'json') expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
        if (format === 'ndjson') for (const line of r.stdout.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
        if (format === 'markdown') expect(r.stdout).toMatch(/^\| .* \|\n\| (---:?( \| )?)+/m);
      }
    }
  });

  it('-o writes the file and nothing to stdout; a file that cannot be written is a usage error', () => {
    const out = tmpFile('meetings.md');
    const r = cli(['meetings', '--format', 'markdown', '-o', out, ...cached, SEEDS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\| Date \| Participants/);
    const bad = cli(['meetings', '-o', '/nonexistent-dir/x.csv', ...cached, SEEDS]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('/nonexistent-dir/x.csv');
  });

  it('an unknown format is a usage error naming the choices', () => {
    const r = cli(['entities', '--format', 'dot', ...cached, SEEDS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are table, json, ndjson, csv, tsv, markdown/);
  });
});

describe('filters on every command', () => {
  it('--person, --place, --country, --status, --from/--to narrow meetings', () => {
    const all = JSON.parse(cli(['meetings', '--json', ...cached, SEEDS]).stdout).meetings;
    const get = (...args: string[]) => JSON.parse(cli(['meetings', '--json', ...args, ...cached, SEEDS]).stdout).meetings as { participants: string[]; location: string | null; date: string | null; status: string }[];
    const sarkisian = get('--person', 'Sarkisian');
    expect(sarkisian.length).toBeGreaterThan(0);
    expect(sarkisian.every((m) => m.participants.includes('Serzh Sargsyan'))).toBe(true);
    expect(get('--place', 'Austria').every((m) => m.location === 'Vienna')).toBe(true);
    expect(get('--status', 'planned').every((m) => m.status === 'planned')).toBe(true);
    expect(get('--from', '2016-06', '--to', '2016-06').every((m) => m.date?.startsWith('2016-06'))).toBe(true);
    const us = get('--country', 'USA');
    expect(us.length).toBeGreaterThan(0);
    expect(us.length).toBeLessThan(all.length);
    expect(us.every((m) => m.participants.includes('John Kerry'))).toBe(true);
  });

  it('articles-level commands keep the articles that name the person', () => {
    const r = JSON.parse(cli(['analyze', '--json', '--person', 'Pashinian', ...cached, SEEDS]).stdout);
    expect(r.articles.map((a: { file: string }) => a.file)).toEqual(['fixtures/seeds/002_d68464228e6a892e.txt', 'fixtures/seeds/003_347e82336e9202a9.txt']);
    const e = JSON.parse(cli(['entities', '--json', '--from', '2016-05', '--to', '2016-05', ...cached, SEEDS]).stdout);
    expect(e.entities.every((x: { files: string[] }) => x.files.every((f) => f.includes('001_')))).toBe(true);
  });

  it('impossible dates are usage errors', () => {
    for (const d of ['2016-13', '2016-02-30', '2015-02-29']) {
      const r = cli(['meetings', '--from', d, ...cached, SEEDS]);
      expect({ d, status: r.status }).toEqual({ d, status: 2 });
    }
    expect(cli(['meetings', '--from', '2016-02-29', ...cached, SEEDS]).status).toBe(0);
  });
});

describe('options and help', () => {
  it('--cache and --no-cache together is a usage error', () => {
    const r = cli(['entities', '--cache', CACHE, '--no-cache', SEEDS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot be used with/);
  });

  it('help has examples and exit codes, and no "(default: true)"', () => {
    const main = cli(['--help']);
    expect(main.stdout).toMatch(/Exit codes:/);
    expect(main.stdout).toMatch(/Examples:/);
    for (const command of [...COMMANDS, 'check']) {
      const h = cli([command, '--help']);
      expect(h.stdout).not.toMatch(/default: (\[\]|\{\})/);
      expect(h.status).toBe(0);
      expect(h.stdout).not.toContain('default: true');
      expect(h.stdout).toMatch(/Examples:/);
    }
  });
});

describe('graph exports', () => {
  it('GraphML is well-formed XML with a node per person and weighted edges', () => {
    const r = cli(['graph', '--format', 'graphml', ...cached, SEEDS]);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name) }).parse(r.stdout);
    const nodes = doc.graphml.graph.node as { '@_id': string; data: { '@_key': string; '#text'?: string | number }[] }[];
    const ids = nodes.map((n) => n['@_id']);
    expect(ids).toEqual(expect.arrayContaining(['vladimir-putin', 'ilham-aliyev', 'serzh-sargsyan', 'nikol-pashinyan']));
    for (const e of doc.graphml.graph.edge as { '@_source': string; '@_target': string }[]) {
      expect(ids).toContain(e['@_source']);
      expect(ids).toContain(e['@_target']);
    }
    const sargsyan = nodes.find((n) => n['@_id'] === 'serzh-sargsyan')!;
    expect(sargsyan.data.find((d) => d['@_key'] === 'country')!['#text']).toBe('ARM');
  });

  it('GEXF is Gephi 1.3: nodes with labels, undirected edges with weights', () => {
    const r = cli(['graph', '--format', 'gexf', ...cached, SEEDS]);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'attvalue', 'attributes', 'attribute'].includes(name) }).parse(r.stdout);
    expect(doc.gexf['@_version']).toBe('1.3');
    expect(doc.gexf['@_xmlns']).toBe('http://gexf.net/1.3');
    const graph = doc.gexf.graph;
    expect(graph['@_defaultedgetype']).toBe('undirected');
    const json = JSON.parse(cli(['graph', '--json', ...cached, SEEDS]).stdout);
    expect(graph.nodes.node.map((n: Record<string, string>) => n['@_label'])).toEqual(json.nodes.map((n: { name: string }) => n.name));
    expect(graph.edges.edge.map((e: Record<string, string>) => Number(e['@_weight']))).toEqual(json.edges.map((e: { weight: number }) => e.weight));
  });

  it('Mermaid is a flowchart with one labelled node per person and weighted links', () => {
    const r = cli(['graph', '--format', 'mermaid', ...cached, SEEDS]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('graph LR');
    const nodes = lines.filter((l) => /^ {2}n\d+\["[^"]+"\]$/.test(l));
    const edges = lines.filter((l) => /^ {2}n\d+ ---\|\d+\| n\d+$/.test(l));
    expect(nodes.length + edges.length).toBe(lines.length - 1);
    expect(nodes.some((l) => l.includes('"Nikol Pashinyan (ARM)"'))).toBe(true);
    const json = JSON.parse(cli(['graph', '--json', ...cached, SEEDS]).stdout);
    expect(edges).toHaveLength(json.edges.length);
  });

  const hasDot = spawnSync('dot', ['-V']).status === 0;
  (hasDot ? it : it.skip)('DOT is accepted by Graphviz', () => {
    const r = cli(['graph', '--format', 'dot', ...cached, SEEDS]);
    const svg = spawnSync('dot', ['-Tsvg'], { input: r.stdout, encoding: 'utf8' });
    expect(svg.stderr).toBe('');
    expect(svg.status).toBe(0);
    expect(svg.stdout).toContain('<svg');
    expect(svg.stdout).toContain('Serzh Sargsyan');
  });

  it('the edge list CSV has one row per pair', () => {
    const rows = parse(cli(['graph', '--format', 'csv', ...cached, SEEDS]).stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['source', 'target', 'source_name', 'target_name', 'weight', 'dates', 'places', 'sources']);
    const pairs = rows.map((r) => `${r.source}|${r.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('interchange on the seeds', () => {
  it('--format gdelt: one row per participant pair of every meeting, Sargsyan (2016) and Pashinyan both ARMGOV', () => {
    const meetings = JSON.parse(cli(['meetings', '--json', ...cached, SEEDS]).stdout).meetings as { participants: string[] }[];
    const pairs = meetings.reduce((n, m) => n + (m.participants.length * (m.participants.length - 1)) / 2, 0);
    const lines = cli(['meetings', '--format', 'gdelt', ...cached, SEEDS]).stdout.trimEnd().split('\n');
    const head = lines[0].split('\t');
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
    expect(rows).toHaveLength(pairs);
    const codeOf = (name: string) => new Set(rows.flatMap((r) => [[r.Actor1Name, r.Actor1Code], [r.Actor2Name, r.Actor2Code]]).filter(([n]) => n === name).map(([, c]) => c));
    expect([...codeOf('SERZH SARGSYAN')]).toEqual(['ARMGOV']);
    expect([...codeOf('NIKOL PASHINYAN')]).toEqual(['ARMGOV']);
    expect([...codeOf('ILHAM ALIYEV')]).toEqual(['AZEGOV']);
    expect([...codeOf('JOHN KERRY')]).toEqual(['USAGOV']);
    const sargsyanRow = rows.find((r) => r.Actor1Name === 'SERZH SARGSYAN' || r.Actor2Name === 'SERZH SARGSYAN')!;
    expect(sargsyanRow.SQLDATE.startsWith('2016')).toBe(true);
  });

  it('--format plover: one JSON record per meeting', () => {
    const meetings = JSON.parse(cli(['meetings', '--json', ...cached, SEEDS]).stdout).meetings;
    const records = cli(['meetings', '--format', 'plover', ...cached, SEEDS]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(meetings.length);
    for (const r of records) {
      expect(['CONSULT', 'AGREE', 'REJECT']).toContain(r.event);
      expect(r.source.length + r.target.length).toBeGreaterThanOrEqual(2);
      expect(r.text.length).toBeGreaterThan(0);
    }
  });
});
