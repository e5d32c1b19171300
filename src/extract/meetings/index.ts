import { tokensOf } from '../../annotate/index.js';
import type { Meeting } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { ExtractContext } from '../context.js';
import { ArticleScope } from './scope.js';
import { sentenceTokens, type Tok } from './tokens.js';
import { sentenceMeetings } from './sentence.js';
import { quotedMeetings } from './quotes.js';
import { inheritOccasion, mergeCandidates } from './merge.js';
import { dateAtStoryVenue, placeOnStoryDay, dateFullerReports, dateLeadMeetings, leadSentences } from './lead.js';
import { joinTold } from './join.js';
import { findDateline, leadVenue, narrowCountries, paragraphHeadings, placeAtDateline, placeFromStory } from './dateline.js';
import { HERE } from './place.js';
import { dateFromStory, inNarrativeYear, markOtherHour, insteadOf, modeFromStory, placeFromParagraph, placeOfOccasion, placeOfVisit, storyDay } from './story.js';
import type { Candidate } from './candidate.js';
import { laterThan } from '../../time/partial.js';
import { cameoCode, ploverMode } from './codes.js';
import { readoutPersons } from './readout.js';
import { statementAuthor } from './first-person.js';

/**
 * Who met whom, where, when and how in one article. Reads the sentences in order (anaphors look
 * back), collects every report of a meeting, merges the reports of one meeting, then places the
 * article's own meeting at the dateline city when the text gives no other venue. Pure.
 */
export function extractMeetings(c: ExtractContext): Meeting[] {
  const a = c.article;
  const scope = new ArticleScope(c.knowledge, c.articleDate, c.mentions);
  const mentionsBySentence = groupBy(c.mentions, (m) => m.sentenceIndex);
  const datesBySentence = groupBy(inNarrativeYear(c.dates, c.articleDate), (d) => d.sentenceIndex);
  const lead = leadSentences(a);
  scope.readout = { persons: readoutPersons(a, c.mentions), lead };
  scope.voice.author = statementAuthor(a, c.mentions);
  const candidates: Candidate[] = [];
  const dateline = findDateline(a, c.mentions, c.knowledge) ?? leadVenue(c, lead);
  const headings = paragraphHeadings(c);
  let quoted = false;
  for (const s of a.sentences) {
    // a quotation never runs over a paragraph break
    if (s.index > 0 && a.paragraphOf[s.index] !== a.paragraphOf[s.index - 1]) quoted = false;
    scope.sentence = s.index;
    scope.paragraph = a.paragraphOf[s.index];
    const t = sentenceTokens(a, s, quoted);
    quoted = t.quotedAtEnd;
    // a question asks whether people will meet or met ("Will Putin receive the ministers?"): it tells no meeting
    const question = asks(t.tokens);
    const found = question ? [] : sentenceMeetings(a, s, t, mentionsBySentence.get(s.index) ?? [], datesBySentence.get(s.index) ?? [], scope);
    // "'Prime Minister X received Y,' his office said": a meeting told inside a quotation
    if (!question) found.push(...quotedMeetings(a, s, t.tokens, mentionsBySentence.get(s.index) ?? [], datesBySentence.get(s.index) ?? [], scope));
    // a date after the article's own is a plan, whatever the verb's tense
    if (found.length) {
      // what the story around the sentence says of when, where and how (story.ts, dateline.ts)
      insteadOf(found, a, s, candidates, datesBySentence.get(s.index - 1) ?? []);
      const T = tokensOf(a, s);
      dateFromStory(found, T, storyDay(a, s, datesBySentence, candidates, c.articleDate), c.articleDate);
      markOtherHour(found, T);
      placeFromStory(found, candidates, headings.get(a.paragraphOf[s.index]), dateline?.place ?? null, HERE);
      modeFromStory(found, a, s);
      placeFromParagraph(found, a, s, candidates, placesNamed(mentionsBySentence.get(s.index - 1) ?? [], a.article.text, PLACE_LEAD, 12), c.knowledge);
      placeOfVisit(found, a, s, (before) => [
        ...placesNamed(mentionsBySentence.get(s.index - 1) ?? [], a.article.text, DESTINATION_LEAD, 20, DESTINATION_KINDS),
        ...placesNamed((mentionsBySentence.get(s.index) ?? []).filter((m) => m.end <= before), a.article.text, DESTINATION_LEAD, 20, DESTINATION_KINDS),
      ], c.knowledge);
      // a sentence that names a venue of its own ("on the sidelines of the summit at Mimi Castle") needs none from before
      if (!placesNamed(mentionsBySentence.get(s.index) ?? [], a.article.text, VENUE_LEAD, 40, VENUE_KINDS).length) {
        placeOfOccasion(found, a, s, [s.index - 2, s.index - 1].flatMap((i) => placesNamed(mentionsBySentence.get(i) ?? [], a.article.text, VENUE_LEAD, 40, VENUE_KINDS)), c.knowledge);
      }
    }
    for (const f of found) {
      if (f.status === 'held' && laterThan(f.date, c.articleDate)) { f.status = 'planned'; f.strong = true; }
      // ... and a day before it, told with no cue ("their first meeting followed on 10 July"), is no plan either
      else if (f.status === 'held' && f.date?.length === 10 && c.articleDate && laterThan(c.articleDate, f.date)) f.strong = true;
    }
    candidates.push(...found);
  }
  const meetings = mergeCandidates(joinTold(candidates), c.limits, { sentences: lead, date: c.articleDate });
  // the day's other venues in the text before the dateline city
  placeOnStoryDay(meetings, c.articleDate);
  placeAtDateline(c, meetings, lead, dateline);
  narrowCountries(meetings);
  dateLeadMeetings(meetings, lead, c.articleDate);
  dateFullerReports(meetings, lead);
  dateAtStoryVenue(meetings, c.articleDate);
  placeOnStoryDay(meetings, c.articleDate);
  inheritOccasion(meetings);
  return meetings.map((m) => toMeeting(m, scope));
}

