import { LOOKBACK_SENTENCES, type ArticleScope } from './scope.js';
import type { Item } from './references.js';
import type { Tok } from './tokens.js';
import { resolveWe } from './first-person.js';
import { CO_CHAIR_ROLE, LABEL_ROLES, MEDIATOR_LABELS, PERSONAL_REPRESENTATIVE_ROLE, TWO_SIDES } from './people-words.js';

// Anaphors point back: "the two rivals" to the last pair the text put together, "they" to the
// last group, "he" to the last person. Looked up only within a few sentences, because past that
// a writer names people again.

/**
 * The people an item names, leaving out `exclude` (the other side of the trigger: in "Putin met
 * the two rivals" the rivals are not Putin).
 */
export function resolveItem(it: Item, tokens: Tok[], sentence: number, scope: ArticleScope, exclude: Set<string>): string[] {
  if (it.kind === 'person' || it.kind === 'role') return it.keys;
  const offset = tokens[it.first].start;
  if (it.firstPerson) return resolveWe(it, scope, offset, sentence, LOOKBACK_SENTENCES, exclude);
  if (it.kind === 'pronoun') {
    // 'he' is most often the subject: the first person of the latest sentence that has one
    let found: { key: string; sentence: number } | null = null;
    for (let n = scope.persons.length - 1; n >= 0; n--) {
      const p = scope.persons[n];
      if (p.offset >= offset || exclude.has(p.key)) continue;
      if (sentence - p.sentence > 2 || (found && p.sentence !== found.sentence)) break;
      found = p;
    }
    return found ? [found.key] : [];
  }
  // "the co-chairs", "the mediators": the co-chairs the article named (and the Personal Representative named with them)
  if (it.label && MEDIATOR_LABELS.has(it.label)) {
    const found = mediators(scope, offset, it.count ?? 0, it.label !== CO_CHAIR_ROLE).filter((k) => !exclude.has(k));
    if (found.length >= 2) return found;
  }
  // the people the article named under that label
  const labelled = it.label ? scope.labels.get(it.label)?.filter((k) => !exclude.has(k)) : undefined;
  if (labelled && labelled.length >= 2) return labelled;
  const labelRole = it.label ? LABEL_ROLES[it.label] : undefined;
  // "X received A the day before. On Monday Y received both leaders": a pair is rather the two
  // sides who met as peers than a host and his guest, when the text just told of both
  const found = (it.count === 2 ? fromGroups(it, sentence, offset, scope, exclude, labelRole, true) : null)
    ?? fromGroups(it, sentence, offset, scope, exclude, labelRole, false);
  if (found) return found;
  // "X and Y worked out a plan with Z and W when the four men met": everyone the sentence named so far
  if (it.count && it.count >= 3) {
    const named = [...new Set(scope.persons.filter((p) => p.sentence === sentence && p.offset < offset && !exclude.has(p.key)).map((p) => p.key))];
    if (named.length === it.count) return named;
  }
  // Nothing said just before: the people of the article who hold the role ("both presidents",
  // "the two ministers"), only when the article names few of them all told (with four leaders
  // named, "both leaders" is no two in particular, whoever the other side is).
  const role = it.role ?? labelRole;
  if (role) {
    // (of few, those named before the anaphor when two are: "the Presidents agreed" means no one named only later)
    const everyone = [...scope.people.values()].filter((p) => p.offsets.length && scope.holds(p.key, role));
    const earlier = everyone.filter((p) => p.offsets.some((o) => o < offset));
    const all = everyone.length <= 3 && earlier.length >= 2 ? earlier : everyone;
    const holders = all.filter((p) => !exclude.has(p.key));
    if (all.length <= 3 && holders.length >= 2 && (!it.count || holders.length === it.count)) return holders.map((p) => p.key);
    // with more named, a pair is the two sides' ("both leaders" in a story that also names Obama and Erdogan)
    const sides = TWO_SIDES.map((c) => all.filter((p) => scope.holds(p.key, role, c)));
    if (it.count === 2 && sides.every((l) => l.length === 1) && !sides.some((l) => exclude.has(l[0].key))) return sides.map((l) => l[0].key);
  }
  return [];
}

/** The latest group of people told before `offset` that the anaphor fits (hosted ones left out when asked). */
function fromGroups(it: Item, sentence: number, offset: number, scope: ArticleScope, exclude: Set<string>, labelRole: string | undefined, peersOnly: boolean): string[] | null {
  let loose: string[] | null = null;
  for (const [g, n] of scope.groupsBefore(offset, sentence)) {
    if (peersOnly && g.hosted) continue;
    const keys = g.keys.filter((k) => !exclude.has(k));
    if (keys.length < 2 || (it.count && keys.length !== it.count)) continue;
    if (it.role && !keys.every((k) => scope.holds(k, it.role!))) {
      // "the three European leaders" after three named: leaders whatever their office (a European
      // Council president too), when no group of office-holders fits
      if (!loose && (it.count ?? 0) >= 3 && it.role === 'leader') loose = keys;
      continue;
    }
    if (!it.label && !it.role && !it.count) return topicWithin(scope, n, sentence, exclude) ?? keys;
    if (!labelRole) return keys;
    // "the ministers": those of the group who are ministers ("X hosted A and B ... the ministers":
    // A and B), or the whole group when the knowledge base knows none of them
    const fitting = keys.filter((k) => scope.holds(k, labelRole));
    if (fitting.length >= 2 && (!it.count || fitting.length === it.count)) return fitting;
    if (keys.every((k) => !scope.people.get(k)?.entry)) return keys;
  }
  return loose;
}

