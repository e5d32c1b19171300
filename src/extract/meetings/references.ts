import type { PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import type { ArticleScope } from './scope.js';
import { PhraseIndex, tokenAt, type Tok } from './tokens.js';
import { coordinated } from './coordination.js';
import { firstPersonItems, hostItems, speakerLabel } from './first-person.js';
import { anaphor, APPOSITION_MARKS, ROLE_PHRASE_INDEX, twoCountries } from './group-anaphors.js';
import { BARE_TITLES, FIXED_ROLES, ROLE_NOUNS_OF } from './people-words.js';

const ROLES_OF_LIST = ROLE_NOUNS_OF.map(([words, role]) => ({ words: words.split(' '), role, plural: /s$/.test(words) }));
const ROLES_OF = new PhraseIndex(ROLES_OF_LIST);
const FIXED = new PhraseIndex(FIXED_ROLES.map(([words, role, country]) => ({ words: words.split(' '), role, country })).sort((a, b) => b.words.length - a.words.length));

/**
 * A reference to people in a sentence: a named person, a role phrase ("the leaders of Armenia
 * and Azerbaijan"), a group anaphor ("the two rivals", "they") or a singular pronoun ("he").
 */
export interface Item {
  kind: 'person' | 'role' | 'group' | 'pronoun';
  /** token range */
  first: number;
  last: number;
  /** person keys; for anaphors filled when a trigger resolves them (see resolveItem) */
  keys: string[];
  possessive: boolean;
  aside: boolean;
  quoted: boolean;
  /** for group anaphors: how many people it names (0: two or more), the role they share, 'each' */
  count?: number;
  role?: string | null;
  each?: boolean;
  /** 'he'/'she' (one person) or 'they' (a group) */
  plural?: boolean;
  /** for group labels ("the co-chairs"): the label the article may name them under (see LABEL_NOUNS) */
  label?: string;
  /** joined to the item before by "and with", "and then", ", and, separately, with": met apart from it */
  apart?: boolean;
  /** "we", "the three of us": the page's voice and the people with it (see first-person.ts) */
  firstPerson?: boolean;
}

/** A place mention, by token, for role phrases and venues. */
export interface PlaceAt {
  first: number;
  last: number;
  entry: PlaceEntry;
}

/** The places of a sentence, by token. */
export function placesIn(tokens: Tok[], mentions: EntityMention[]): PlaceAt[] {
  const out: PlaceAt[] = [];
  for (const m of mentions) {
    if (m.known?.type !== 'place') continue;
    out.push({ first: tokenAt(tokens, m.start), last: tokenAt(tokens, m.end - 1), entry: m.known.entry as PlaceEntry });
  }
  return out;
}

/**
 * Every reference to people in one sentence, in order. Named people and role phrases are
 * resolved here; anaphors later, by the trigger that uses them (it knows whom to exclude).
 */
export function referencesIn(tokens: Tok[], sentenceMentions: EntityMention[], places: PlaceAt[], scope: ArticleScope): Item[] {
  const items: Item[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const m of sentenceMentions) {
    if (m.type !== 'person') continue;
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first >= tokens.length) continue;
    items.push(flags(tokens, { kind: 'person', first, last, keys: [m.key], possessive: false, aside: false, quoted: false }));
    for (let i = first; i <= last; i++) taken[i] = 1;
  }
  // a transcript paragraph's speaker label ("President of Russia Vladimir Putin: ...") gives its first person
  const speaker = speakerLabel(tokens, items);
  if (speaker) scope.voice.speaker = { key: speaker, paragraph: scope.paragraph };
  const countryAt = countryIndex(tokens, places);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i].punct) continue;
    const found = rolePhrase(tokens, i, countryAt, taken) ?? twoCountries(tokens, i, taken) ?? anaphor(tokens, i, taken);
    if (!found) continue;
    items.push(flags(tokens, found));
    for (let j = found.first; j <= found.last; j++) taken[j] = 1;
    i = found.last;
  }
  for (const it of [...firstPersonItems(tokens, taken, scope), ...hostItems(tokens, taken, scope)]) {
    const own = it.possessive;
    items.push(flags(tokens, it));
    it.possessive ||= own;
  }
  items.sort((a, b) => a.first - b.first);
  return appositions(tokens, resolveRoles(tokens, dropTitles(tokens, items), countryAt, scope), scope);
}

