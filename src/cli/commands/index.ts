import type { Command } from 'commander';

// The commands, by name, each loaded only when it runs: `karabakh-cli --help` and `--version`
// read this table and never import the pipeline, compromise or the knowledge base.

export interface CommandEntry {
  description: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  entities: {
    description: 'people, places and organisations across the corpus, one canonical name each, with counts',
    load: async () => (await import('./entities.js')).entitiesCommand(),
  },
  dates: {
    description: "each article's own date (and where it came from), then a timeline of every dated mention across the corpus",
    load: async () => (await import('./dates.js')).datesCommand(),
  },
  meetings: {
    description: 'who met whom, where, when and how: one row per meeting however many articles report it, with its sources',
    load: async () => (await import('./meetings.js')).meetingsCommand(),
  },
  ceasefires: {
    description: 'the ceasefires the corpus cites: date, brokers, how many articles cite each, and violation claims by accusing side',
    load: async () => (await import('./ceasefires.js')).ceasefiresCommand(),
  },
  graph: {
    description: 'who met whom: people as nodes, meetings as weighted edges (DOT, Mermaid, GraphML, GEXF, edge-list CSV)',
    load: async () => (await import('./graph.js')).graphCommand(),
  },
  timeline: {
    description: 'meetings and ceasefires in date order',
    load: async () => (await import('./timeline.js')).timelineCommand(),
  },
  analyze: {
    description: 'every fact of every article: date, entities, date mentions, meetings, ceasefires (see the JSON contract)',
    load: async () => (await import('./analyze.js')).analyzeCommand(),
  },
  check: {
    description: 'check corpus files before they are added: unreadable, empty, furniture only, duplicate, off topic, undated, or losing facts an analyst verified',
    load: async () => (await import('./check.js')).checkCommand(),
  },
};
