import type { ArticleFacts, EntityFact, EntityType, Evidence } from '../types.js';
import { fold } from '../knowledge/text.js';

/** An entity across the corpus (file offsets only make sense per file: evidence, not spans). */
export interface CorpusEntity extends Omit<EntityFact, 'spans' | 'evidence'> {
  /** number of articles that mention it */
  articles: number;
  files: string[];
  evidence: (Evidence & { file: string })[];
}

const MAX_EVIDENCE = 5;

/**
 * Merges the entities of many articles: one row per real-world entity (by knowledge id, else
 * by folded name), most mentioned first. Keeps a few pieces of evidence, not all of them, so
 * memory stays bounded on large corpora.
 */
export class EntityAggregator {
  private readonly rows = new Map<string, CorpusEntity>();

  add(facts: ArticleFacts): void {
    for (const e of [...facts.people, ...facts.places, ...facts.organizations]) {
      const key = `${e.type}:${e.id ?? '~' + fold(e.name)}`;
      let row = this.rows.get(key);
      if (!row) {
        row = { name: e.name, type: e.type, id: e.id, aliases: [], mentions: 0, evidence: [], articles: 0, files: [] };
        this.rows.set(key, row);
      }
      row.mentions += e.mentions;
      row.articles++;
      row.files.push(facts.file);
      for (const a of e.aliases) if (!row.aliases.includes(a)) row.aliases.push(a);
      for (const ev of e.evidence) if (row.evidence.length < MAX_EVIDENCE) row.evidence.push({ file: facts.file, ...ev });
    }
  }

  result(types?: EntityType[]): CorpusEntity[] {
    return [...this.rows.values()]
      .filter((r) => !types || types.includes(r.type))
      .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || a.name.localeCompare(b.name));
  }
}
