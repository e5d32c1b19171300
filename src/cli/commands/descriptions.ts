// What each command does, in one line: shown by the top-level --help and by the command's own.
// Its own module, so a command can read its description without importing the command table
// (which imports every command: an import cycle).

export const DESCRIPTIONS = {
  entities: 'people, places and organisations across the corpus, one canonical name each, with counts',
  dates: "each article's own date (and where it came from), then a timeline of every dated mention across the corpus",
  meetings: 'who met whom, where, when and how: one row per meeting however many articles report it, with its sources',
  ceasefires: 'the ceasefires the corpus cites: date, brokers, how many articles cite each, and violation claims by accusing side',
  analyze: 'every fact of every article: date, entities, date mentions, meetings, ceasefires (see the JSON contract)',
  map: 'one NDJSON fact record per article (files, or JSON Lines records on stdin), for merge: the mapper of a Hadoop, Spark or GNU parallel run',
  merge: 'entities, meetings, ceasefires or dates for the whole corpus from map streams in any order, in any format: the reducer',
  check: 'check corpus files before they are added: unreadable, empty, furniture only, duplicate, off topic, undated, or losing facts an analyst verified',
} as const;

export type CommandName = keyof typeof DESCRIPTIONS;
