import type { ArticleFacts, CeasefireClaimKind, Evidence, Time } from '../types.js';
import { whereFrom } from './meetings.js';

/** A ceasefire across the corpus. */
export interface CorpusCeasefire {
  /** catalogue id, null for truces the catalogue lacks (one row per date then) */
  id: string | null;
  name: string;
  date: Time | null;
  brokers: string[];
  /** number of articles that cite it */
  articles: number;
  files: string[];
  /** the articles citing it, with their address and outlet when known */
  sources: CeasefireSource[];
  /** claims made of it, by kind */
  claims: Record<CeasefireClaimKind, number>;
  /** violation claims by accusing side, most first; "unattributed" when the text names no accuser */
  violationsByAccuser: { accuser: string; count: number }[];
  evidence: (Evidence & { file: string })[];
}

export interface CeasefireSource {
  file: string;
  articleDate: Time | null;
  url?: string;
  outlet?: string;
}

const MAX_EVIDENCE = 5;
export const UNATTRIBUTED = 'unattributed';

/**
 * Merges the ceasefires of many articles: one row per catalogue entry (or per date for truces
 * the catalogue lacks), most cited first. Keeps a few pieces of evidence, so memory stays
 * bounded on large corpora.
 */
export class CeasefireAggregator {
  private readonly rows = new Map<string, CorpusCeasefire & { accusers: Map<string, number> }>();

  add(facts: ArticleFacts): void {
    for (const c of facts.ceasefires) {
      const key = c.id ?? `~${c.date ?? ''}`;
      let row = this.rows.get(key);
      if (!row) {
        row = {
          id: c.id, name: c.name, date: c.date, brokers: [...c.brokers], articles: 0, files: [], sources: [],
          claims: { agreed: 0, 'called-for': 0, holding: 0, violated: 0, extended: 0, mentioned: 0 },
          violationsByAccuser: [], evidence: [], accusers: new Map(),
        };
        this.rows.set(key, row);
      }
      row.articles++;
      row.files.push(facts.file);
      row.sources.push({ file: facts.file, articleDate: facts.date?.value ?? null, ...whereFrom(facts) });
      for (const b of c.brokers) if (!row.brokers.includes(b)) row.brokers.push(b);
      for (const claim of c.claims) {
        row.claims[claim.kind]++;
        if (claim.kind === 'violated') {
          const who = claim.accuser ?? UNATTRIBUTED;
          row.accusers.set(who, (row.accusers.get(who) ?? 0) + 1);
        }
      }
      for (const ev of c.evidence) if (row.evidence.length < MAX_EVIDENCE) row.evidence.push({ file: facts.file, ...ev });
    }
  }

  result(): CorpusCeasefire[] {
    return [...this.rows.values()]
      .map(({ accusers, ...row }) => ({
        ...row,
        violationsByAccuser: [...accusers].map(([accuser, count]) => ({ accuser, count }))
          .sort((a, b) => b.count - a.count || a.accuser.localeCompare(b.accuser)),
      }))
      .sort((a, b) => b.articles - a.articles || (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name));
  }
}
