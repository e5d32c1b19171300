import type { Knowledge } from '../../knowledge/index.js';
import type { Sentence } from '../../types.js';
import { knowledgeLexicon, tagText } from '../../annotate/nlp.js';
import { tagsOf } from '../../annotate/index.js';
import { isCapitalised, joinable, type WordToken } from './dictionary.js';
import { NOT_IN_PERSONAL_NAMES, TITLES, VENUE_HEADS } from './words.js';

// Names the knowledge base does not know: a new negotiator, a local commander, an analyst.
// Candidates are runs of capitalised words the dictionary did not cover; compromise's lexicon
// and tagger, with our knowledge as a private lexicon (see annotate/nlp.ts), decide whether a
// run is a person's name.

export interface UnknownName {
  type: 'person' | 'organization' | 'place';
  first: number;
  last: number;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun']);
export const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const JOINERS = new Set(['de', 'da', 'di', 'del', 'dos', 'du', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'le', 'la', 'ter', 'mc', 'o']);

/** The last word of an organisation's name: "Ministry", "Council", "Center"... */
export const ORG_HEADS = new Set([
  'ministry', 'council', 'center', 'centre', 'group', 'agency', 'committee', 'party', 'union', 'organization',
  'organisation', 'institute', 'foundation', 'commission', 'bank', 'army', 'forces', 'service', 'university', 'court',
  'assembly', 'parliament', 'department', 'office', 'network', 'fund', 'corporation', 'company', 'association',
  'federation', 'guard', 'navy', 'police', 'bureau', 'tribunal', 'secretariat', 'mission', 'alliance', 'coalition',
  'movement', 'front', 'brigade', 'battalion', 'corps', 'directorate', 'administration', 'cabinet', 'embassy',
  'consulate', 'academy', 'watch', 'international', 'times', 'post', 'gazette', 'news', 'tv', 'radio', 'church',
  'media', 'press', 'wire', 'info', 'inc', 'ltd', 'holding', 'club', 'society', 'initiative', 'forum', 'observatory', 'monitor',
]);

/** A capitalised word that could be part of a name: not an ordinary word compromise knows. */
function nameLike(t: WordToken): boolean {
  if (!isCapitalised(t.text) || /\d/.test(t.text) || t.text.length < 2) return false;
  if (t.text === t.text.toUpperCase()) return false; // acronyms and abbreviated titles ("PM") are not personal names
  const tags = tagsOf(t);
  return tags.length === 0 || tags.some((x) => NAME_TAGS.has(x));
}

/** A capitalised word that is not an acronym and starts with a letter. */
export function capitalWord(t: WordToken): boolean {
  return isCapitalised(t.text) && t.text !== t.text.toUpperCase() && /^\p{L}/u.test(t.text);
}

function isFirstName(t: WordToken): boolean {
  return tagsOf(t).some((x) => FIRST_NAME_TAGS.has(x));
}

/**
 * A headline in Title Case: every word of four letters or more capitalised. Its capitals say
 * nothing about names. (A caption full of names still has lower-case verbs: "meet with".)
 */
function titleCase(text: string, tokens: WordToken[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => /\p{L}/u.test(t.text) && t.text.length >= 4 && text[t.start - 1] !== '-');
  return words.length >= 3 && words.every((t) => isCapitalised(t.text));
}

// A credit: "By Anna Petrosyan and Rauf Mammadov", "Reporting by X; Editing by Y", "Photo: Z /
// Agency". What follows the marker (up to the next name separator) is a person's name, in a
// byline's Title Case too.
const CREDIT = /[\n.;|/][ \t]*(?:(?:[Aa]dditional\s+)?[Rr]eporting\s+by|(?:[Ww]ritten|[Ee]dited|[Cc]ompiled|[Ww]riting|[Ee]diting)\s+by|[Pp]hoto(?:graph)?s?\s*(?:by|:)|[Aa]uthor\s*:|[Bb]y|BY)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?(?:(?:and|&|,)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}?)*?(?:and\s+|&\s+|,\s*)?$/u;

/** True when the name starting at `at` stands in a credit or byline. */
export function inCredit(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  // the text's start counts as a line break; a cut in mid-text does not
  const before = (from === 0 ? '\n' : '') + text.slice(from, at);
  const m = CREDIT.exec(before);
  // the marker must govern this name: nothing but other credited names between them, on its line
  return !!m && !m[0].slice(1).includes('\n');
}

