import type { ArticleFacts, EntityFact } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { OrganizationEntry, PersonEntry, PlaceEntry } from '../knowledge/types.js';
import { fold, tokenize } from '../knowledge/text.js';

// What makes an article part of this corpus: it names Armenia, Azerbaijan or a place in them
// (Karabakh, Stepanakert, Lachin...), their people or officials, the mediators of their
// conflict, or an organisation of theirs, or it reports a meeting or ceasefire. The knowledge
// base decides which entity belongs where, so a user's --knowledge file widens the topic too.

/** The countries the conflict is between (ISO codes, as in the knowledge base). */
export const TOPIC_COUNTRIES = new Set(['AM', 'AZ']);
/** Offices that only exist because of the conflict. */
export const TOPIC_ROLES = new Set(['minsk-group-co-chair']);
/** Organisations of the conflict that belong to no one country. */
const TOPIC_ORGANIZATION_NAMES = ['minsk group'];

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
    [facts.organizations, (e) => isTopicOrganization(e, e.id ? (k.get('organization', e.id)?.entry as OrganizationEntry | undefined) : undefined)],
  ];
  for (const [list, test] of checks) {
    const hit = list.find(test);
    if (hit) return { reason: `${hit.type} ${hit.name}` };
  }
  // "Armenian", "Azeri": adjectives are not entities, but they are the topic.
  if (demonyms.length) return { reason: `the word "${demonyms[0]}"` };
  return null;
}

/** The words of a text that name a people of the topic ("Armenian", "Azeri"), each once, in text order. */
export function topicDemonyms(text: string, k: Knowledge): string[] {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    const place = k.byDemonym(t.text);
    if (place && isTopicPlace(place)) out.add(t.text);
  }
  return [...out];
}

function isTopicPlace(p: PlaceEntry | undefined): boolean {
  return Boolean(p?.country && TOPIC_COUNTRIES.has(p.country));
}

function isTopicPerson(p: PersonEntry | undefined): boolean {
  if (!p) return false;
  if (p.nationality && TOPIC_COUNTRIES.has(p.nationality)) return true;
  return (p.offices ?? []).some((o) => TOPIC_COUNTRIES.has(o.country) || TOPIC_ROLES.has(o.role));
}

function isTopicOrganization(e: EntityFact, entry: OrganizationEntry | undefined): boolean {
  if (entry?.country && TOPIC_COUNTRIES.has(entry.country)) return true;
  const names = [e.name, ...e.aliases, ...(entry?.aliases ?? [])].map(fold);
  return names.some((n) => TOPIC_ORGANIZATION_NAMES.some((t) => n.includes(t)));
}
