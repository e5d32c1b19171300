import type { ArticleDate, ArticleFacts, DateKind, Evidence, Time } from '../types.js';
import { dateBounds } from '../knowledge/index.js';

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

/** Dated mentions across the corpus in chronological order (ties keep input order). */
export class Timeline {
  readonly articles: ArticleDateRow[] = [];
  private readonly entries: TimelineEntry[] = [];

  constructor(private readonly from?: Time, private readonly to?: Time) {}

  add(facts: ArticleFacts): void {
    this.articles.push({ file: facts.file, date: facts.date });
    for (const m of facts.dates) {
      if (!m.value || !inRange(m.value, m.end, this.from, this.to)) continue;
      this.entries.push({ value: m.value, end: m.end ?? null, kind: m.kind, text: m.text, file: facts.file, evidence: m.evidence });
    }
  }

  result(): TimelineEntry[] {
    // Array.prototype.sort is stable: equal dates stay in input order.
    return [...this.entries].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}
