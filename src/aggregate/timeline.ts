import type { ArticleDate, ArticleFacts, DateKind, Evidence, Time } from '../types.js';
import { compareTime, dateBounds, span } from '../time/partial.js';
import { byCodeUnits, compareRank, type Rank } from './order.js';

export interface TimelineEntry {
  value: Time;
  end: Time | null;
  kind: DateKind;
  text: string;
  file: string;
  evidence: Evidence;
}

export interface ArticleDateRow {
  file: string;
  date: ArticleDate | null;
}

/** Keeps a date when its span overlaps [from, to]; either bound may be missing. */
export function inRange(value: Time, end: Time | null | undefined, from?: Time, to?: Time): boolean {
  if (from && dateBounds(end ?? value)[1] < dateBounds(from)[0]) return false;
  if (to && dateBounds(value)[0] > dateBounds(to)[1]) return false;
  return true;
}

/**
 * Dated mentions across the corpus in chronological order; ties in the canonical order (path,
 * then position in the article: see order.ts), so any arrival order gives the same result.
 */
export class Timeline {
  private readonly rows: ArticleDateRow[] = [];
  private readonly entries: (TimelineEntry & { rank: Rank })[] = [];

  constructor(private readonly from?: Time, private readonly to?: Time) {}

  /** Each article and its own date, by path. */
  get articles(): ArticleDateRow[] {
    return [...this.rows].sort((a, b) => byCodeUnits(a.file, b.file));
  }

  add(facts: ArticleFacts): void {
    this.rows.push({ file: facts.file, date: facts.date });
    facts.dates.forEach((m, index) => {
      // "now", "recently": no day on a timeline
      if (!m.value || !span(m.value) || !inRange(m.value, m.end, this.from, this.to)) return;
      this.entries.push({ value: m.value, end: m.end ?? null, kind: m.kind, text: m.text, file: facts.file, evidence: m.evidence, rank: { file: facts.file, index } });
    });
  }

  result(): TimelineEntry[] {
    return [...this.entries]
      .sort((a, b) => compareTime(a.value, b.value) || compareRank(a.rank, b.rank))
      .map(({ rank: _rank, ...entry }) => entry);
  }
}
