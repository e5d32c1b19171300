import { Command, Option } from 'commander';
import type { MeetingStatus } from '../../types.js';
import { fold, tokenize, type Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import { MeetingAggregator, sourceCell, type CorpusMeeting } from '../../aggregate/meetings.js';
import { inRange } from '../../aggregate/timeline.js';
import { count, emit, failures, reportErrors, skippedNote } from '../../render/report.js';
import { addCommonOptions, aggregate, collect, isoDate, formatOf, knowledgeOf, type CommonOptions } from '../options.js';
import { exitFor } from '../exit.js';
import { DESCRIPTIONS } from './descriptions.js';

interface MeetingOptions extends CommonOptions {
  perArticle?: boolean;
  person: string[];
  place?: string;
  from?: string;
  to?: string;
  status?: MeetingStatus;
}

export function meetingsCommand(): Command {
  return addCommonOptions(new Command('meetings'))
    .description(DESCRIPTIONS.meetings)
    .option('--per-article', 'one row per article that reports a meeting, unmerged')
    .option('--person <name>', 'only meetings this person took part in (any spelling the knowledge base knows); repeatable: all of them', collect, [])
    .option('--place <name>', 'only meetings held in this place (a landmark counts as its city, a city as its country)')
    .option('--from <date>', 'only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', isoDate)
    .option('--to <date>', 'only meetings on or before this date', isoDate)
    .addOption(new Option('--status <status>', 'only meetings with this status').choices(['held', 'planned', 'not-held']))
    .action(async (paths: string[], o: MeetingOptions) => {
      const format = formatOf(o);
      const agg = new MeetingAggregator(Boolean(o.perArticle));
      const { errors, articles, skipped } = await aggregate(paths, o, (facts) => agg.add(facts));
      // names are matched through the knowledge base: built in this thread only for such a
      // filter (the workers have their own; it is built once per thread and run)
      const k = o.person.length || o.place ? await knowledgeOf(o) : null;
      const keep = meetingFilter(k, o);
      const rows = agg.result().filter(keep);
      reportErrors(errors);
      emit<CorpusMeeting>(format, {
        head: ['Date', 'Participants', 'Place', 'Mode', 'Status', 'Sources'],
        rows,
        cells: (m) => [m.date ?? '', m.participants.join(', '), m.location ?? '', m.mode, m.status, m.sources.map(sourceCell).join(', ')],
        document: () => ({ schemaVersion: 1, meetings: rows, errors }),
        summary: `${count(rows.length, 'meeting')} in ${count(articles, 'article')}${failures(errors)}${skippedNote(skipped)}`,
      });
      process.exitCode = exitFor(errors, articles);
    });
}

/** The filters of the command as one predicate. Names are matched through the knowledge base's spellings (`k`: needed only for --person and --place). */
export function meetingFilter(k: Knowledge | null, o: { person?: string[]; place?: string; from?: string; to?: string; status?: MeetingStatus }): (m: CorpusMeeting) => boolean {
  if (!k && (o.person?.length || o.place)) throw new Error('person and place filters need the knowledge base');
  const people = k ? (o.person ?? []).map((p) => personNames(k, p)) : [];
  const places = k && o.place ? placeNames(k, o.place) : null;
  return (m) => {
    if (o.status && m.status !== o.status) return false;
    if ((o.from || o.to) && (!m.date || !inRange(m.date, null, o.from, o.to))) return false;
    const folded = m.participants.map(normal);
    if (!people.every((names) => folded.some((p) => names.has(p)))) return false;
    if (places && (!m.location || !places.has(normal(m.location)))) return false;
    return true;
  };
}

/** Every canonical name a person filter can mean: spellings, family names, or the name itself. */
function personNames(k: Knowledge, query: string): Set<string> {
  const q = normal(query);
  const out = new Set<string>([q]);
  for (const s of k.spellings) if (s.entity.type === 'person' && s.tokens.join(' ') === q) out.add(normal(s.entity.name));
  if (!q.includes(' ')) for (const p of k.bySurname(q)) out.add(normal(p.name));
  return out;
}

/** The place a filter names, and the places inside it (a country's cities, a city's landmarks stand for the city). */
function placeNames(k: Knowledge, query: string): Set<string> {
  const q = normal(query);
  const matched: PlaceEntry[] = [];
  for (const s of k.spellings) if (s.entity.type === 'place' && s.tokens.join(' ') === q) matched.push(s.entity.entry as PlaceEntry);
  const out = new Set<string>([q]);
  for (const p of matched) {
    const city = p.kind === 'landmark' && p.city ? k.place(p.city) : undefined;
    out.add(normal((city ?? p).name));
    if (p.kind === 'country') for (const x of k.places) if (x.country === p.country && x.kind !== 'country') out.add(normal(x.name));
  }
  return out;
}

/** Folded words joined by single spaces, as the knowledge base's spellings are. */
function normal(s: string): string {
  return tokenize(s).map((t) => fold(t.text)).join(' ');
}
