import type { Knowledge } from './index.js';
import type { OrganizationEntry, PersonEntry, PlaceEntry } from './types.js';
import { fold, tokenize } from './text.js';

// What makes an article part of this corpus: it names Armenia, Azerbaijan or a place in them
// (Karabakh, Stepanakert, Lachin...), their people or officials, the mediators of their
// conflict, or an organisation of theirs. The knowledge base decides which entity belongs
// where, so a user's --knowledge file widens the topic too. `check`'s off-topic rule and the
// topic filter in front of extraction share these definitions.

/** The countries the conflict is between (ISO codes, as in the knowledge base). */
export const TOPIC_COUNTRIES = new Set(['AM', 'AZ']);
/** Offices that only exist because of the conflict. */
export const TOPIC_ROLES = new Set(['minsk-group-co-chair']);
/**
 * Word beginnings that name the conflict in spellings no knowledge base lists: other
 * languages' and transliterations' "Azerbaïdjan", "Arménie", "Armeniya", "Karabagh",
 * "Azerbaycanlı". Folded, lower case; a word must start with one.
 */
const TOPIC_STEMS = /^(?:armeni|azerba[iyj]|karaba[kg]|artsakh)/;
/** Organisations of the conflict that belong to no one country. */
export const TOPIC_ORGANIZATION_NAMES = ['minsk group'];

export function isTopicPlace(p: PlaceEntry | undefined): boolean {
  return Boolean(p?.country && TOPIC_COUNTRIES.has(p.country));
}

export function isTopicPerson(p: PersonEntry | undefined): boolean {
  if (!p) return false;
  if (p.nationality && TOPIC_COUNTRIES.has(p.nationality)) return true;
  return (p.offices ?? []).some((o) => TOPIC_COUNTRIES.has(o.country) || TOPIC_ROLES.has(o.role));
}

/** A person of Armenia or Azerbaijan (not a mediator): their family name alone is the topic. */
function isPartyPerson(p: PersonEntry): boolean {
  if (p.nationality) return TOPIC_COUNTRIES.has(p.nationality);
  return (p.offices ?? []).some((o) => TOPIC_COUNTRIES.has(o.country));
}

export function isTopicOrganization(names: string[], entry: OrganizationEntry | undefined): boolean {
  if (entry?.country && TOPIC_COUNTRIES.has(entry.country)) return true;
  const folded = [...names, ...(entry?.aliases ?? [])].map(fold);
  return folded.some((n) => TOPIC_ORGANIZATION_NAMES.some((t) => n.includes(t)));
}

/**
 * Organisations whose name alone puts an article on topic: the states' institutions and the
 * mediators. A news agency's name is a credit line ("Trend", "Turan"), and party names can be
 * ordinary words ("Civil Contract", "My Step"); articles about either name the country anyway.
 */
const FILTER_ORGANIZATION_KINDS = new Set(['government', 'military', 'intergovernmental']);

interface TrieNode {
  next: Map<string, TrieNode>;
  /** the spelling that ends here (folded words joined by spaces), if one does */
  spelling: string | null;
}

const node = (): TrieNode => ({ next: new Map(), spelling: null });

/**
 * The topic's words as one automaton: a trie over folded tokens of every spelling of a topic
 * entity and every demonym of a topic place ("Armenian", "Azeris"), run over the text's words
 * in one pass, so whether an article concerns the conflict at all is known before any
 * extraction. Words go through the trie with the few partial matches still alive.
 */
export class TopicMatcher {
  private readonly root = node();

  constructor(k: Knowledge) {
    for (const s of k.spellings) {
      const e = s.entity;
      // All-capital short acronyms (NSS, ARF, APA) are shared across the world's news.
      if (s.exactCase) continue;
      const topical = e.type === 'place' ? isTopicPlace(e.entry as PlaceEntry)
        : e.type === 'person' ? isTopicPerson(e.entry as PersonEntry)
          : FILTER_ORGANIZATION_KINDS.has((e.entry as OrganizationEntry).kind ?? '') && isTopicOrganization([e.name, s.text], e.entry as OrganizationEntry);
      if (topical) this.add(s.tokens);
    }
    // A family name alone ("Aliyev and Pashinyan met…") names the person too; only for the
    // parties' own people: a mediator's family name ("Mann", "Popov") is anyone's.
    for (const p of k.people) {
      if (!isPartyPerson(p)) continue;
      for (const spelling of [p.name, ...(p.aliases ?? [])]) {
        const t = tokenize(spelling);
        if (t.length > 1) this.add([fold(t[t.length - 1].text)]);
      }
    }
    for (const p of k.places) {
      if (!isTopicPlace(p)) continue;
      for (const d of p.demonyms ?? []) {
        const tokens = tokenize(d).map((t) => fold(t.text));
        this.add(tokens);
        if (tokens.length === 1 && !tokens[0].endsWith('s')) this.add([`${tokens[0]}s`]);
      }
    }
  }

  private add(tokens: string[]): void {
    if (!tokens.length) return;
    let at = this.root;
    for (const t of tokens) {
      let n = at.next.get(t);
      if (!n) at.next.set(t, (n = node()));
      at = n;
    }
    at.spelling = tokens.join(' ');
  }

  /** The first topic spelling in the text (folded words joined by spaces), or null when it names none. */
  find(text: string): string | null {
    // Folding the whole text once is much cheaper than folding each word; ASCII needs only lower case.
    if (/[^\x00-\x7f]/.test(text)) {
      const folded = fold(text);
      const word = /[\p{L}\p{N}]+/gu;
      let alive: readonly TrieNode[] = NONE;
      for (let m = word.exec(folded); m; m = word.exec(folded)) {
        const step = this.step(alive, m[0]);
        if (typeof step === 'string') return step;
        alive = step;
      }
      return null;
    }
    // ASCII (most news): words cut by character codes, no match objects (every off-topic article is read whole)
    const folded = text.toLowerCase();
    let alive: readonly TrieNode[] = NONE;
    for (let i = 0; i < folded.length;) {
      if (!isAsciiWordChar(folded.charCodeAt(i))) { i++; continue; }
      let j = i + 1;
      while (j < folded.length && isAsciiWordChar(folded.charCodeAt(j))) j++;
      const step = this.step(alive, folded.slice(i, j));
      if (typeof step === 'string') return step;
      alive = step;
      i = j;
    }
    return null;
  }

  /** One word through the automaton: the spelling it completes, else the partial matches still alive. */
  private step(alive: readonly TrieNode[], w: string): string | readonly TrieNode[] {
    let next: TrieNode[] | null = null;
    const first = this.root.next.get(w);
    if (first) (next ??= []).push(first);
    for (const a of alive) {
      const n = a.next.get(w);
      if (n) (next ??= []).push(n);
    }
    if (next) for (const n of next) if (n.spelling) return n.spelling;
    // (the stems start with 'a' or 'k': most words are turned away by their first letter)
    const c = w.charCodeAt(0);
    if ((c === 97 || c === 107) && TOPIC_STEMS.test(w)) return w;
    return next ?? NONE;
  }
}

const NONE: readonly TrieNode[] = [];

/** a-z, 0-9: what [a-z0-9]+ reads as a word in lower-cased ASCII */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

const matchers = new WeakMap<Knowledge, TopicMatcher>();

/** The knowledge base's topic matcher, built once per knowledge base. */
export function topicMatcher(k: Knowledge): TopicMatcher {
  let m = matchers.get(k);
  if (!m) matchers.set(k, (m = new TopicMatcher(k)));
  return m;
}