/** Nouns after a nationality that make "the head of the Russian state" the country's leader. */
const STATE_NOUNS = new Set(['state', 'states', 'nation', 'republic', 'country']);

/** Words after a bare title that make it another office ("Secretary of ...", "Secretary General"). */
const TITLE_CONTINUATIONS = new Set(['of', 'general', 'generals']);

/** Words inside an organisation's name after a label ("of the Organization for Security and Co-operation in Europe"). */
const ORG_WORDS = new Set(['of', 'the', 'for', 'and', 'in', "'s", '-']);

/** Words that open a relative clause between a label and its names. */
const RELATIVE_WORDS = new Set(['who', 'that']);

/** Words that may follow the last name of an apposition list ("..., and Z of France"). */
const APPOSITION_TAILS = new Set(['of', "'s"]);

/**
 * A role or group label followed by the names it stands for: the label means those people ("the
 * foreign ministers of Armenia, Azerbaijan and Karabakh - X, Y and Z - held talks"), whatever the
 * knowledge base says, and the article may use the label alone later ("the co-chairs").
 */
function appositions(tokens: Tok[], items: Item[], scope: ArticleScope): Item[] {
  for (let n = 0; n < items.length - 1; n++) {
    const it = items[n];
    if ((it.kind !== 'role' && it.kind !== 'group') || ['they', 'them'].includes(tokens[it.first].low)) continue;
    const first = items[n + 1];
    // the label may name its organisation first ("the co-chairs of the OSCE Minsk Group - X, Y and Z")
    let mark = it.last + 1;
    // ... or say what they are first ("the three diplomats who co-chair the Minsk Group: X, Y and Z"), before a colon or dash
    const relative = RELATIVE_WORDS.has(tokens[mark]?.low ?? '');
    if (relative) mark++;
    while (mark < first.first - 1 && mark - it.last <= 14 && (ORG_WORDS.has(tokens[mark].low) || (tokens[mark].cap && !tokens[mark].punct) || (relative && !tokens[mark].punct))) mark++;
    // the first name may carry a title ("...: Ambassador Carey Cavanaugh of the United States, ...")
    if (first.kind !== 'person' || first.first <= mark || first.first > mark + 1 + capitalisedRun(tokens, mark + 1)) continue;
    if (!APPOSITION_MARKS.has(tokens[mark].text) || (relative && tokens[mark].text === ',')) continue;
    const names = [first];
    for (let m = n + 2; m < items.length && items[m].kind === 'person' && coordinated(tokens, names[names.length - 1], items[m]); m++) names.push(items[m]);
    if (names.length < 2) continue;
    // "After meeting the co-chairs, X and Y held talks": names a verb follows are a clause's subject, not an apposition
    const after = tokens[names[names.length - 1].last + 1];
    if (tokens[mark].text === ',' && after && !after.punct && !after.cap && !APPOSITION_TAILS.has(after.low)) continue;
    it.keys = [...new Set(names.flatMap((x) => x.keys))];
    it.kind = 'role';
    const label = it.label ?? it.role ?? (it as Partial<RoleFound>).roleName;
    if (label) scope.labels.set(label, it.keys);
    // one item from the label to its last name: what follows the names ("..., together with Z")
    // is as near the label as the names are
    it.last = names[names.length - 1].last;
    items.splice(n + 1, names.length);
  }
  return items;
}

