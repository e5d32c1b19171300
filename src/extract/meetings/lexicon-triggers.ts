// The meeting triggers and the words that govern them: which verbs and nouns report a meeting,
// and what makes a clause's subject take part in it. Kept as data, apart from the code that uses
// them, so a new phrasing is one line here and nothing else. Every word is lower case; the
// matcher folds the text the same way. Status, mode and place cues: lexicon-cues.ts; the words
// of clause and list structure: lexicon-clauses.ts.

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
  /** the word that must close its person object: "brought X and Y together" */
  closesWith?: string;
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
  // "brought the two presidents together": the object stands between the verb and its particle
  v('brought', { subjectRole: 'host', cameo: '043', needsObject: true, closesWith: 'together' }),
  v('brings', { subjectRole: 'host', cameo: '043', needsObject: true, closesWith: 'together', presentForm: true }),
  v('bring', { subjectRole: 'host', cameo: '043', needsObject: true, closesWith: 'together', presentForm: true }),
  v('bringing', { subjectRole: 'host', cameo: '043', needsObject: true, closesWith: 'together' }),
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

/** Words a noun trigger takes its own participants after: "talks with", "a meeting between", "the conversation of". */
export const NOUN_ATTACHERS = new Set(['with', 'between', 'among', 'of', 'involving']);
