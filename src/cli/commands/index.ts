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
  analyze: {
    description: 'every fact of every article: date, entities, date mentions, meetings, ceasefires (see the JSON contract)',
    load: async () => (await import('./analyze.js')).analyzeCommand(),
  },
  map: {
    description: 'one NDJSON fact record per article (files, or JSON Lines records on stdin), for merge: the mapper of a Hadoop, Spark or GNU parallel run',
    load: async () => (await import('./map.js')).mapCommand(),
  },
  merge: {
    description: 'entities, meetings, ceasefires or dates for the whole corpus from map streams in any order, in any format: the reducer',
    load: async () => (await import('./merge.js')).mergeCommand(),
  },
  check: {
    description: 'check corpus files before they are added: unreadable, empty, furniture only, duplicate, off topic, undated, or losing facts an analyst verified',
    load: async () => (await import('./check.js')).checkCommand(),
  },
};
