import type { ArticleFacts, EntityFact, EntityType, Evidence } from '../types.js';
import { fold } from '../knowledge/text.js';
import { byCodeUnits, compareRank, FirstSeen, Smallest, type Rank } from './order.js';

/** An entity across the corpus (file offsets only make sense per file: evidence, not spans). */
export interface CorpusEntity extends Omit<EntityFact, 'spans' | 'evidence'> {
  /** number of articles that mention it */
  articles: number;
  files: string[];
  evidence: (Evidence & { file: string })[];
}

const MAX_EVIDENCE = 5;
/** Rank stride per entity of an article, so evidence and alias ranks stay unique within it. */
const STRIDE = 100_000;

interface Row {
  key: string;
  /** the rank the row's name was taken from: the smallest wins, whatever the arrival order */
  named: Rank;
  name: string;
  type: EntityType;
  id: string | null;
  mentions: number;
  files: string[];
  aliases: FirstSeen<string>;
  evidence: Smallest<Evidence & { file: string }>;
}

/**
 * Merges the entities of many articles: one row per real-world entity (by knowledge id, else
 * by folded name), most mentioned first. Keeps a few pieces of evidence, not all of them, so
 * memory stays bounded on large corpora. The result does not depend on the order articles
 * are added in (see order.ts): `merge` over shards prints what the single run prints.
 */
export class EntityAggregator {
  private readonly rows = new Map<string, Row>();

  add(facts: ArticleFacts): void {
    const file = facts.file;
    const all: EntityFact[] = [...facts.people, ...facts.places, ...facts.organizations];
    all.forEach((e, i) => {
      const key = `${e.type}:${e.id ?? '~' + fold(e.name)}`;
      const rank = { file, index: i * STRIDE };
      let row = this.rows.get(key);
      if (!row) {
        row = { key, named: rank, name: e.name, type: e.type, id: e.id, mentions: 0, files: [], aliases: new FirstSeen(), evidence: new Smallest(MAX_EVIDENCE) };
        this.rows.set(key, row);
      } else if (compareRank(rank, row.named) < 0) {
        row.named = rank;
        row.name = e.name;
      }
      row.mentions += e.mentions;
      row.files.push(file);
      e.aliases.forEach((a, j) => row.aliases.add(a, { file, index: i * STRIDE + j }));
      e.evidence.forEach((ev, j) => row.evidence.add({ file, ...ev }, { file, index: i * STRIDE + j }));
    });
  }

  result(types?: EntityType[]): CorpusEntity[] {
    return [...this.rows.values()]
      .filter((r) => !types || types.includes(r.type))
      .map((r) => ({
        key: r.key,
        row: {
          name: r.name, type: r.type, id: r.id, aliases: r.aliases.values(), mentions: r.mentions,
          evidence: r.evidence.values(), articles: r.files.length, files: [...r.files].sort(byCodeUnits),
        } as CorpusEntity,
      }))
      .sort((a, b) => b.row.mentions - a.row.mentions || b.row.articles - a.row.articles || a.row.name.localeCompare(b.row.name) || byCodeUnits(a.key, b.key))
      .map((x) => x.row);
  }
}
