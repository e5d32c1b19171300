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
  /**
   * a meeting named by its place in a series, with no noun of its own ("the previous one took
   * place in Sochi"): its people are those of the meeting just told, and it is a trigger only
   * after 'the' and before one of ELLIPSIS_PREDICATES
   */
  elliptic?: boolean;
  /**
   * a meeting only when one of NARROWER_CUES follows within a few words ("the presidents continued
   * alone", "X and Y carried on without her"): a smaller meeting after a larger one, apart from it
   */
  narrower?: boolean;
  /** only at its clause's end ("X, Y and Z also attended."): with an object it is about something else ("attended the funeral") */
  endsClause?: boolean;
}

const v = (words: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({
  words: words.split(' '), kind: 'verb', mode: null, cameo: '040', subjectRole: null, ...extra,
});
const n = (words: string, extra: Partial<TriggerSpec> = {}): TriggerSpec => ({
  words: words.split(' '), kind: 'noun', mode: null, cameo: '040', subjectRole: null, ...extra,
});

/** A verb's forms; a trigger is made for each form a lemma entry asks for. */
type Form = 'past' | 'participle' | 'base' | 'third' | 'ing';
// the base before the participle, so that "come" is held as weakly as a base form
const ALL_FORMS: Form[] = ['past', 'base', 'third', 'ing', 'participle'];

/** The irregular forms of the lemmas below; every other form is made by rule (see inflect). */
const IRREGULAR: Record<string, Partial<Record<Form, string>>> = {
  meet: { past: 'met', participle: 'met' }, sit: { past: 'sat', participle: 'sat', ing: 'sitting' },
  speak: { past: 'spoke', participle: 'spoken' }, bring: { past: 'brought', participle: 'brought' },
  come: { past: 'came', participle: 'come' }, see: { past: 'saw', participle: 'seen', ing: 'seeing' },
  shake: { past: 'shook', participle: 'shaken' }, ring: { past: 'rang', participle: 'rung' }, take: { past: 'took', participle: 'taken' },
  confer: { past: 'conferred', participle: 'conferred', ing: 'conferring' }, chat: { past: 'chatted', participle: 'chatted', ing: 'chatting' },
  carry: { past: 'carried', participle: 'carried', third: 'carries' },
};

/** A form of a lemma: the irregular one if listed, else the regular one ("host" → "hosted", "hosts", "hosting"). */
export function inflect(lemma: string, form: Form): string {
  const irregular = IRREGULAR[lemma]?.[form] ?? (form === 'participle' ? IRREGULAR[lemma]?.past : undefined);
  if (irregular) return irregular;
  switch (form) {
    case 'base': return lemma;
    case 'third': return /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
    case 'ing': return /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
    default: return /e$/.test(lemma) ? `${lemma}d` : `${lemma}ed`;
  }
}

/**
 * The triggers of one verb phrase, one per form of its first word ("meet with" → "met with",
 * "meet with", "meets with", "meeting with"). Base and third-person forms are held only weakly
 * (presentForm), since headlines and previews both use them. `forms` leaves out the forms
 * that read as something else ("call" the noun, "talks with" the noun and its people).
 */
const verb = (phrase: string, extra: Partial<TriggerSpec> = {}, forms: Form[] = ALL_FORMS): TriggerSpec[] => {
  const [head, ...rest] = phrase.split(' ');
  const seen = new Set<string>();
  const out: TriggerSpec[] = [];
  for (const f of forms) {
    const word = inflect(head, f);
    if (seen.has(word)) continue;
    seen.add(word);
    out.push(v([word, ...rest].join(' '), { ...extra, ...(f === 'base' || f === 'third' ? { presentForm: true } : {}) }));
  }
  return out;
};

const HOST: Partial<TriggerSpec> = { subjectRole: 'host', cameo: '043' };
const PHONE: Partial<TriggerSpec> = { mode: 'phone', cameo: '041' };
const VIDEO: Partial<TriggerSpec> = { mode: 'video', cameo: '041' };
/** Forms of a verb whose base or third person is more often a noun ("a phone", "calls", "talks with X"). */
const NOT_THIRD: Form[] = ['past', 'base', 'ing', 'participle'];
const NOT_NOUN: Form[] = ['past', 'participle', 'third', 'ing'];

/**
 * The heads of an elliptic mention of a meeting in a series, after 'the' ("the previous one took
 * place in Sochi", "the first was held in St Petersburg", "the latest of which took place in Kazan").
 */
const ELLIPSIS_HEADS = [
  'previous one', 'last one', 'latest one', 'first one', 'second one', 'next one', 'previous', 'first', 'second', 'third', 'next',
  'latest of which', 'last of which', 'first of which', 'previous of which',
];
/** The predicates that make such a head a meeting: it took place, was held, or will be. */
export const ELLIPSIS_PREDICATES = [
  'took place', 'was held', 'had taken place', 'had been held', 'has taken place', 'has been held', 'happened', 'was hosted',
  'will take place', 'will be held', 'is to take place', 'is to be held', 'is scheduled', 'is planned', 'is expected',
].map((p) => p.split(' '));

/** What makes "continued" or "carried on" a smaller meeting of its subject: the others left, or only they talked. */
export const NARROWER_CUES = [
  'alone', 'without', 'one on one', 'one - on - one', 'tete - a - tete', 'tete a tete', 'tête - à - tête', 'in private', 'privately',
  'in a narrow format', 'in a one - on - one format', 'in a tete - a - tete format', 'by themselves', 'on their own', 'between themselves',
].map((c) => c.split(' '));
/** How many words may stand between such a verb and its cue ("carried on on Thursday without her"). */
export const NARROWER_REACH = 4;

/**
 * Verbs that call on their object to meet ("Obama urged both leaders to meet again", "called on
 * X and Y to sit down"): a call for a meeting, which is no meeting, held or planned.
 */
export const URGING_VERBS = new Set([
  'urged', 'urges', 'urging', 'urge', 'encouraged', 'encourages', 'encourage', 'pressed', 'presses', 'press', 'exhorted', 'implored',
  'appealed', 'pushed', 'pushing',
]);
/** Verbs of calling that take 'on' or 'upon' before their object ("called on both leaders to meet"). */
export const CALLING_VERBS = new Set(['called', 'calls', 'call', 'calling']);

/** Longest first at each position: "spoke by phone with" wins over nothing, "phone call" over "call". */
export const TRIGGERS: TriggerSpec[] = [
  // meeting verbs
  ...verb('meet'), ...verb('meet with'), ...verb('sit down'), ...verb('sit down with'), ...verb('confer with'), ...verb('huddle with'),
  ...verb('chat with'), ...verb('negotiate with', { cameo: '046' }),
  ...verb('bring together', HOST),
  // "brought the two presidents together": the object stands between the verb and its particle
  ...verb('bring', { ...HOST, needsObject: true, closesWith: 'together' }),
  ...verb('host', { ...HOST, needsObject: true }), ...verb('receive', { ...HOST, needsObject: true }), ...verb('welcome', { ...HOST, needsObject: true }),
  // "visiting" is most often an adjective ("the visiting Armenian president"), "a visit" a noun
  ...verb('visit', { cameo: '042', needsObject: true }, ['past', 'third']),
  // telephone and video, as verbs
  ...verb('speak by phone with', PHONE), ...verb('speak by telephone with', PHONE), ...verb('speak on the phone with', PHONE),
  ...verb('speak by phone', PHONE), ...verb('speak by telephone', PHONE), ...verb('talk by phone with', PHONE, NOT_THIRD), ...verb('talk by phone', PHONE, NOT_THIRD),
  ...verb('phone', { ...PHONE, needsObject: true, eachObject: true }, NOT_NOUN),
  ...verb('telephone', { ...PHONE, needsObject: true, eachObject: true }, NOT_NOUN),
  ...verb('speak via video link with', VIDEO), ...verb('speak by video link with', VIDEO),
  // "called Aliyev on Monday": a call only when an adjunct, not a noun, follows the person ("called Aliyev a dictator");
  // "call" and "ring" themselves (and "calls") are nouns as often, "calling" a call for something as often
  ...verb('call', { ...PHONE, needsObject: true, callObject: true, eachObject: true }, ['past']),
  ...verb('ring', { ...PHONE, needsObject: true, callObject: true, eachObject: true }, ['past']),
  // "spoke with Aliyev", "talked with Pashinyan": a conversation; its mode is read from the clause ("by phone")
  // ... and only with a person after it: "X and Y spoke to reporters" is no meeting of X and Y
  ...verb('speak with', { needsObject: true }), ...verb('talk with', { needsObject: true }, NOT_THIRD),
  ...verb('speak to', { needsObject: true }), ...verb('talk to', { needsObject: true }, NOT_THIRD),
  // "discussed the border with X": a consultation with the people after 'with' ("discussed by telephone with X": a call)
  ...verb('discuss', { withObject: true }),
  // "X and Y exchanged views by phone", "exchanged views with X": a consultation, its mode read from the clause
  ...verb('exchange views'), ...verb('exchange opinions', {}, ['past']),
  // "saw each president alone", "to see President X": a visit, only with a person and then an adjunct or the clause's end
  ...verb('see', { needsObject: true, callObject: true }),
  ...verb('play host', { ...HOST, withObject: true, objectPrep: 'to' }),
  // "signed a declaration with X at Meiendorf": a signing together is a meeting; signing alone is not
  ...verb('sign', { withObject: true }),
  ...verb('speak', { withObject: true }),
  // "X and Y also took part": more people for the meeting just reported (with 'in' a noun follows and governs)
  ...verb('take part', { joins: true }, ['past']), ...verb('participate', { joins: true }, ['past']),
  v('were present', { joins: true }), v('was present', { joins: true }),
  // "X, Y and Z also attended.", "Also present were X and Y" (people for the meeting just told)
  ...verb('attend', { joins: true, endsClause: true }, ['past']), v('were also present', { joins: true }), v('was also present', { joins: true }),
  v('were in attendance', { joins: true }), v('was in attendance', { joins: true }),
  // "they were then joined by X", "before being joined by their foreign ministers, X and Y"
  v('joined by', { joins: true }),
  v('also present were', { joins: true }), v('also attending were', { joins: true }), v('also taking part were', { joins: true }),
  v('also in attendance were', { joins: true }), v('also participating were', { joins: true }),
  ...verb('come together'), ...verb('talk', {}, ['past']),
  // "the last time we gathered in this format": people who met, with no 'with' needed
  ...verb('gather', {}, ['past', 'participle']),
  // "Then the presidents continued alone", "X and Y carried on without her on 29 February"
  ...verb('continue', { narrower: true }, ['past']), ...verb('carry on', { narrower: true }, ['past']), v('went on', { narrower: true }),
  // a handshake shows a meeting; a refused one ("did not shake hands") says nothing about it
  ...verb('shake hands with', { positiveOnly: true }), ...verb('shake hands', { positiveOnly: true }),
  // nouns
  // plural nouns with one subject and several people met are one meeting each ("meetings with X and Y")
  n('meeting'), n('meetings', { eachObject: true }), n('talks', { cameo: '046' }), n('negotiations', { cameo: '046' }), n('summit'), n('summits'),
  n('encounter'), n('conversation'), n('conversations', { eachObject: true }), n('contacts'), n('tete a tete'), n('tête à tête'),
  n('tete - a - tete'), n('tête - à - tête'), n('session'), n('sessions', { eachObject: true }), n('round of talks', { cameo: '046' }),
  n('round of negotiations', { cameo: '046' }), n('consultations'), n('working dinner'), n('working lunch'), n('dinner'), n('lunch'),
  n('working breakfast'),
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
  ...ELLIPSIS_HEADS.map((h) => n(h, { elliptic: true })),
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
  // "they resumed their tete-a-tete on Saturday", "continued the talks"
  resumed: 'participant', resume: 'participant', resumes: 'participant', continued: 'participant', continue: 'participant',
  // "ended five hours of talks in Munich", "concluded two days of negotiations", "started talks"
  ended: 'participant', end: 'participant', ends: 'participant', concluded: 'participant', conclude: 'participant', concludes: 'participant',
  completed: 'participant', finished: 'participant', started: 'participant', start: 'participant', starts: 'participant', wrapped: 'participant',
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
