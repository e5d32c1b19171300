import type { Command } from 'commander';
import { DESCRIPTIONS } from './descriptions.js';

// The commands, by name, each loaded only when it runs: `karabakh-cli --help` and `--version`
// read this table and never import the pipeline, compromise or the knowledge base.

export interface CommandEntry {
  description: string;
  load: () => Promise<Command>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  entities: {
    description: DESCRIPTIONS.entities,
    load: async () => (await import('./entities.js')).entitiesCommand(),
  },
  dates: {
    description: DESCRIPTIONS.dates,
    load: async () => (await import('./dates.js')).datesCommand(),
  },
  meetings: {
    description: DESCRIPTIONS.meetings,
    load: async () => (await import('./meetings.js')).meetingsCommand(),
  },
  ceasefires: {
    description: DESCRIPTIONS.ceasefires,
    load: async () => (await import('./ceasefires.js')).ceasefiresCommand(),
  },
  analyze: {
    description: DESCRIPTIONS.analyze,
    load: async () => (await import('./analyze.js')).analyzeCommand(),
  },
  map: {
    description: DESCRIPTIONS.map,
    load: async () => (await import('./map.js')).mapCommand(),
  },
  merge: {
    description: DESCRIPTIONS.merge,
    load: async () => (await import('./merge.js')).mergeCommand(),
  },
  check: {
    description: DESCRIPTIONS.check,
    load: async () => (await import('./check.js')).checkCommand(),
  },
};