/**
 * The Minsk Group mediators an article means by "the co-chairs" or "the mediators": the people it
 * named as co-chairs (under the label, or co-chairs in the knowledge base), those named before
 * `offset` when there are any; "the mediators" ("the diplomats", `withRepresentative`) also the
 * Personal Representative who sits with them when the article names him (before `offset` too)
 * and no count ("the three mediators") leaves him out. "The co-chairs" are the co-chairs only.
 */
function mediators(scope: ArticleScope, offset: number, count: number, withRepresentative: boolean): string[] {
  const known = [...scope.people.values()].filter((p) => p.offsets.length && scope.holds(p.key, CO_CHAIR_ROLE));
  // the names of a label are co-chairs too when one of them is ("the three diplomats who co-chair the Minsk Group: X, Y and Z")
  // (but not the ministers named in the same breath: a person the knowledge base places in another office stays out)
  // (the label says they are mediators whatever the dates the knowledge base gives their terms)
  const mediatorLike = (k: string) => !scope.people.get(k)?.entry || scope.holds(k, CO_CHAIR_ROLE, undefined, null) || scope.holds(k, PERSONAL_REPRESENTATIVE_ROLE, undefined, null);
  const knownKeys = new Set(known.map((p) => p.key));
  const labelled = [...scope.labels.values()].filter((keys) => keys.some((k) => knownKeys.has(k))).flat().filter(mediatorLike);
  const before = known.filter((p) => p.offsets.some((o) => o < offset));
  const chairs = [...new Set([...(scope.labels.get(CO_CHAIR_ROLE) ?? []), ...labelled, ...(before.length ? before : known).map((p) => p.key)])];
  if (chairs.length < 2 || (count && chairs.length !== count)) return count ? [] : chairs;
  if (count) return chairs;
  if (!withRepresentative) return chairs.filter((k) => !scope.holds(k, PERSONAL_REPRESENTATIVE_ROLE, undefined, null));
  const all = [...scope.people.values()].filter((p) => p.offsets.length && scope.holds(p.key, PERSONAL_REPRESENTATIVE_ROLE));
  const named = all.filter((p) => p.offsets.some((o) => o < offset));
  return [...new Set([...chairs, ...(before.length ? named : all).map((p) => p.key)])];
}

/** Remembers the groups and persons of a sentence for the anaphors that follow. */
export function remember(scope: ArticleScope, sentence: number, tokens: Tok[], lists: Item[][]): void {
  for (const list of lists) {
    const named = list.filter((it) => !it.quoted && (it.kind === 'person' || it.kind === 'role'));
    for (const it of named) {
      if (it.keys.length === 1) insertByOffset(scope.persons, { key: it.keys[0], sentence, offset: tokens[it.last].end });
      if (it.keys.length >= 2) rememberGroup(scope, it.keys, sentence, tokens[it.last].end);
    }
    const keys = [...new Set(named.flatMap((it) => it.keys))];
    if (named.length >= 2 && keys.length >= 2) rememberGroup(scope, keys, sentence, tokens[named[named.length - 1].last].end);
    // "urged both leaders to meet ... and spoke to each of them": a group anaphor names its people for the ones after it
    for (const it of list) {
      if (it.kind !== 'group' || it.quoted || it.keys.length) continue;
      const found = resolveItem(it, tokens, sentence, scope, NOBODY);
      if (found.length >= 2) rememberGroup(scope, found, sentence, tokens[it.last].end, true);
    }
  }
}

const NOBODY: Set<string> = new Set();

export function rememberGroup(scope: ArticleScope, keys: string[], sentence: number, offset: number, topic = false, hosted = false): void {
  insertByOffset(scope.groups, { keys, sentence, offset, ...(topic ? { topic } : {}), ...(hosted ? { hosted } : {}) });
}

/**
 * "In Prague they sat down with Macron and Michel. In August Michel had brought them together":
 * a bare "they"/"them" keeps to the people the story is about (the group the last pronoun named),
 * not the larger company they were last seen in. The topic must lie within the newest group.
 */
function topicWithin(scope: ArticleScope, newest: number, sentence: number, exclude: Set<string>): string[] | null {
  const inNewest = new Set(scope.groups[newest].keys);
  for (let n = newest - 1; n >= 0; n--) {
    const g = scope.groups[n];
    if (sentence - g.sentence > LOOKBACK_SENTENCES) break;
    if (!g.topic) continue;
    const keys = g.keys.filter((k) => !exclude.has(k));
    return keys.length >= 2 && g.keys.length < inNewest.size && g.keys.every((k) => inNewest.has(k)) ? keys : null;
  }
  return null;
}

/** Keeps the memory in text order; entries come almost in order, so this is near constant time. */
function insertByOffset<T extends { offset: number }>(list: T[], x: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1].offset > x.offset) i--;
  list.splice(i, 0, x);
}
