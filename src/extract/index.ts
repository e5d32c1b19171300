import type { AnnotatedArticle, ArticleFacts, ExtractionLimit } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { extractEntities } from './entities/index.js';
import { extractDates, findArticleDate } from './dates/index.js';
import { extractMeetings } from './meetings/index.js';
import { extractCeasefires } from './ceasefires/index.js';
import { boundFacts } from './bounds.js';

/**
 * Every fact of one article: entities, its date and date mentions, meetings, ceasefires.
 * A pure function of the annotated article and the knowledge base.
 */
export function extractFacts(a: AnnotatedArticle, k: Knowledge): ArticleFacts {
  const date = findArticleDate(a, k);
  const dates = extractDates(a, date?.value ?? null);
  const entities = extractEntities(a, k, date?.value ?? null);
  const limits: ExtractionLimit[] = [];
  const context = { article: a, knowledge: k, articleDate: date?.value ?? null, dates, mentions: entities.mentions, limits };
  const facts: ArticleFacts = {
    file: a.article.file,
    title: a.article.title,
    date,
    meta: a.article.meta,
    people: entities.people,
    places: entities.places,
    organizations: entities.organizations,
    dates,
    meetings: extractMeetings(context),
    ceasefires: extractCeasefires(context),
  };
  if (limits.length) facts.limits = limits;
  return boundFacts(facts, a.article.text.length);
}