function toMeeting(m: Candidate, scope: ArticleScope): Meeting {
  return {
    participants: m.keys.map((k) => scope.name(k)),
    location: m.place?.name ?? null,
    date: m.date,
    dateAssumed: m.dateAssumed === true,
    mode: m.mode ?? 'in-person',
    status: m.status,
    host: m.host ? scope.name(m.host) : null,
    mediators: m.mediators.map((k) => scope.name(k)),
    cameo: cameoCode(m, scope),
    ploverMode: ploverMode(m, scope),
    evidence: m.evidence,
  };
}

/**
 * The known places a sentence names as somewhere one goes or is, in order: each mention with
 * `lead` in the `reach` characters before it, of the given kinds (any when none).
 */
function placesNamed(mentions: EntityMention[], text: string, lead: RegExp, reach: number, kinds?: Set<string>): PlaceEntry[] {
  return mentions.filter((m) => m.known?.type === 'place' && (!kinds || kinds.has((m.known.entry as PlaceEntry).kind)) && lead.test(text.slice(Math.max(0, m.start - reach), m.start)))
    .map((m) => m.known!.entry as PlaceEntry);
}

/** "driven to Rambouillet", "in Sochi": right after the word. */
const PLACE_LEAD = /\b(?:to|in|at)\s+(?:the\s+)?$/i;
/** "gathered in the Spanish city of Granada": a few words may stand between (cities and landmarks only). */
const VENUE_LEAD = /\b(?:in|at|to|near|outside)\b(?:\s+[\w'\u2019.-]+){0,4}\s+$/i;
const VENUE_KINDS = new Set(['city', 'capital', 'landmark']);
/** Where a journey goes: "fly to Austria", "visited Baku" (countries too). */
const DESTINATION_LEAD = /\b(?:to|in|visit|visits|visited|visiting)\s+(?:the\s+)?$/i;
const DESTINATION_KINDS = new Set(['city', 'capital', 'landmark', 'country']);

/** Does the sentence end with a question mark (before any closing quote or bracket)? */
function asks(tokens: Tok[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i].text;
    if (t === '?') return true;
    if (!/^["'\u201d\u2019)\]]$/.test(t)) return false;
  }
  return false;
}

function groupBy<T>(list: T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of list) {
    const l = out.get(key(x)) ?? [];
    l.push(x);
    out.set(key(x), l);
  }
  return out;
}

