// The words the meeting extractor reads: triggers, cues and role nouns. Kept as data, apart
// from the code that uses them, so a new phrasing is one line here and nothing else.
// Every word is lower case; the matcher folds the text the same way.

import type { MeetingMode } from '../../types.js';

/** How a trigger takes its participants. */
export type TriggerKind =
  /** a verb with a subject and (maybe) an object: "met", "sat down with", "spoke by phone with" */
  | 'verb'
  /** a noun with attached participants: "talks between", "a meeting with", "the summit of" */
  | 'noun';

/** What the trigger's subject does besides taking part: hosts ("hosted"), mediates ("mediated talks"). */
export type SubjectRole = 'host' | 'mediator' | null;

export interface TriggerSpec {
  /** the words in order, as the folded text has them */
  words: string[];
  kind: TriggerKind;
  mode: MeetingMode | null;
  /** CAMEO family the phrasing points to before context refines it */
  cameo: string;
  subjectRole: SubjectRole;
  /** base or present form ("meet", "meets"): held only weakly, since headlines and previews both use it */
  presentForm?: boolean;
  /** a verb that needs a person as its object to mean a meeting ("received orders" is not one) */
  needsObject?: boolean;
  /** a verb whose person object must be followed by an adjunct or the clause's end ("called X on Monday", not "called X a liar") */
  callObject?: boolean;
  /** the people met follow a later 'with' ("discussed the border by phone with X"), never the verb itself */
  withObject?: boolean;
  /** the preposition a later object follows, when not 'with' ("played host on Thursday to X") */
  objectPrep?: string;
  /** one call per person named as object: "Putin phoned Aliyev and Pashinyan" is two calls */
  eachObject?: boolean;
  /** evidence of a meeting only when affirmed: its negation is no meeting that did not take place */
  positiveOnly?: boolean;
  /** its people join the meeting just reported ("X and Y also took part") */
  joins?: boolean;
}