function flags(tokens: Tok[], it: Item): Item {
  const next = tokens[it.last + 1];
  it.possessive = next?.low === "'s" || (next?.text === "'" && /s$/.test(tokens[it.last].low));
  it.aside = tokens[it.first].aside;
  it.quoted = tokens[it.first].quoted;
  return it;
}

/** Country code by token: country names ("Armenia", "Armenia's") and national adjectives ("Armenian", "Azeri"). */
function countryIndex(tokens: Tok[], places: PlaceAt[]): (string | null)[] {
  const out: (string | null)[] = new Array(tokens.length).fill(null);
  for (const p of places) if (p.entry.kind === 'country' && p.entry.country) for (let i = p.first; i <= p.last; i++) out[i] = p.entry.country;
  for (let i = 0; i < tokens.length; i++) {
    if (out[i] || !tokens[i].cap || !tokens[i].demonym) continue;
    // "Russian-brokered": an adjective of another word, not a nationality on its own
    if (tokens[i + 1]?.text === '-') continue;
    const place = tokens[i].demonym;
    if (place?.kind === 'country' && place.country) out[i] = place.country;
  }
  return out;
}

interface RoleFound extends Item {
  countries: string[];
  roleName: string;
}

/**
 * A role phrase at token i: "[the] leaders of Armenia and Azerbaijan", "[the] Armenian and Azeri
 * presidents", "Armenia's prime minister", "his Azerbaijani counterpart".
 */
function rolePhrase(tokens: Tok[], i: number, countryAt: (string | null)[], taken: Uint8Array): RoleFound | null {
  let start = i;
  let j = i;
  if (['the', 'his', 'her', 'their', 'its'].includes(tokens[j].low)) j++;
  // "the Kremlin chief", "the European Council president": the phrase names its country itself
  const fixed = FIXED.at(tokens, j);
  if (fixed) {
    const end = j + fixed.words.length - 1;
    for (let x = start; x <= end; x++) if (taken[x]) return null;
    return { kind: 'role', first: start, last: end, keys: [], possessive: false, aside: false, quoted: false, plural: false, countries: [fixed.country], roleName: fixed.role };
  }
  // "The Secretary underscored ...": a readout's title alone
  const bare = j > i && tokens[j]?.cap ? BARE_TITLES.find(([w]) => w === tokens[j].low) : undefined;
  if (bare && !TITLE_CONTINUATIONS.has(tokens[j + 1]?.low ?? '') && tokens[j + 1]?.text !== '-' && !taken[i] && !taken[j]) {
    return { kind: 'role', first: start, last: j, keys: [], possessive: false, aside: false, quoted: false, plural: false, countries: [bare[2]], roleName: bare[1] };
  }
  // countries before the role noun
  const before: string[] = [];
  let k = j;
  for (;;) {
    const code = countryAt[k];
    if (!code || taken[k]) break;
    while (countryAt[k + 1] === code) k++;
    before.push(code);
    k++;
    // the last dot of an abbreviation ("the U.S. secretary of state")
    if (tokens[k]?.text === '.' && tokens[k - 1]?.text.length === 1) k++;
    if (tokens[k]?.low === "'s") k++;
    if ((tokens[k]?.low === ',' || tokens[k]?.low === 'and') && countryAt[k + 1]) k++;
    else if (tokens[k]?.low === ',' && tokens[k + 1]?.low === 'and' && countryAt[k + 2]) k += 2;
    else break;
  }
  const noun = ROLE_PHRASE_INDEX.at(tokens, k)
    ?? (before.length ? undefined : ROLES_OF.at(tokens, k, (r) => tokens[k + r.words.length]?.low === 'of'));
  if (!noun) return null;
  if (!before.length && j === i && noun.role === 'counterpart') return null;
  let last = k + noun.words.length - 1;
  const countries = [...before];
  // countries after: "of Armenia and Azerbaijan"
  if (!before.length && tokens[last + 1]?.low === 'of') {
    let m = last + 2;
    if (tokens[m]?.low === 'the') m++;
    while (countryAt[m] && !taken[m]) {
      const code = countryAt[m];
      while (countryAt[m + 1] === code) m++;
      countries.push(code!);
      last = m;
      m++;
      if ((tokens[m]?.low === ',' || tokens[m]?.low === 'and') && countryAt[m + 1]) m++;
      else if (tokens[m]?.low === ',' && tokens[m + 1]?.low === 'and' && countryAt[m + 2]) m += 2;
      else break;
    }
  }
  if (!countries.length) return null;
  // "the head of the Russian state" is its leader; "the head of the Azerbaijani diplomacy", "the
  // heads of the Armenian and Azerbaijani delegations" are not
  if (ROLES_OF_LIST.includes(noun as (typeof ROLES_OF_LIST)[number]) && tokens[last].demonym && !STATE_NOUNS.has(tokens[last + 1]?.low ?? '')) return null;
  for (let x = start; x <= last; x++) if (taken[x]) return null;
  return {
    kind: 'role', first: start, last, keys: [], possessive: false, aside: false, quoted: false,
    plural: noun.plural || countries.length > 1, countries, roleName: noun.role,
  };
}

