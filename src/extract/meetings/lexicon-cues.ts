// The cues the meeting extractor reads around a trigger: its mode, status (held, planned, not
// held), format, venue, other occasions and the extra people named by agent phrases. Data apart
// from code, like lexicon-triggers.ts. Every word is lower case.

import type { MeetingMode } from '../../types.js';

/** Words just before a noun trigger that set its mode ("a telephone conversation", "by video link"). */
export const MODE_WORDS: Record<string, MeetingMode> = {
  phone: 'phone', telephone: 'phone', telephonic: 'phone',
  video: 'video', videoconference: 'video', virtual: 'video', online: 'video',
};

/**
 * Phrases that bring more people into a meeting besides its subject and object, and the part
 * they take: a passive agent ("hosted by X", "mediated by X", "with the mediation of X") or a
 * companion ("alongside X", "together with X", "joined by X", "in the presence of X").
 */
export const EXTRA_PARTICIPANT_CUES: [string, 'host' | 'mediator' | 'participant'][] = [
  ['hosted by', 'host'], ['organised by', 'host'], ['organized by', 'host'], ['convened by', 'host'], ['chaired by', 'host'],
  ['at the invitation of', 'host'], ['on the invitation of', 'host'],
  ['mediated by', 'mediator'], ['brokered by', 'mediator'], ['facilitated by', 'mediator'], ['moderated by', 'mediator'],
  ['with the mediation of', 'mediator'], ['through the mediation of', 'mediator'], ['under the mediation of', 'mediator'],
  ['thanks to the mediation of', 'mediator'], ['under the auspices of', 'mediator'],
  ['alongside', 'participant'], ['together with', 'participant'], ['along with', 'participant'], ['joined by', 'participant'],
  ['in the presence of', 'participant'], ['with the participation of', 'participant'], ['with participation of', 'participant'],
  ['attended by', 'participant'],
  // "the talks were then widened to include X and Y"
  ['widened to include', 'participant'], ['expanded to include', 'participant'], ['broadened to include', 'participant'], ['extended to include', 'participant'],
  // the mediators who called the sitting ("at the initiative of the co-chairs, a working dinner took place")
  ['at the initiative of', 'participant'], ['on the initiative of', 'participant'],
];

/**
 * What follows the people of a "with" phrase that makes them a meeting's host, mediator or
 * witness ("with Madeleine Albright as their host", "with X, Y and Z acting as mediators",
 * "with Albright looking on").
 */
export const WITH_TAIL_CUES: [string, 'host' | 'mediator' | 'participant'][] = [
  ['as their host', 'host'], ['as the host', 'host'], ['as host', 'host'], ['as hosts', 'host'], ['as their hosts', 'host'], ['hosting', 'host'],
  ['acting as mediators', 'mediator'], ['acting as mediator', 'mediator'], ['as mediators', 'mediator'], ['as mediator', 'mediator'],
  ['as the mediator', 'mediator'], ['as a mediator', 'mediator'], ['mediating', 'mediator'], ['acting as hosts', 'host'], ['acting as host', 'host'],
  ['looking on', 'participant'], ['in attendance', 'participant'], ['also present', 'participant'], ['present', 'participant'],
];