export function findUnknownNames(
  k: Knowledge,
  text: string,
  tokens: WordToken[],
  covered: Uint8Array,
  sentences: Sentence[],
): UnknownName[] {
  const out: UnknownName[] = [];
  const sentenceRange = new Map<number, [number, number]>();
  tokens.forEach((t, i) => {
    const r = sentenceRange.get(t.sentence);
    if (r) r[1] = i + 1;
    else sentenceRange.set(t.sentence, [i, i + 1]);
  });
  // In a Title Case line (a headline, a credit line) capitals say little: only runs that
  // start with a known first name count there, and no organisation is guessed.
  const skipSentence = new Set<number>();
  for (const [s, [a, b]] of sentenceRange) if (titleCase(text, tokens, a, b)) skipSentence.add(s);

  // People: runs of two to four name-like words.
  const ambiguous: UnknownName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || TITLES.has(tokens[i].folded)) continue;
    // a credit names people whatever else their words may be ("By Martin Dell", "By Jordan Hale");
    // whether the run stands in one is read once, and only when a word needs it
    let creditRun: boolean | undefined;
    const credited = (t: WordToken) => capitalWord(t) && (creditRun ??= inCredit(text, tokens[i].start));
    if (!nameLike(tokens[i]) && !(capitalWord(tokens[i]) && !tagsOf(tokens[i]).includes('Determiner') && credited(tokens[i]))) continue;
    const inTitleCase = skipSentence.has(tokens[i].sentence);
    let j = i;
    while (j + 1 < tokens.length && !covered[j + 1] && tokens[j + 1].sentence === tokens[i].sentence && joinable(text, tokens[j], tokens[j + 1])) {
      const next = tokens[j + 1];
      if (nameLike(next) || credited(next)) j++;
      else if (JOINERS.has(next.folded) && j + 2 < tokens.length && nameLike(tokens[j + 2]) && !covered[j + 2]) j += 2;
      else break;
    }
    const len = j - i + 1;
    const run = tokens.slice(i, j + 1);
    // joiners ("bin", "al", "de") do not count towards a name's two to four words
    const nameWords = run.filter((t) => !JOINERS.has(t.folded)).length;
    if (nameWords >= 2 && nameWords <= 4) {
      const unknownWords = run.filter((t) => tagsOf(t).length === 0).length;
      if (VENUE_HEADS.has(run[0].folded) || VENUE_HEADS.has(run[run.length - 1].folded)) { if (!inTitleCase) out.push({ type: 'place', first: i, last: j }); }
      else if (run.some((t) => NOT_IN_PERSONAL_NAMES.has(t.folded) || ORG_HEADS.has(t.folded))) { /* a title, a policy, an event, a body */ }
      else if (isFirstName(run[0]) || inCredit(text, tokens[i].start)) out.push({ type: 'person', first: i, last: j });
      else if (inTitleCase) { /* no evidence beyond capitals */ }
      else if (unknownWords === len) out.push({ type: 'person', first: i, last: j });
      else ambiguous.push({ type: 'person', first: i, last: j });
    }
    i = j;
  }
  // Ambiguous runs go to compromise's tagger, each sentence tagged once however many runs it holds.
  if (ambiguous.length) {
    const peopleOf = new Map<number, string[]>();
    for (const cand of ambiguous) {
      const si = tokens[cand.first].sentence;
      let people = peopleOf.get(si);
      if (!people) { people = tagText(sentences[si].text, knowledgeLexicon(k)).people().out('array') as string[]; peopleOf.set(si, people); }
      const runText = text.slice(tokens[cand.first].start, tokens[cand.last].end);
      if (people.some((p) => p.includes(runText))) out.push(cand);
    }
  }

  // Organisations: a head noun with the capitalised words before it ("Moscow Carnegie Center").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !ORG_HEADS.has(t.folded) || !isCapitalised(t.text) || skipSentence.has(tokens[i].sentence)) continue;
    let a = i;
    while (a - 1 >= 0 && i - a < 4 && tokens[a - 1].sentence === tokens[i].sentence && joinable(text, tokens[a - 1], tokens[a])
      && isCapitalised(tokens[a - 1].text) && !/^\d+$/.test(tokens[a - 1].text)
      // a place may open an organisation's name ("Moscow Carnegie Center"), a person or a known organisation not ("Reuters News")
      && covered[a - 1] !== 2 && covered[a - 1] !== 3 && !tagsOf(tokens[a - 1]).includes('Determiner')) a--;
    // "MORE FROM WORLD NEWS": a shouted section heading of ordinary words, not a name ("CAUCASUS WATCH" is one)
    const words = tokens.slice(a, i + 1);
    const heading = words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase()) && words.slice(0, -1).some((w) => !w.known && w.lexicon.length > 0);
    if (a < i && !heading) out.push({ type: 'organization', first: a, last: i });
  }
  return out;
}