/**
 * A role phrase right before a name is that person's title ("Armenian President Serzh Sarkisian");
 * one right after a name and a comma is an apposition ("Pashinyan, the Armenian prime minister").
 * Neither names anybody else.
 */
function dropTitles(tokens: Tok[], items: Item[]): Item[] {
  return items.filter((it, n) => {
    const next = items[n + 1];
    // "the foreign ministers Elmar Mammadyarov and Zohrab Mnatsakanyan", "the co-chairs - X, Y and Z": a label for the names
    if (it.kind === 'group' && tokens[it.first].low !== 'they' && next?.kind === 'person' && next.first <= it.last + 1 + capitalisedRun(tokens, it.last + 1)) return false;
    if (it.kind !== 'role') return true;
    if (next?.kind === 'person' && next.first <= it.last + 1 + capitalisedRun(tokens, it.last + 1)) return false;
    const prev = items[n - 1];
    if (prev?.kind === 'person' && prev.last + 2 === it.first && tokens[prev.last + 1].low === ',') return false;
    // "Ayaz Mutalibov, then Azerbaijan's president,": a title of that time, in apposition too
    if (prev?.kind === 'person' && prev.last + 3 === it.first && tokens[prev.last + 1].low === ',' && APPOSITION_ADVERBS.has(tokens[prev.last + 2].low)) return false;
    return true;
  });
}

/** Adverbs of time between a name's comma and its title ("X, then Azerbaijan's president"). */
const APPOSITION_ADVERBS = new Set(['then', 'now', 'formerly', 'later', 'currently']);

/** Capitalised words from i on ("Secretary of State" and the like between a role and a name). */
function capitalisedRun(tokens: Tok[], i: number): number {
  let n = 0;
  while (tokens[i + n] && tokens[i + n].cap && n < 4) n++;
  return n;
}

function resolveRoles(tokens: Tok[], items: Item[], _countryAt: (string | null)[], scope: ArticleScope): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    if (it.kind !== 'role') { out.push(it); continue; }
    const r = it as RoleFound;
    let role: string | null = r.roleName;
    if (role === 'counterpart') {
      // "the Armenian president and his Azerbaijani counterpart": a role already resolved anchors it too
      const anchor = [...out].reverse().find((o) => o.kind === 'person' || (o.kind === 'role' && o.keys.length === 1));
      role = anchor ? scope.roleOf(anchor.keys[0]) : null;
    }
    if (!role) continue;
    const keys = r.countries.map((c) => scope.holder(role!, c, tokens[it.first].start)).filter((x): x is string => x !== null);
    if (!keys.length) continue;
    it.keys = [...new Set(keys)];
    out.push(it);
  }
  return out;
}