const v = (words: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({
  words: words.split(' '), kind: 'verb', mode: null, cameo: '040', subjectRole: null, ...extra,
});
const n = (words: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({
  words: words.split(' '), kind: 'noun', mode: null, cameo: '040', subjectRole: null, ...extra,
});

/** Longest first at each position: "spoke by phone with" wins over nothing, "phone call" over "call". */
export const TRIGGERS: TriggerSpec[] = [
  // meeting verbs
  v('met'), v('meet', { presentForm: true }), v('meets', { presentForm: true }), v('meeting'),
  v('met with'), v('meet with', { presentForm: true }), v('meets with', { presentForm: true }), v('meeting with'),
  v('sat down'), v('sit down', { presentForm: true }), v('sat down with'), v('sit down with', { presentForm: true }), v('sits down with', { presentForm: true }), v('sitting down with'),
  v('conferred with'), v('confer with', { presentForm: true }), v('huddled with'),
  v('negotiated with', { cameo: '046' }),
  v('brought together', { subjectRole: 'host', cameo: '043' }), v('brings together', { subjectRole: 'host', cameo: '043', presentForm: true }),
  v('bring together', { subjectRole: 'host', cameo: '043', presentForm: true }), v('bringing together', { subjectRole: 'host', cameo: '043' }),
  v('hosted', { subjectRole: 'host', cameo: '043', needsObject: true }), v('hosts', { subjectRole: 'host', cameo: '043', needsObject: true, presentForm: true }),
  v('host', { subjectRole: 'host', cameo: '043', needsObject: true, presentForm: true }), v('hosting', { subjectRole: 'host', cameo: '043', needsObject: true }),
  v('received', { subjectRole: 'host', cameo: '043', needsObject: true }), v('receives', { subjectRole: 'host', cameo: '043', needsObject: true, presentForm: true }),
  v('receive', { subjectRole: 'host', cameo: '043', needsObject: true, presentForm: true }), v('welcomed', { subjectRole: 'host', cameo: '043', needsObject: true }),
  v('visited', { cameo: '042', needsObject: true }), v('visits', { cameo: '042', needsObject: true, presentForm: true }),
  // telephone and video, as verbs
  v('spoke by phone with', { mode: 'phone', cameo: '041' }), v('spoke by telephone with', { mode: 'phone', cameo: '041' }),
  v('spoke on the phone with', { mode: 'phone', cameo: '041' }), v('spoke by phone', { mode: 'phone', cameo: '041' }),
  v('spoke by telephone', { mode: 'phone', cameo: '041' }), v('talked by phone with', { mode: 'phone', cameo: '041' }),
  v('talked by phone', { mode: 'phone', cameo: '041' }), v('speak by phone', { mode: 'phone', cameo: '041', presentForm: true }),
  v('speak by phone with', { mode: 'phone', cameo: '041', presentForm: true }), v('talk by phone', { mode: 'phone', cameo: '041', presentForm: true }),
  v('phoned', { mode: 'phone', cameo: '041', needsObject: true, eachObject: true }),
  v('telephoned', { mode: 'phone', cameo: '041', needsObject: true, eachObject: true }),
  v('spoke via video link with', { mode: 'video', cameo: '041' }), v('spoke by video link with', { mode: 'video', cameo: '041' }),
  // "called Aliyev on Monday": a call only when an adjunct, not a noun, follows the person ("called Aliyev a dictator")
  v('called', { mode: 'phone', cameo: '041', needsObject: true, callObject: true, eachObject: true }),
  v('rang', { mode: 'phone', cameo: '041', needsObject: true, callObject: true, eachObject: true }),
  // "spoke with Aliyev", "talked with Pashinyan": a conversation; its mode is read from the clause ("by phone")
  // ... and only with a person after it: "X and Y spoke to reporters" is no meeting of X and Y
  v('spoke with', { needsObject: true }), v('talked with', { needsObject: true }), v('speaks with', { presentForm: true, needsObject: true }),
  v('speak with', { presentForm: true, needsObject: true }), v('spoke to', { needsObject: true }), v('talked to', { needsObject: true }),
  v('speaks to', { presentForm: true, needsObject: true }), v('speak to', { presentForm: true, needsObject: true }),
  // "discussed the border with X": a consultation with the people after 'with' ("discussed by telephone with X": a call)
  v('discussed', { withObject: true }), v('discuss', { withObject: true, presentForm: true }), v('discusses', { withObject: true, presentForm: true }),
  v('discussing', { withObject: true }),
  // "saw each president alone", "to see President X": a visit, only with a person and then an adjunct or the clause's end
  v('saw', { needsObject: true, callObject: true }), v('see', { needsObject: true, callObject: true, presentForm: true }),
  v('played host', { subjectRole: 'host', cameo: '043', withObject: true, objectPrep: 'to' }),
  v('plays host', { subjectRole: 'host', cameo: '043', withObject: true, objectPrep: 'to', presentForm: true }),
  // "signed a declaration with X at Meiendorf": a signing together is a meeting; signing alone is not
  v('signed', { withObject: true }), v('sign', { withObject: true, presentForm: true }), v('signing', { withObject: true }),
  v('spoke', { withObject: true }), v('spoken', { withObject: true }), v('speaking', { withObject: true }), v('speaks', { withObject: true, presentForm: true }), v('speak', { withObject: true, presentForm: true }),
  // "X and Y also took part": more people for the meeting just reported (with 'in' a noun follows and governs)
  v('took part', { joins: true }), v('participated', { joins: true }), v('were present', { joins: true }), v('was present', { joins: true }),
  v('came together', {}), v('come together', { presentForm: true }), v('talked'),
  // a handshake shows a meeting; a refused one ("did not shake hands") says nothing about it
  v('shook hands with', { positiveOnly: true }), v('shake hands with', { presentForm: true, positiveOnly: true }),
  v('shook hands', { positiveOnly: true }), v('shake hands', { presentForm: true, positiveOnly: true }),
  // nouns
  // plural nouns with one subject and several people met are one meeting each ("meetings with X and Y")
  n('meeting'), n('meetings', { eachObject: true }), n('talks', { cameo: '046' }), n('negotiations', { cameo: '046' }), n('summit'), n('summits'),
  n('encounter'), n('conversation'), n('conversations', { eachObject: true }), n('contacts'), n('tete a tete'), n('tête à tête'),
  n('tete - a - tete'), n('tête - à - tête'), n('session'), n('sessions', { eachObject: true }), n('round of talks', { cameo: '046' }),
  n('round of negotiations', { cameo: '046' }), n('consultations'), n('working dinner'), n('working lunch'), n('dinner'), n('lunch'),
  n('phone calls', { mode: 'phone', cameo: '041', eachObject: true }), n('telephone calls', { mode: 'phone', cameo: '041', eachObject: true }),
  n('phone conversations', { mode: 'phone', cameo: '041', eachObject: true }), n('telephone conversations', { mode: 'phone', cameo: '041', eachObject: true }),
  n('calls', { mode: 'phone', cameo: '041', eachObject: true }),
  n('phone call', { mode: 'phone', cameo: '041' }), n('telephone call', { mode: 'phone', cameo: '041' }),
  n('phone conversation', { mode: 'phone', cameo: '041' }), n('telephone conversation', { mode: 'phone', cameo: '041' }),
  n('phone talks', { mode: 'phone', cameo: '041' }), n('telephone talks', { mode: 'phone', cameo: '041' }),
  n('call', { mode: 'phone', cameo: '041' }),
  n('video call', { mode: 'video', cameo: '041' }), n('videoconference', { mode: 'video', cameo: '041' }),
  n('video conference', { mode: 'video', cameo: '041' }), n('video conferencing', { mode: 'video', cameo: '041' }),
  n('video link', { mode: 'video', cameo: '041' }), n('virtual meeting', { mode: 'video', cameo: '041' }),
  n('virtual summit', { mode: 'video', cameo: '041' }), n('online meeting', { mode: 'video', cameo: '041' }),
];

/** Words just before a noun trigger that set its mode ("a telephone conversation", "by video link"). */
export const MODE_WORDS: Record<string, MeetingMode> = {
  phone: 'phone', telephone: 'phone', telephonic: 'phone',
  video: 'video', videoconference: 'video', virtual: 'video', online: 'video',
};

/**
 * What makes a noun trigger's clause subject a participant: "X held talks with Y", "X hosted a
 * summit", "X and Y agreed ... in a Vienna meeting", "X refused to attend the summit".
 * The value is the subject's extra role.
 */
export const NOUN_GOVERNORS: Record<string, SubjectRole | 'participant'> = {
  held: 'participant', hold: 'participant', holds: 'participant', holding: 'participant',
  had: 'participant', have: 'participant', has: 'participant', having: 'participant',
  attend: 'participant', attended: 'participant', attends: 'participant', attending: 'participant',
  join: 'participant', joined: 'participant', joins: 'participant', joining: 'participant',
  skip: 'participant', skipped: 'participant', skips: 'participant', boycott: 'participant', boycotted: 'participant',
  cancel: 'participant', cancelled: 'participant', canceled: 'participant', postpone: 'participant', postponed: 'participant',
  conduct: 'participant', conducted: 'participant', began: 'participant', begin: 'participant', opened: 'participant',
  in: 'participant', at: 'participant', during: 'participant', after: 'participant', following: 'participant', sidelines: 'participant',
  host: 'host', hosts: 'host', hosted: 'host', hosting: 'host', chaired: 'host', chair: 'host', chairs: 'host',
  mediated: 'mediator', mediate: 'mediator', mediates: 'mediator', mediating: 'mediator',
  brokered: 'mediator', broker: 'mediator', facilitated: 'mediator', facilitate: 'mediator', convened: 'host', convene: 'host',
  organised: 'host', organized: 'host',
  snubbed: 'participant', snub: 'participant', snubs: 'participant', shunned: 'participant', missed: 'participant',
  skipping: 'participant', boycotting: 'participant', boycotts: 'participant', snubbing: 'participant',
  // "pulled out of the summit", "withdrew from the talks", "stayed away from the meeting" (particles skipped, see GOVERNOR_PARTICLES)
  pulled: 'participant', pull: 'participant', pulls: 'participant', withdrew: 'participant', withdraw: 'participant',
  withdraws: 'participant', stayed: 'participant', stay: 'participant',
};

/**
 * Governors that make a definite meeting noun without people of its own the meeting just reported:
 * "X took part in the talks", "Y attended the meeting", "Z joined the session".
 */
export const JOIN_GOVERNORS = new Set(['attend', 'attended', 'attends', 'attending', 'join', 'joined', 'joins', 'joining', 'part', 'participated', 'participate']);
/** Determiners that make a meeting noun point back to one already told ("the talks", "this meeting"). */
export const DEFINITE = new Set(['the', 'this', 'that', 'these']);

/** Particles between a governing verb and its noun ("pulled out of the summit", "withdrew from the talks"). */
export const GOVERNOR_PARTICLES = new Set(['out', 'of', 'from', 'away']);

/** Governors that are prepositions: the clause subject before them need not be a participant. */
export const PREPOSITION_GOVERNORS = new Set(['in', 'at', 'during', 'after', 'following', 'sidelines']);

/**
 * Verbs of travel: "flew to Sochi for talks with Putin" makes the traveller a participant of the
 * talks, and "travelled to Yerevan" names the venue. Only these turn 'for' into a governor, so
 * "called for talks between X and Y" adds nobody.
 */
export const TRAVEL_VERBS = new Set([
  'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flying', 'go', 'goes', 'went',
  'going', 'head', 'heads', 'headed', 'heading', 'arrive', 'arrives', 'arrived', 'arriving', 'come', 'comes', 'came', 'coming',
  'visit', 'visits', 'visited', 'visiting', 'return', 'returns', 'returned', 'returning',
]);

/** Words that may follow the person a "called" takes: an adjunct or the clause's end, never a noun phrase. */
export const CALL_FOLLOWERS = new Set([
  '.', ',', ';', ':', 'on', 'in', 'to', 'late', 'early', 'last', 'this', 'yesterday', 'today', 'earlier', 'after', 'amid', 'about',
  'over', 'from', 'and', 'twice', 'again', 'shortly', 'hours', 'days', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'following', 'ahead', 'while', 'as', 'before', 'by', 'alone', 'separately', 'individually', 'together', 'first',
  'then', 'at', 'for',
]);

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
];

/** Words a noun trigger takes its own participants after: "talks with", "a meeting between", "the conversation of". */
export const NOUN_ATTACHERS = new Set(['with', 'between', 'among', 'of', 'involving']);

/** Not-held: a negation or a call-off before the trigger, or a call-off right after a noun ("the summit was cancelled"). */
export const NOT_HELD_BEFORE = [
  'not', "n't", 'never', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'cancelled', 'canceled',
  'postponed', 'skipped', 'skip', 'boycotted', 'boycott', 'snubbed', 'called off', 'ruled out', 'rules out', 'pulled out of',
  'withdrew from', 'no', 'scrapped', 'without',
];
/** Not-held cues that are one side's refusal (CAMEO 125), not a call-off or a delay (164). */
export const REJECTED_CUES = [
  'refused', 'refuses', 'refuse', 'declined', 'declines', 'skipped', 'skip', 'boycotted', 'boycott', 'snubbed', 'ruled out', 'rules out',
];
export const NOT_HELD_AFTER = [
  'cancelled', 'canceled', 'postponed', 'called off', 'scrapped', 'suspended', 'delayed', 'put off', 'did not take place',
  'never took place', 'was not held', 'were not held', 'fell through', 'collapsed',
];

/** Planned: a future or intention before the trigger ("will host", "is to meet", "are expected to", "ready to"). */
export const PLANNED_BEFORE = [
  'will', "'ll", 'shall', 'is to', 'are to', 'was to', 'were to', 'expected', 'due', 'scheduled', 'set to', 'plans', 'plan',
  'planned', 'planning', 'going to', 'intends', 'intend', 'intended', 'hopes to', 'hope to', 'agreed to', 'agree to', 'ready to', 'prepared to',
  'could', 'may', 'might', 'should', 'proposed', 'proposes', 'offered to', 'invited', 'wants to', 'want to', 'upcoming',
  'forthcoming', 'next', 'future', 'possible', 'potential', 'would',
  // a call for talks is a proposal, not a report that they took place
  'called for', 'calls for', 'call for', 'calling for', 'urged', 'urges', 'urging', 'pushed for', 'pushing for',
];

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
/** Adjectives before a meeting noun that make one meeting per person met ("separate talks with X and Y"). */
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

export const SEPARATE_ADJECTIVES = new Set(['separate', 'individual', 'respective', 'private', 'bilateral']);

/** Words that say the meeting is another occasion than the article's main one ("last met in 2019", "first encounter since"). */
export const OTHER_OCCASION = ['last', 'previous', 'previously', 'earlier', 'former', 'ago', 'since', 'several times', 'repeatedly', 'again', 'past'];


/** Words that stop an object list ("met X in Vienna", "met X on Monday", "met X after ..."). */
export const OBJECT_STOPS = new Set([
  'in', 'on', 'at', 'for', 'to', 'over', 'about', 'amid', 'during', 'after', 'before', 'since', 'near', 'under', 'via', 'ahead',
  'following', 'separately', 'alone', 'individually', 'earlier', 'later', 'last', 'this', 'next', 'yesterday', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'where', 'while', 'who', 'which', 'that',
  'but', 'as', 'said', 'says', 'told', 'from', 'into', 'by', 'without', 'against', 'despite', 'because', 'until', 'within',
]);

/** Words that end a clause for subject search: a new finite clause or reported speech starts after them. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'whenever', 'while', 'whereas', 'because', 'although', 'though', 'but',
  'where', 'if', 'unless', 'after', 'before', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'according', 'stated',
  'announced', 'reported', 'noted', 'stressed', 'insisted', 'warned', 'explained', 'emphasized', 'emphasised', 'as', 'once', 'until',
]);

/** Words that may stand between two coordinated people, besides titles and parentheses ("X and his counterpart Y"). */
export const COORDINATION_FILLERS = new Set([
  'and', ',', '&', 'as', 'well', 'along', 'together', 'his', 'her', 'their', 'its', 'the', 'of', 'counterpart', 'counterparts',
  "'s", 'both', '-', 'state', 'head', 'then', 'foreign', 'prime', 'minister', 'president', 'leader', 'secretary', 'chancellor', 'premier',
  'envoy', 'ambassador', 'co-chair', 'chairman', 'deputy', 'special', 'representative', 'spokesman', 'spokeswoman', 'king', 'emir',
  'colleague', 'colleagues', 'co', 'chair', 'chairs', 'chairmen', 'mediators', 'personal', 'group', 'delegation', 'delegations',
]);
export const COORDINATORS = new Set(['and', ',', '&', 'well', 'along', 'together']);
/**
 * Words after a coordinator that set the next person apart: "with X and with Y", "X and then Y",
 * "X and, separately, Y", "with X and, in a separate call, with Y" (one meeting each).
 */
export const APART_WORDS = new Set(['with', 'then', 'separately', 'later', 'afterwards', 'subsequently', 'in', 'a', 'separate', 'call', 'meeting', 'conversation', 'talks']);

/** Words that may stand between a trigger and its object: determiners and titles ("met the Armenian President Serzh Sargsyan"). */
export const OBJECT_FILLERS = new Set([
  'the', 'a', 'an', 'both', 'with', 'between', 'among', 'together', 'his', 'her', 'their', 'its', 'of', 'state', 'head', 'foreign',
  'prime', 'minister', 'president', 'leader', 'secretary', 'chancellor', 'premier', 'envoy', 'ambassador', 'co-chair', 'chairman',
  'deputy', 'special', 'representative', "'s", 'counterpart', 'counterparts', 'colleague', 'colleagues', 'also', 'then', 'first',
  'formally', 'personally', 'privately', 'separately',
  // group labels a list of names may stand in apposition to ("the co-chairs of the Minsk Group: X, Y and Z")
  'co', 'chair', 'chairs', 'chairmen', 'mediators', 'diplomats', 'ministers', 'minsk', 'group', 'two', 'three', 'four', 'personal',
]);

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
]);
/** Place kinds that can be a meeting's venue. */
export const VENUE_KINDS = new Set(['city', 'capital', 'landmark', 'country', 'region']);

/** Words that may stand between a meeting and an agent or companion phrase: venue, date and time words only. */
export const EXTRA_GAP_WORDS = new Set([
  'in', 'at', 'on', 'the', 'a', 'of', "'s", '-', '.', 'last', 'this', 'next', 'week', 'month', 'year', 'weekend', 'earlier', 'later',
  'again', 'today', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night', 'city', 'capital', 'resort', 'talks', 'also',
  'held', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'will', 'and', 'for', 'first', 'time', 'meeting', 'summit',
  'sidelines', 'margins', 'side', 'took', 'place', 'takes', 'began', 'begins', 'opened', 'opens', 'started', 'continued', 'which', 'that',
  'with',
]);

/** Reporting verbs: the person right before one, after a bare comma, is the speaker, not one more of a list. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'noted', 'stressed', 'insisted', 'warned', 'explained',
  'emphasized', 'emphasised', 'wrote', 'tweeted', 'declared', 'recalled', 'confirmed', 'claimed', 'argued', 'remarked',
]);
