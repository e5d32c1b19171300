import type { AnnotatedArticle, DateMention, ExtractionLimit, Time } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { EntityMention } from './entities/index.js';

/** What the relation extractors (meetings, ceasefires) read: the article and the facts found before them. */
export interface ExtractContext {
  article: AnnotatedArticle;
  knowledge: Knowledge;
  articleDate: Time | null;
  dates: DateMention[];
  mentions: EntityMention[];
  /** where a stage records a bound it reached (see limits.ts) */
  limits?: ExtractionLimit[];
}
