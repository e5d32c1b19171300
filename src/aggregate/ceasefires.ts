import type { ArticleFacts, CeasefireClaimKind, Evidence, Time } from '../types.js';
import { whereFrom } from './meetings.js';
import { byCodeUnits, compareRank, FirstSeen, Smallest, type Rank } from './order.js';

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
/** Rank stride per ceasefire of an article, so evidence and broker ranks stay unique within it. */
const STRIDE = 100_000;
export const UNATTRIBUTED = 'unattributed';

interface Row {
  key: string;
  /** the rank name and date were taken from: the smallest wins, whatever the arrival order */
  named: Rank;
  id: string | null;
  name: string;
  date: Time | null;
  brokers: FirstSeen<string>;
  files: string[];
  sources: CeasefireSource[];
  claims: Record<CeasefireClaimKind, number>;
  accusers: Map<string, number>;
  evidence: Smallest<Evidence & { file: string }>;
}

/**
 * Merges the ceasefires of many articles: one row per catalogue entry (or per date for truces
 * the catalogue lacks), most cited first. Keeps a few pieces of evidence, so memory stays
 * bounded on large corpora. The result does not depend on the order articles are added in
 * (see order.ts).
 */
export class CeasefireAggregator {
  private readonly rows = new Map<string, Row>();

  add(facts: ArticleFacts): void {
    const file = facts.file;
    facts.ceasefires.forEach((c, i) => {
      const key = c.id ?? `~${c.date ?? ''}`;
      const rank = { file, index: i * STRIDE };
      let row = this.rows.get(key);
      if (!row) {
        row = {
          key, named: rank, id: c.id, name: c.name, date: c.date, brokers: new FirstSeen(), files: [], sources: [],
          claims: { agreed: 0, 'called-for': 0, holding: 0, violated: 0, extended: 0, mentioned: 0 },
          accusers: new Map(), evidence: new Smallest(MAX_EVIDENCE),
        };
        this.rows.set(key, row);
      } else if (compareRank(rank, row.named) < 0) {
        Object.assign(row, { named: rank, name: c.name, date: c.date });
      }
      row.files.push(file);
      row.sources.push({ file, articleDate: facts.date?.value ?? null, ...whereFrom(facts) });
      c.brokers.forEach((b, j) => row.brokers.add(b, { file, index: i * STRIDE + j }));
      for (const claim of c.claims) {
        row.claims[claim.kind]++;
        if (claim.kind === 'violated') {
          const who = claim.accuser ?? UNATTRIBUTED;
          row.accusers.set(who, (row.accusers.get(who) ?? 0) + 1);
        }
      }
      c.evidence.forEach((ev, j) => row.evidence.add({ file, ...ev }, { file, index: i * STRIDE + j }));
    });
  }

  result(): CorpusCeasefire[] {
    return [...this.rows.values()]
      .map((r) => ({
        key: r.key,
        row: {
          id: r.id, name: r.name, date: r.date, brokers: r.brokers.values(), articles: r.files.length,
          files: [...r.files].sort(byCodeUnits), sources: [...r.sources].sort((a, b) => byCodeUnits(a.file, b.file)), claims: r.claims,
          violationsByAccuser: [...r.accusers].map(([accuser, count]) => ({ accuser, count }))
            .sort((a, b) => b.count - a.count || a.accuser.localeCompare(b.accuser)),
          evidence: r.evidence.values(),
        } as CorpusCeasefire,
      }))
      .sort((a, b) => b.row.articles - a.row.articles || (a.row.date ?? '').localeCompare(b.row.date ?? '') || a.row.name.localeCompare(b.row.name) || byCodeUnits(a.key, b.key))
      .map((x) => x.row);
  }
}
