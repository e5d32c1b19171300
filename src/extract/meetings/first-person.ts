import type { AnnotatedArticle } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import type { ArticleScope } from './scope.js';
import type { Item } from './references.js';
import type { Tok } from './tokens.js';
import { STATEMENT_NOUNS } from './people-words.js';
import { compile, firstMatch } from '../../annotate/pattern.js';
import { tokensOf } from '../../annotate/index.js';

// "I" and "we" outside quotation marks name somebody in two kinds of page: a statement, op-ed or
// remarks page whose heading names its author ("Press statement by President Michel ... Tonight I
// welcomed President Aliyev"), and a transcript whose paragraphs open with the speaker's name
// ("President of Russia Vladimir Putin: ... The last time we gathered ..."). Elsewhere a first
// person is a quoted speaker's, and quotations never report meetings (see triggers.ts).

/** How many sentences from the top a page's heading ("Statement by X") may stand. */
const HEADING_SENTENCES = 15;
/** How many words a transcript's speaker label (title and name) may take before its colon. */
const LABEL_WORDS = 10;

/** The author a statement page's heading names ("Press statement by President Michel", "Remarks of X"), or null. */
export function statementAuthor(a: AnnotatedArticle, mentions: EntityMention[]): string | null {
  for (const s of a.sentences) {
    if (s.index >= HEADING_SENTENCES) break;
    const tokens = tokensOf(a, s);
    const m = firstMatch(STATEMENT_HEADING, tokens);
    if (!m) continue;
    const from = tokens[m.end - 1].end;
    const author = mentions.find((x) => x.type === 'person' && x.sentenceIndex === s.index && x.start >= from && x.start - from <= AUTHOR_REACH);
    if (author) return author.key;
  }
  return null;
}
const STATEMENT_HEADING = compile(`( ${STATEMENT_NOUNS.map((n) => n.split(/(?=-)|(?<=-)| /).join(' ').replace(/ - /g, ' ~- ~')).join(' | ')} ) ( by | of | from )`);
/** Characters between "statement by" and the author's name (a title: "the President of the European Council"). */
const AUTHOR_REACH = 60;

/** A transcript's speaker label opening the sentence ("President of Russia Vladimir Putin:"): the person it names. */
export function speakerLabel(tokens: Tok[], items: Item[]): string | null {
  const it = items.find((x) => x.kind === 'person' && x.keys.length === 1);
  if (!it || it.last >= LABEL_WORDS || tokens[it.last + 1]?.text !== ':') return null;
  for (let i = 0; i < it.first; i++) if (!tokens[i].cap && !TITLE_LINKS.has(tokens[i].low)) return null;
  return it.keys[0];
}
const TITLE_LINKS = new Set(['of', 'the', 'for', 'and', '-']);

/** How many paragraphs after its speaker label a transcript's speech may run on. */
const SPEECH_PARAGRAPHS = 2;

/** Who speaks in the first person in this paragraph, outside quotes: the transcript's speaker, else the page's author. */
export function voiceOf(scope: ArticleScope): string | null {
  const v = scope.voice;
  // a speech runs on over a few paragraphs after its label ("Putin: Colleagues, good afternoon. // The last time we gathered ...")
  if (v.speaker && scope.paragraph >= v.speaker.paragraph && scope.paragraph - v.speaker.paragraph <= SPEECH_PARAGRAPHS) return v.speaker.key;
  return v.author;
}

/**
 * First-person items of a sentence outside quotes: "I"/"me"/"my" the voice itself (a named
 * person from here on), "we"/"us"/"our" a group anaphor resolved to the voice and the people
 * around it ("our third meeting": a possessor).
 */
export function firstPersonItems(tokens: Tok[], taken: Uint8Array, scope: ArticleScope): Item[] {
  const voice = voiceOf(scope);
  if (!voice) return [];
  const out: Item[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || t.quoted || t.aside) continue;
    const base = { first: i, last: i, possessive: false, aside: false, quoted: false };
    // "I" before its verb, not a regnal or list numeral ("Peter I of Russia", "World War I.")
    const next = tokens[i + 1];
    if ((t.text === 'I' && next && !next.cap && !next.punct && next.low !== 'of') || t.text === 'me' || t.low === 'my') {
      out.push({ ...base, kind: 'person', keys: [voice], possessive: t.low === 'my' });
    } else if (t.text === 'we' || t.text === 'We' || t.text === 'us' || t.low === 'our') {
      // ('US' is the country)
      out.push({ ...base, kind: 'group', keys: [], count: 0, role: null, plural: true, firstPerson: true, possessive: t.low === 'our' });
    }
  }
  return out;
}

/** How many sentences after a meeting with a host "the host" may point back to it. */
const HOST_LOOKBACK = 4;
const HOST_DETERMINERS = new Set(['the', 'their', 'his', 'her', 'our']);

/**
 * "The host" / "their host": the host of the latest meeting told with one, a few sentences back
 * ("Putin received Aliyev and Pashinyan in Sochi. ... They thanked their host"). With a name
 * after it ("the host, Vladimir Putin") it is that name's title instead (see dropTitles).
 */
export function hostItems(tokens: Tok[], taken: Uint8Array, scope: ArticleScope): Item[] {
  const host = scope.host;
  if (!host || scope.sentence - host.sentence > HOST_LOOKBACK) return [];
  const out: Item[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || taken[i - 1] || t.quoted || (t.low !== 'host' && t.low !== 'hosts') || !HOST_DETERMINERS.has(tokens[i - 1].low)) continue;
    // "the host country", "the host city": not a person
    if (tokens[i + 1] && !tokens[i + 1].punct && !tokens[i + 1].cap) continue;
    out.push({ first: i - 1, last: i, possessive: false, aside: false, quoted: false, kind: 'person', keys: [host.key] });
  }
  return out;
}

/**
 * "We" / "the three of us": the voice and the latest group the text put together (the people it
 * speaks with), each side of a trigger leaving out the other. Empty when no voice is known.
 */
export function resolveWe(it: Item, scope: ArticleScope, offset: number, sentence: number, lookback: number, exclude: Set<string>): string[] {
  const voice = voiceOf(scope);
  if (!voice || exclude.has(voice)) return [];
  for (const [g] of scope.groupsBefore(offset, sentence, lookback)) {
    const keys = [...new Set([voice, ...g.keys])].filter((k) => !exclude.has(k));
    if (keys.length < 2 || (it.count && keys.length !== it.count)) continue;
    return keys;
  }
  return [];
}
