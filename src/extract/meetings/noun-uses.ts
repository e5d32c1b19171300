import { wordShortlyBefore, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { Arguments } from './arguments.js';
import { COUNT_WORDS } from './lexicon-lists.js';
import { DEFINITE, JOIN_GOVERNORS } from './lexicon-triggers.js';
import { SIDELINES } from './lexicon-cues.js';

// What a meeting noun's place in its sentence says: a definite noun someone joined ("took part in
// the talks"), a count of occasions ("two meetings"), the means or purpose of a verb's meeting
// ("by video link", "for talks"), the event a meeting is on the sidelines of.

/**
 * A definite meeting noun with no people of its own that someone took part in, attended or joined,
 * or that the text only gives companions for ("the meeting began with the participation of X"):
 * the meeting already told, with more people.
 */
export function joinsTold(tokens: Tok[], tr: TriggerMatch, args: Arguments): boolean {
  if (tr.spec.kind !== 'noun' || args.object.length) return false;
  let definite = false;
  for (let i = tr.first - 1; i >= 0 && tr.first - i <= 3; i--) {
    if (DEFINITE.has(tokens[i].low)) { definite = true; break; }
    if (tokens[i].punct || tokens[i].cap) return false;
  }
  if (!definite) return false;
  if (args.governor === null) return !args.subject.length;
  const gov = tokens[args.governor].low;
  return JOIN_GOVERNORS.has(gov) || (gov === 'in' && JOIN_GOVERNORS.has(tokens[args.governor - 1]?.low ?? ''));
}


/** A plural meeting noun that counts occasions, not one event's sessions ("two meetings", "summits"; not bare "talks"). */
export function severalMeetings(tokens: Tok[], tr: TriggerMatch): boolean {
  if (!nounIsPlural(tokens, tr)) return false;
  return COUNT_WORDS.has(tokens[tr.first - 1]?.low ?? '') || !ONE_EVENT_PLURALS.has(tokens[tr.last].low);
}
/** Plural nouns that most often name one event ("talks in Vienna"); counted ("two rounds of talks") they are several. */
const ONE_EVENT_PLURALS = new Set(['talks', 'negotiations', 'consultations', 'contacts', 'calls', 'conversations']);

/** A remote meeting noun introduced by 'by' or 'via' ("by video link", "via videoconference"): how a meeting was held. */
export function meansNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  if (!tr.spec.mode) return false;
  const before = tokens[tr.first - 1]?.low === 'the' ? tr.first - 2 : tr.first - 1;
  return ['by', 'via', 'over'].includes(tokens[before]?.low ?? '');
}


const FOR = new Set(['for']);

/** A bare meeting noun introduced by 'for' ("for talks", "for a round of talks"): the purpose of a meeting verb before it. */
export function purposeNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return wordShortlyBefore(tokens, tr.first, 3, FOR);
}

/** A noun trigger in "on the sidelines/margins of (a|the ...) summit". */
export function onSidelines(tokens: Tok[], tr: { first: number; spec: { kind: string } }): boolean {
  if (tr.spec.kind !== 'noun') return false;
  for (let i = tr.first - 1; i >= 1 && tr.first - i <= 7; i--) {
    if (tokens[i].low === 'of' && SIDELINES.includes(tokens[i - 1].low)) return true;
    // "of NATO's fiftieth-anniversary summit": a possessive and a hyphen stay inside the phrase
    if (tokens[i].punct && tokens[i].text !== '-' && tokens[i].low !== "'s") return false;
  }
  return false;
}


/**
 * "separate meetings with A and B" are one each; "a separate meeting with the co-chairs" is one
 * meeting apart from the main one, with all of them ("talks" is plural in form only: "separate
 * talks with A and B" are as many as the people).
 */
export function pluralNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind !== 'noun' || nounIsPlural(tokens, tr);
}

/** The trigger is a meeting noun in the plural ("meetings", "talks"). */
function nounIsPlural(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind === 'noun' && /s$/.test(tokens[tr.last].low);
}