/** The edges of an occasion a meeting may take place on: "on the sidelines/margins/fringes of the summit". */
export const SIDELINES = ['sidelines', 'sideline', 'margins', 'margin', 'fringes', 'fringe'];
/** Not-held: a negation or a call-off before the trigger, or a call-off right after a noun ("the summit was cancelled"). */
export const NOT_HELD_BEFORE = [
  'not', "n't", 'never', 'was to have', 'were to have', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'cancelled', 'canceled',
  'postponed', 'skipped', 'skip', 'boycotted', 'boycott', 'snubbed', 'called off', 'ruled out', 'rules out', 'pulled out of',
  'withdrew from', 'no', 'scrapped', 'without', 'rejected', 'rejects', 'reject', 'rejecting',
];
/** Not-held cues that are one side's refusal (CAMEO 125), not a call-off or a delay (164). */
export const REJECTED_CUES = [
  'refused', 'refuses', 'refuse', 'declined', 'declines', 'skipped', 'skip', 'boycotted', 'boycott', 'snubbed', 'ruled out', 'rules out',
  'rejected', 'rejects', 'reject', 'rejecting',
];
export const NOT_HELD_AFTER = [
  'cancelled', 'canceled', 'postponed', 'called off', 'scrapped', 'suspended', 'delayed', 'put off', 'did not take place',
  'never took place', 'was not held', 'were not held', 'fell through', 'collapsed', 'did not happen', 'never happened',
  'did not materialise', 'did not materialize', 'never materialised', 'never materialized', 'was dropped', 'were dropped',
];
/** A plan told in the pluperfect ("had been planned for Friday, but ..."): a call-off later in the sentence undoes it. */
export const FORMER_PLAN = [
  'had been planned', 'had been scheduled', 'had been set', 'had been expected', 'had been due', 'was supposed to', 'were supposed to',
  // "were due to meet on Thursday but the talks were called off"
  'was due to', 'were due to', 'was scheduled to', 'were scheduled to', 'was expected to', 'were expected to', 'was set to', 'were set to',
];
/** A missed occasion earlier in the sentence undoes the plan a 'where' clause tells ("skipped the summit, where he had been expected to meet"). */
export const MISSED_OCCASION = ['skipped', 'boycotted', 'stayed away from', 'pulled out of', 'withdrew from', 'did not attend', 'did not come to', 'did not travel to', 'refused to attend', 'declined to attend'];

/** Planned: a future or intention before the trigger ("will host", "is to meet", "are expected to", "ready to"). */
export const PLANNED_BEFORE = [
  'will', "'ll", 'shall', 'is to', 'are to', 'was to', 'were to', 'expected', 'due', 'scheduled', 'set to', 'plans', 'plan',
  'planned', 'planning', 'going to', 'intends', 'intend', 'intended', 'hopes to', 'hope to', 'agreed to', 'agree to', 'ready to', 'prepared to',
  'could', 'may', 'might', 'should', 'proposed', 'proposes', 'offered to', 'invited', 'wants to', 'want to', 'upcoming',
  'forthcoming', 'next', 'future', 'possible', 'potential', 'would',
  // a call for talks is a proposal, not a report that they took place
  'called for', 'calls for', 'call for', 'calling for', 'urged', 'urges', 'urging', 'pushed for', 'pushing for',
];

/**
 * Planned: a plan told in a meeting noun's relative clause ("talks that Blinken was due to host",
 * "a summit which is scheduled for May"); not "expected", which as often tells what talks held were to bring.
 */
export const RELATIVE_PLAN = ['will', 'is to', 'are to', 'was to', 'were to', 'due', 'scheduled', 'planned', 'set to', 'set for', 'supposed to'];

/** Planned: a future right after a noun and its people ("talks of X with Y will be held", "the summit is scheduled for"). */
export const PLANNED_AFTER = [
  'will be held', 'will take place', 'is to be held', 'are to be held', 'is to take place', 'are to take place', 'is scheduled',
  'are scheduled', 'is planned', 'are planned', 'is expected', 'are expected', 'is due', 'are due', 'will open', 'will begin',
];

/** Words of the clause that say the trigger's people met on their own, apart from a joint meeting. */
export const SEPARATE_MARKERS = [
  'separately', 'alone', 'individually', 'one-on-one', 'one on one', 'each', 'bilaterally', 'in turn', 'tete a tete', 'one after the other',
  'one after another', 'one by one', 'in separate', 'in a bilateral format', 'with each', 'one - on - one', 'tete - a - tete',
  'in a narrow format', 'private conversation', 'in private',
];
/**
 * A meeting's later, larger format in the same sentence ("then in an expanded format with the
 * delegations"): the narrow or tête-à-tête part before it is a phase of that one meeting.
 */
export const EXPANDED_FORMAT = [
  'expanded format', 'extended format', 'enlarged format', 'broader format', 'wider format', 'expanded composition', 'extended composition',
  'with delegations', 'with the delegations', 'with their delegations', 'participation of delegations', 'participation of the delegations',
];
/** "In a narrow format": the leaders alone, all of them, not each one apart, when a larger format follows. */
export const NARROW_FORMAT = ['in a narrow format', 'in narrow format'];
/** Adjectives before a meeting noun that make one meeting per person met ("separate talks with X and Y"). */
export const SEPARATE_ADJECTIVES = new Set(['separate', 'individual', 'respective', 'private', 'bilateral']);

