import type { Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PersonEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';

/** A person the article names (or a role phrase resolved to): the key of its entity mention. */
export interface PersonRef {
  key: string;
  name: string;
  entry: PersonEntry | null;
  /** cleaned-text offsets of the article's mentions of them */
  offsets: number[];
}

/** How many sentences back "they", "the two leaders" or "the five-party format" look for the people they mean. */
export const LOOKBACK_SENTENCES = 4;

/** A set of people the text just put together: what "they", "the two leaders" or "the trio" can mean. */
export interface Group {
  keys: string[];
  sentence: number;
  /** cleaned-text offset where the group ends */
  offset: number;
  /** named by a pronoun or a group anaphor: the people the story is about just then */
  topic?: boolean;
  /** a host and the guest(s) he received: less likely than peers to be "both leaders" later */
  hosted?: boolean;
}

/**
 * What the meeting extractor knows about one article while it reads it in order: its people,
 * its date, and the groups and persons mentioned so far (for anaphora).
 */
export class ArticleScope {
  readonly people = new Map<string, PersonRef>();
  readonly groups: Group[] = [];
  readonly persons: { key: string; sentence: number; offset: number }[] = [];
  /** groups the text named under a label ("the co-chairs - X, Y and Z"): label → person keys */
  readonly labels = new Map<string, string[]>();
  /** a readout's tagged people ("Persons: ...") and the lead sentences whose meeting they fill (see readout.ts) */
  readout: { persons: string[]; lead: Set<number> } = { persons: [], lead: new Set() };
  /** who says "I" outside quotes: a statement page's author, a transcript paragraph's speaker (see first-person.ts) */
  readonly voice: { author: string | null; speaker: { key: string; paragraph: number } | null } = { author: null, speaker: null };
  /** the sentence being read, and its paragraph */
  sentence = 0;
  paragraph = 0;
  /** the people of the latest meeting told (not one of several separate ones), for "the previous one" after it */
  told: { keys: string[]; sentence: number } | null = null;
  /** the host of the latest meeting told with one, for "the host" after it */
  host: { key: string; sentence: number } | null = null;

  constructor(readonly k: Knowledge, readonly date: Time | null, mentions: EntityMention[]) {
    for (const m of mentions) {
      if (m.type !== 'person') continue;
      const p = this.people.get(m.key) ?? { key: m.key, name: m.name, entry: m.known ? (m.known.entry as PersonEntry) : null, offsets: [] };
      p.offsets.push(m.start);
      this.people.set(m.key, p);
    }
  }

  /**
   * The groups remembered before text offset `offset`, latest first, with their index: those
   * told within `lookback` sentences of `sentence`, at most `maxBack` groups back.
   */
  *groupsBefore(offset: number, sentence: number, lookback = LOOKBACK_SENTENCES, maxBack = Infinity): Generator<[Group, number]> {
    for (let n = this.groups.length - 1; n >= 0 && this.groups.length - n <= maxBack; n--) {
      const g = this.groups[n];
      if (g.offset >= offset) continue;
      if (sentence - g.sentence > lookback) return;
      yield [g, n];
    }
  }

  name(key: string): string {
    return this.people.get(key)?.name ?? key;
  }

  /**
   * Does the person hold this role (an office role, or 'leader' for the office marked leader), in
   * this country when given: at the article's date when known, else at any time.
   */
  holds(key: string, role: string, country?: string, at: Time | null = this.date): boolean {
    const entry = this.people.get(key)?.entry;
    if (!entry) return false;
    const offices = at ? this.k.officesAt(entry, at) : (entry.offices ?? []);
    // 'minister' alone ("the Russian minister") is any minister
    const fits = (r: string) => (role === 'minister' ? r.endsWith('minister') : r === role);
    return offices.some((o) => (role === 'leader' ? o.leader === true : fits(o.role)) && (!country || o.country === country));
  }

  /**
   * Who held a role in a country among the people the article names: those holding it at the
   * article's date, else at any time (a look back at 2001 in a 2014 article), the nearest
   * mention to `offset` when several did. Null when the article names nobody who held it: an
   * unnamed official is no participant, even when the knowledge base knows who held the office.
   */
  holder(role: string, country: string, offset: number): string | null {
    const people = [...this.people.values()];
    let named = people.filter((p) => this.holds(p.key, role, country));
    if (!named.length && this.date) named = people.filter((p) => this.holds(p.key, role, country, null));
    if (!named.length) return null;
    // a mention after the phrase counts double: a role phrase mostly points back
    const distance = (p: PersonRef) => p.offsets.reduce((d, o) => Math.min(d, o <= offset ? offset - o : 2 * (o - offset)), Infinity);
    named.sort((a, b) => distance(a) - distance(b));
    return named[0].key;
  }

  /** The role a person holds that a "counterpart" of theirs would share: 'leader' for leaders. */
  roleOf(key: string): string | null {
    const entry = this.people.get(key)?.entry;
    if (!entry) return null;
    const offices = this.date ? this.k.officesAt(entry, this.date) : (entry.offices ?? []);
    if (offices.some((o) => o.leader)) return 'leader';
    return offices[0]?.role ?? null;
  }
}
