import type { ArticleScope } from './scope.js';
import type { Item } from './references.js';
import type { Tok } from './tokens.js';

// Anaphors point back: "the two rivals" to the last pair the text put together, "they" to the
// last group, "he" to the last person. Looked up only within a few sentences, because past that
// a writer names people again.

const LOOKBACK_SENTENCES = 4;

/**
 * The people an item names, leaving out `exclude` (the other side of the trigger: in "Putin met
 * the two rivals" the rivals are not Putin).
 */
export function resolveItem(it: Item, tokens: Tok[], sentence: number, scope: ArticleScope, exclude: Set<string>): string[] {
  if (it.kind === 'person' || it.kind === 'role') return it.keys;
  const offset = tokens[it.first].start;
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
  // "the co-chairs": the people the article named under that label
  const labelled = it.label ? scope.labels.get(it.label)?.filter((k) => !exclude.has(k)) : undefined;
  if (labelled && labelled.length >= 2) return labelled;
  for (let n = scope.groups.length - 1; n >= 0; n--) {
    const g = scope.groups[n];
    if (g.offset >= offset) continue;
    if (sentence - g.sentence > LOOKBACK_SENTENCES) break;
    const keys = g.keys.filter((k) => !exclude.has(k));
    if (keys.length < 2 || (it.count && keys.length !== it.count)) continue;
    if (it.role && !keys.every((k) => scope.holds(k, it.role!))) continue;
    return keys;
  }
  // "X and Y worked out a plan with Z and W when the four men met": everyone the sentence named so far
  if (it.count && it.count >= 3) {
    const named = [...new Set(scope.persons.filter((p) => p.sentence === sentence && p.offset < offset && !exclude.has(p.key)).map((p) => p.key))];
    if (named.length === it.count) return named;
  }
  // Nothing said just before: the people of the article who hold the role ("both presidents").
  if (it.role) {
    const holders = [...scope.people.values()].filter((p) => p.offsets.length && !exclude.has(p.key) && scope.holds(p.key, it.role!));
    if (holders.length >= 2 && (!it.count || holders.length === it.count) && holders.length <= 3) return holders.map((p) => p.key);
  }
  return [];
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
  }
}

export function rememberGroup(scope: ArticleScope, keys: string[], sentence: number, offset: number): void {
  insertByOffset(scope.groups, { keys, sentence, offset });
}

/** Keeps the memory in text order; entries come almost in order, so this is near constant time. */
function insertByOffset<T extends { offset: number }>(list: T[], x: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1].offset > x.offset) i--;
  list.splice(i, 0, x);
}
