import type { ArticleFacts, DocWord, EntityFact } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { OrganizationEntry } from '../knowledge/types.js';
import { tokenize } from '../knowledge/text.js';
import { isTopicOrganization, isTopicPerson, isTopicPlace } from '../knowledge/topic.js';

// What makes an article part of this corpus is defined once, in knowledge/topic.ts; after
// extraction, a meeting or a ceasefire the article reports counts too.

export interface TopicEvidence {
  /** what tied the article to the topic, e.g. "place Nagorno-Karabakh" */
  reason: string;
}

/** The first sign that an article is on topic, or null when it has none. */
export function topicEvidence(facts: Omit<ArticleFacts, 'file'>, demonyms: string[], k: Knowledge): TopicEvidence | null {
  if (facts.meetings.length) return { reason: 'a meeting' };
  if (facts.ceasefires.length) return { reason: 'a ceasefire' };
  const checks: [EntityFact[], (e: EntityFact) => boolean][] = [
    [facts.places, (e) => isTopicPlace(e.id ? k.place(e.id) : undefined)],
    [facts.people, (e) => isTopicPerson(e.id ? k.person(e.id) : undefined)],
    [facts.organizations, (e) => isTopicOrganization([e.name, ...e.aliases], e.id ? (k.get('organization', e.id)?.entry as OrganizationEntry | undefined) : undefined)],
  ];
  for (const [list, test] of checks) {
    const hit = list.find(test);
    if (hit) return { reason: `${hit.type} ${hit.name}` };
  }
  // "Armenian", "Azeri": adjectives are not entities, but they are the topic.
  if (demonyms.length) return { reason: `the word "${demonyms[0]}"` };
  return null;
}

/** The words (of a Doc, or a text's) that name a people of the topic ("Armenian", "Azeri"), each once, in text order. */
export function topicDemonyms(words: DocWord[] | string, k: Knowledge): string[] {
  const out = new Set<string>();
  const found = typeof words === 'string' ? tokenize(words).map((t) => ({ text: t.text, demonym: k.byDemonym(t.text) ?? null })) : words;
  for (const t of found) if (t.demonym && isTopicPlace(t.demonym)) out.add(t.text);
  return [...out];
}
