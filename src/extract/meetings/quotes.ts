import type { AnnotatedArticle, DateMention, Sentence } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import type { ArticleScope } from './scope.js';
import { inPerson, type Candidate } from './candidate.js';
import { tokenAt, type Tok } from './tokens.js';
import { SPEECH_VERBS } from './lexicon-clauses.js';
import { sentenceMeetings } from './sentence.js';
import { venue } from './place.js';
import { VENUE_KINDS } from './lexicon-cues.js';
import type { PlaceEntry } from '../../knowledge/types.js';

// Meetings told inside quotation marks: a readout quoted whole ("'Prime Minister X received Y,'
// X's office said") or a participant's own words ("'When I met X in Vienna last month, we agreed
// ...,' Y said", where "I" is Y). Each quotation is read as a sentence of its own, its speaker
// as the voice of its first person; what lies outside it is set aside as quoted.

/**
 * The meetings the sentence's quotations report as held: a past meeting verb or noun with its
 * cue ("received", "when I met"). Plans, wishes and denials in a quotation are words, not events
 * ("We are ready to meet him anywhere").
 */
export function quotedMeetings(
  a: AnnotatedArticle, s: Sentence, tokens: Tok[], mentions: EntityMention[], dates: DateMention[], scope: ArticleScope,
): Candidate[] {
  if (!tokens.some((t) => t.text === '"')) return [];
  const out: Candidate[] = [];
  const voice = { ...scope.voice };
  for (const q of quoteViews(tokens, mentions)) {
    scope.voice.author = null;
    scope.voice.speaker = q.speaker ? { key: q.speaker, paragraph: scope.paragraph } : null;
    const from = q.tokens[0].start;
    const to = q.tokens[q.tokens.length - 1].end;
    const own = mentions.filter((m) => m.start >= from && m.end <= to);
    const ownDates = dates.filter((d) => d.start >= from && d.stop <= to);
    try {
      const held = sentenceMeetings(a, s, { tokens: q.tokens }, own, ownDates, scope).filter((c) => c.status === 'held' && c.strong);
      // "'X received Y,' his office said after her visit to Yerevan on Monday": the attribution's venue and day
      const outside = (x: { start: number }) => x.start < from || x.start >= to;
      const day = dates.find((d) => outside(d) && d.kind !== 'duration' && d.kind !== 'decade' && d.value && (!d.end || d.end === d.value));
      const place = mentions.find((m) => outside(m) && m.known?.type === 'place' && VENUE_KINDS.has((m.known.entry as PlaceEntry).kind) && (m.known.entry as PlaceEntry).kind !== 'country'
        && VENUE_INTROS.has(tokens[tokenAt(tokens, m.start) - 1]?.low ?? ''));
      for (const c of held) {
        c.date ??= day?.value ?? null;
        if (!c.place && place && inPerson(c)) c.place = venue(place.known!.entry as PlaceEntry, scope.k);
      }
      out.push(...held);
    } finally {
      scope.voice.author = voice.author;
      scope.voice.speaker = voice.speaker;
    }
  }
  return out;
}

interface QuoteView {
  tokens: Tok[];
  /** the person the text says spoke the quotation, or null (an office, an unnamed source) */
  speaker: string | null;
}

/** Words before a place that make it the venue of the attribution ("after her visit to Yerevan"). */
const VENUE_INTROS = new Set(['in', 'at', 'to']);

/** How far from a quotation's marks its speech verb, and from that verb the speaker, may stand. */
const ATTRIBUTION_REACH = 4;

/** The quotations that open and close inside the sentence, each as a view of its own. */
function quoteViews(tokens: Tok[], mentions: EntityMention[]): QuoteView[] {
  const out: QuoteView[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length && out.length < MAX_QUOTES; i++) {
    if (tokens[i].text !== '"') continue;
    if (open < 0) { open = i; continue; }
    // a quotation of a few words is a phrase quoted, not a report ("called the talks 'useful'")
    // ... and a wish or a condition is no event ("If he had met me in Prague, ...", "We would meet him anywhere")
    if (i - open > MIN_QUOTE_WORDS && !tokens.slice(open + 1, i).some((t) => HYPOTHETICAL.has(t.low))) {
      out.push({ tokens: inside(tokens, open, i), speaker: speakerOf(tokens, open, i, mentions) });
    }
    open = -1;
  }
  return out;
}
const MIN_QUOTE_WORDS = 6;
/** Words that make a quotation a wish, a condition or a plan rather than a report. */
const HYPOTHETICAL = new Set([
  'if', 'unless', 'would', 'could', 'should', 'might', 'may', 'wish', 'hope', 'hopes', 'ready', 'willing', 'want', 'wants', 'whether',
  'will', "'ll", 'never', 'not', "n't",
]);

/** The quotation's tokens, its words as plain text and its marks as quoted (a slice: the work stays linear in the sentence). */
function inside(tokens: Tok[], open: number, close: number): Tok[] {
  return tokens.slice(open, close + 1).map((t, i, all) => ({ ...t, quoted: i === 0 || i === all.length - 1 }));
}
/** How many quotations of one sentence are read (a sentence of a thousand quotes is no report). */
const MAX_QUOTES = 16;

/** "..., X said", "..., said X", "X said: ..." : the person next to a speech verb next to the quotation. */
function speakerOf(tokens: Tok[], open: number, close: number, mentions: EntityMention[]): string | null {
  const verbs: number[] = [];
  for (let i = close + 1; i < tokens.length && i - close <= ATTRIBUTION_REACH; i++) if (SPEECH_VERBS.has(tokens[i].low)) verbs.push(i);
  for (let i = open - 1; i >= 0 && open - i <= ATTRIBUTION_REACH; i--) if (SPEECH_VERBS.has(tokens[i].low)) verbs.push(i);
  const people = mentions.filter((m) => m.type === 'person');
  for (const v of verbs) {
    const near = people.find((m) => {
      const first = tokenAt(tokens, m.start);
      const last = tokenAt(tokens, m.end - 1);
      // the speaker's name, not the possessor of an office ("Pashinyan's office said")
      if (tokens[last + 1]?.low === "'s") return false;
      return (last < v && v - last <= ATTRIBUTION_REACH && (last > close || last < open)) || (first > v && first - v <= ATTRIBUTION_REACH && (first > close || first < open));
    });
    if (near) return near.key;
  }
  return null;
}
