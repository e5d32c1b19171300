import type { ArticleFacts, FileError } from '../types.js';
import { CeasefireAggregator, type CorpusCeasefire } from './ceasefires.js';
import { EntityAggregator, type CorpusEntity } from './entities.js';
import { MeetingAggregator, type CorpusMeeting } from './meetings.js';
import { Timeline, type ArticleDateRow, type TimelineEntry } from './timeline.js';
import type { CompiledFilters } from './filters.js';

// The aggregated corpus: what every corpus command renders, and what `merge` rebuilds from
// saved partial results before rendering it the same way (render/views).

export interface CorpusReport {
  /** articles processed */
  articles: number;
  /** articles the topic filter skipped (see --all-topics) */
  skipped: number;
  errors: FileError[];
  entities: CorpusEntity[];
  meetings: CorpusMeeting[];
  ceasefires: CorpusCeasefire[];
  /** each article's own date */
  articleDates: ArticleDateRow[];
  /** every dated mention, in date order */
  mentions: TimelineEntry[];
}

export type ReportPart = 'entities' | 'meetings' | 'ceasefires' | 'dates';

export interface CorpusOptions {
  /** meetings one row per article report, unmerged */
  perArticle?: boolean;
  /**
   * Article-level filters (people, places, countries mentioned; the article's date and status
   * for entities). Meetings are kept whole: their filters apply per meeting in the views.
   */
  filters?: CompiledFilters;
}

export class CorpusAggregator {
  private readonly entities = new EntityAggregator();
  private readonly meetings: MeetingAggregator;
  private readonly ceasefires = new CeasefireAggregator();
  private readonly timeline = new Timeline();
  private articles = 0;
  private readonly parts: Set<ReportPart>;

  constructor(parts: ReportPart[], private readonly options: CorpusOptions = {}) {
    this.parts = new Set(parts);
    this.meetings = new MeetingAggregator(Boolean(options.perArticle));
  }

  add(facts: ArticleFacts): void {
    this.articles++;
    const f = this.options.filters;
    const mentioned = !f || f.mentions(facts);
    if (this.parts.has('entities') && mentioned && (!f || (f.articleDate(facts) && f.articleStatus(facts)))) this.entities.add(facts);
    if (this.parts.has('meetings')) this.meetings.add(facts);
    if (this.parts.has('ceasefires') && mentioned) this.ceasefires.add(facts);
    if (this.parts.has('dates') && mentioned && (!f || f.articleStatus(facts))) this.timeline.add(facts);
  }

  result(errors: FileError[], skipped = 0): CorpusReport {
    return {
      articles: this.articles,
      skipped,
      errors,
      entities: this.parts.has('entities') ? this.entities.result() : [],
      meetings: this.parts.has('meetings') ? this.meetings.result() : [],
      ceasefires: this.parts.has('ceasefires') ? this.ceasefires.result() : [],
      articleDates: this.timeline.articles,
      mentions: this.parts.has('dates') ? this.timeline.result() : [],
    };
  }
}