/** Words that say the meeting is another occasion than the article's main one ("last met in 2019", "first encounter since"). */
export const OTHER_OCCASION = ['last', 'previous', 'previously', 'recently', 'lately', 'earlier', 'former', 'ago', 'since', 'several times', 'repeatedly', 'again', 'past'];

/** Prepositions that before a date mention say it dates another event ("the first encounter since December"). */
export const DATE_OTHER_EVENT = new Set(['since', 'until', 'till', 'before', 'after', 'by', 'following']);

/** Words after which a place names something else than the meeting's venue ("the situation in Karabakh"). */
export const TOPIC_NOUNS = new Set([
  'situation', 'conflict', 'fighting', 'clashes', 'violence', 'war', 'region', 'crisis', 'tensions', 'tension', 'ceasefire', 'truce',
  'peace', 'settlement', 'process', 'issue', 'developments', 'protests', 'parade', 'troops', 'peacekeepers', 'presence', 'role',
  'influence', 'interests', 'attack', 'attacks', 'offensive', 'operation', 'hostilities', 'escalation', 'border', 'embassy', 'people',
  'elections', 'election', 'deal', 'agreement', 'investment', 'investments', 'forces', 'army', 'military', 'deployment',
]);
/** Words that may stand inside a venue phrase between 'in'/'at' and the place ("in the Black Sea resort of Sochi"). */
export const VENUE_WORDS = new Set([
  'the', 'a', 'an', 'of', 'resort', 'city', 'town', 'capital', 'village', 'palace', 'residence', 'castle', 'sea', 'black', 'caspian',
  'port', 'seaside', 'mountain', 'spa', 'country', 'presidential', 'state', 'official', 'summer', 'winter', "'s", 'southern', 'northern',
  'eastern', 'western', 'austrian', 'swiss', 'russian', 'french', 'czech', 'belgian', 'german', 'turkish', 'georgian', 'iranian',
  'exclave', 'enclave', 'province', 'region', 'republic', 'autonomous',
  // "in the liberated city of Shusha", "in the historic town of Gabala"
  'liberated', 'historic', 'ancient', 'occupied', 'disputed', 'border', 'frontier', 'coastal', 'central', 'industrial', 'holy',
]);
/** Place kinds that can be a meeting's venue. */
export const VENUE_KINDS = new Set(['city', 'capital', 'landmark', 'country', 'region']);

/** Words that may stand between a meeting and an agent or companion phrase: venue, date and time words only. */
export const EXTRA_GAP_WORDS = new Set([
  'in', 'at', 'on', 'the', 'a', 'an', 'of', "'s", '-', '.', 'last', 'this', 'next', 'week', 'month', 'year', 'weekend', 'earlier', 'later',
  'again', 'today', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'city', 'capital', 'resort', 'talks', 'also',
  'held', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'will', 'and', 'for', 'first', 'time', 'meeting', 'summit',
  'sidelines', 'margins', 'side', 'took', 'place', 'takes', 'began', 'begins', 'opened', 'opens', 'started', 'continued', 'which', 'that',
  'with', 'itself', 'themselves',
  // the format it was held in ("was held first in the extended format, with the participation of X")
  'format', 'extended', 'expanded', 'enlarged', 'broader', 'wider', 'narrow', 'composition', 'then', 'tete', 'hotel', 'residence', 'palace',
  // how long it lasted ("the meeting lasted about forty minutes and was held in the presence of X"; number words are
  // read with dates' NUMBER_WORDS, see extras.ts plainGap)
  'lasted', 'lasting', 'about', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'hour', 'hours', 'minutes', 'half', 'anniversary', 'since', 'together',
  // a plan's participle ("the meeting planned in Granada with the participation of X")
  'planned', 'scheduled', 'expected', 'due', 'set', 'proposed', 'envisaged',
  // "two meetings in Paris, in January and in March, both hosted by X"
  'both', 'each', 'all',
  // the document of a signing ("signed two protocols in Zurich in the presence of X")
  'protocol', 'protocols', 'declaration', 'statement', 'accord', 'accords', 'document', 'documents', 'joint', 'memorandum', 'treaty',
  // the dash that closes an aside of names ("with the co-chairs — X, Y and Z — together with W")
  '\u2014',
  // the format of a meeting ("the next meeting in the five-party format, with participation of X")
  'party', 'way', 'trilateral', 'quadrilateral',
]);
