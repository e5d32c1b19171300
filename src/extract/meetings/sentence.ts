import type { AnnotatedArticle, DateMention, Sentence } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import { evidenceFor } from '../../annotate/evidence.js';
import type { ArticleScope } from './scope.js';
import { inPerson, type Candidate } from './candidate.js';
import { wordsAt, type Tok } from './tokens.js';
import { clauseStart } from './lists.js';
import { JOINT_WORDS, SEQUENCE_WORDS } from './lexicon-lists.js';
import { placesIn, referencesIn, type Item } from './references.js';
import { sentenceView } from './coordination.js';
import { remember, rememberGroup, resolveItem } from './anaphora.js';
import { findTriggers } from './triggers.js';
import { argumentsOf, BE } from './arguments.js';
import { dashedNames } from './possessors.js';
import { datesByToken, listedOccasions } from './background-lists.js';
import { extrasOf } from './extras.js';
import { besideAnother, formatNoun, inPhases, mealNoun, onlyAlone, settingNoun, teteNoun } from './beside.js';
import { furtherMeetings } from './further-objects.js';
import { definiteNoun, occasionNoun, recentlyTold, seriesNoun, urgedTo } from './told.js';
import { joinsTold, meansNoun, onSidelines, pluralNoun, purposeNoun, severalMeetings } from './noun-uses.js';
import { restOfCount, sidesCounted } from './format-count.js';
import { readMode, readStatus } from './circumstances.js';
import { readDate, weekdayByTense } from './meeting-date.js';
import { readPlace, venuesAt } from './place.js';
import { withReadoutPersons } from './readout.js';
import { SEPARATE_ADJECTIVES } from './lexicon-cues.js';
import type { Arguments } from './arguments.js';

/** How many of the sentence's meetings told last a smaller report is checked against. */
const TOLD_BACK = 8;

/**
 * The meetings one sentence reports. Reads the sentence's people, places and dates, finds its
 * meeting phrasings, and for each one its participants and circumstances. Updates the scope's
 * memory of groups and persons, so sentences must come in order.
 */
export function sentenceMeetings(
  a: AnnotatedArticle,
  s: Sentence,
  tokensOf: { tokens: Tok[] },
  mentions: EntityMention[],
  dates: DateMention[],
  scope: ArticleScope,
): Candidate[] {
  const { tokens } = tokensOf;
  const places = placesIn(tokens, mentions);
  const items = referencesIn(tokens, mentions, places, scope);
  const view = sentenceView(tokens, items, places);
  remember(scope, s.index, tokens, view.lists);
  // "the Pashinyan-Aliyev meeting": names joined by dashes modify the noun, they are no subject of a verb
  const personEnds = new Set(items.filter((it, n) => it.kind !== 'role' && !dashedNames(view, n).length).map((it) => it.last));
  const out: Candidate[] = [];
  let previousSubject: Item[] | null = null;
  // does the sentence tell a private part before a larger format? (read once, when a joining report needs it)
  let phases: boolean | undefined;
  let previousVerb: Arguments | null = null;
  let verbObjectKeys: string[] = [];
  const triggers = findTriggers(tokens, personEnds).filter((tr) => !formatNoun(tokens, tr));
  const dateAt = datesByToken(tokens, dates);
  // the triggers that bound another's agent phrases ("hosted by X"): not "hosted" of "hosted by";
  // companion phrases are not bounded by the event the meeting is on the sidelines of either
  // ("meet on the sidelines of a summit, alongside X": X joins; "... of a summit hosted by Y": Y hosts the summit)
  const bounds = triggers.filter((tr) => tokens[tr.last + 1]?.low !== 'by');
  const companionBounds = bounds.filter((tr) => !onSidelines(tokens, tr));
  let b = 0;
  let cb = 0;
  // a meeting phrasing before in the sentence that named nobody: an elliptic one after it points to that one, not further back
  let silentBefore = false;
  let outBefore = 0;
  for (let n = 0; n < triggers.length; n++) {
    const tr = triggers[n];
    if (n > 0 && out.length === outBefore && triggers[n - 1].spec.kind === 'noun') silentBefore = true;
    outBefore = out.length;
    // bounds[b] is the first bounding trigger at or after this one (linear over the sentence)
    while (bounds[b] && bounds[b].first < tr.first) b++;
    while (companionBounds[cb] && companionBounds[cb].first < tr.first) cb++;
    const args = argumentsOf(tr, view, previousSubject, triggers[n + 1]?.first);
    const verbBefore = previousVerb;
    if (tr.spec.kind === 'verb') previousVerb = args;
    if (!args) continue;
    // "X received A and B, and the next day sat down with both": the second verb shares X as
    // subject; the people X received are no subject of it
    const shared = verbBefore !== null && !args.looseSubject && objectOf(args.subject, verbBefore) && verbBefore.subject.length > 0 && tokens[clauseStart(tokens, tr.first)].low !== 'who';
    if (verbBefore && shared) {
      args.subject = verbBefore.subject;
      args.windowStart = Math.max(args.windowStart, args.subject[args.subject.length - 1].last + 1);
    }
    // "telephoned A and B in separate calls", "received X in a private audience": the noun is the
    // verb's own meeting again, and the people it met are no subject of theirs
    if (verbBefore && restates(tokens, args, verbBefore)) continue;
    // "Obama urged both leaders to meet again": a call for a meeting is none
    if (urgedTo(tokens, tr, args)) continue;
    if (args.subject.length) previousSubject = args.subject;
    // named people first, then anaphors, each side leaving out the other
    const named = (list: Item[]) => list.filter((it) => it.kind === 'person' || it.kind === 'role').flatMap((it) => it.keys);
    const objectNamed = new Set(named(args.object));
    let unresolved = false;
    const resolve = (it: Item, exclude: Set<string>) => {
      const keys = resolveItem(it, tokens, s.index, scope, exclude);
      if (!keys.length) unresolved = true;
      return keys;
    };
    const subjectKeys = unique(args.subject.flatMap((it) => resolve(it, objectNamed)));
    const subjectSet = new Set(subjectKeys);
    const objectKeys = unique(args.object.flatMap((it) => resolve(it, subjectSet))).filter((k) => !subjectSet.has(k));
    let core = unique([...subjectKeys, ...objectKeys]);
    // the latest meeting this sentence told of all its people together (read once per trigger)
    const last = lastJoint(out);
    // "the previous one took place in Sochi": the people of the meeting just told
    if (tr.spec.elliptic || seriesNoun(tokens, tr, args)) {
      // "..., the latest of which took place in Kazan" points to the noun right before, never to an earlier sentence
      const relative = tr.spec.words[tr.spec.words.length - 1] === 'which';
      const told = silentBefore ? null : last?.keys ?? (relative ? null : recentlyTold(scope, s.index));
      if (!told) continue;
      core = [...told];
    }
    // "the co-chairs will try to bring the two leaders together" with no leaders to point back to:
    // the people met are unknown, and the co-chairs alone did not meet
    // (a readout's lead takes its people from the page's tags instead, see readout.ts)
    const tagged = scope.readout.lead.has(s.index) && scope.readout.persons.length > 0;
    if (args.object.length && !objectKeys.length && !tagged) continue;
    // "The U.S. top diplomat received A and B one after the other" with nobody to name the diplomat:
    // A and B met him, not each other
    // (a verb that takes its people as object - "received", "phoned" - says nothing of them meeting each other)
    if (tr.spec.kind === 'verb' && !subjectKeys.length && objectKeys.length && !tagged && (args.subject.length || (tr.spec.needsObject && !passive(tokens, tr.first)))) continue;
    // "welcomed A and B and held a short meeting with A": a meeting of its own with some of them
    const fewer = shared && objectKeys.length > 0 && objectKeys.length < verbObjectKeys.length && objectKeys.every((k) => verbObjectKeys.includes(k));
    if (tr.spec.kind === 'verb') verbObjectKeys = objectKeys;
    // hosts, mediators and companions join a meeting whose own people the text fully gives; a bare
    // noun takes its people from them alone when they name two ("the summit, attended by X and Y")
    const bare = !core.length && !unresolved && tr.spec.kind === 'noun';
    // "met in Sochi, at talks hosted by Z": the talks are the meeting just told (a summit is an event around it)
    const setting = last !== undefined && settingNoun(tokens, tr, args.object.length, args.governor) && core.every((k) => last.keys.includes(k));
    let extras = (core.length >= 2 || (core.length === 1 && !args.looseSubject) || bare || setting) && !unresolved
      ? extrasOf(view, tr, args, (bounds[b - 1]?.last ?? -1) + 1, {
        agent: bounds[b + (bounds[b] === tr ? 1 : 0)]?.first ?? tokens.length,
        companion: companionBounds[cb + (companionBounds[cb] === tr ? 1 : 0)]?.first ?? tokens.length,
      })
      : [];
    // the event a meeting is on the sidelines of is its setting, not a meeting of the people around it
    if (bare && onSidelines(tokens, tr)) continue;
    // "X and Y sat down in Geneva for talks mediated by Z": the talks are the meeting just told, Z joins it
    // "they did so by video link, together with X and Y": the means of the meeting just told, and X and Y join it
    const means = bare && meansNoun(tokens, tr);
    // "last met in Sochi, at talks hosted by Medvedev": the talks are the occasion of the verb just told
    // (its subject, when it has one, is the verb's own)
    const occasion = occasionNoun(tokens, tr, out) && (bare || (!args.object.length && verbBefore !== null && args.subject.every((it) => verbBefore.subject.includes(it))));
    const told = (bare && (purposeNoun(tokens, tr) || means)) || occasion || setting ? last : undefined;
    if (told) {
      if (means) told.mode ??= tr.spec.mode;
      for (const e of extras) for (const k of e.items.flatMap((it) => it.keys)) {
        if (!told.keys.includes(k)) told.keys.push(k);
        if (e.role === 'mediator' && !told.mediators.includes(k)) told.mediators.push(k);
        if (e.role === 'host') told.host ??= k;
      }
      continue;
    }
    // ... unless it joins the meeting told ("the meeting was held with the mediation of X and Y")
    const joins = tr.spec.joins === true || joinsTold(tokens, tr, args);
    if (bare && !joins && unique(extras.filter((e) => e.role === 'participant').flatMap((e) => e.items.flatMap((it) => it.keys))).length < 2) extras = [];
    const extraKeys = (role: string) => unique(extras.filter((e) => e.role === role).flatMap((e) => e.items.flatMap((it) => it.keys))).filter((k) => !core.includes(k));
    const hostKeys = extraKeys('host');
    const mediatorKeys = extraKeys('mediator');
    let all = unique([...core, ...hostKeys, ...mediatorKeys, ...extraKeys('participant')]);
    // "the next meeting in the five-party format, with the participation of X and Y": the others are the group told before
    if (bare && all.length) all = unique([...all, ...restOfCount(scope, s.index, tokens[tr.first].start, all, sidesCounted(tokens, tr))]);
    if (scope.readout.lead.has(s.index)) all = withReadoutPersons(all, scope.readout.persons);
    if (all.length < (joins ? 1 : 2)) {
      // "The Kazan meeting was the ninth ...": the meeting told is still the one the text is about
      // ("Following the meeting, Michel said": one of its people with it)
      if (scope.told && tr.spec.kind === 'noun' && !args.object.length && all.every((k) => scope.told!.keys.includes(k)) && definiteNoun(tokens, tr)) scope.told.sentence = s.index;
      continue;
    }

    // a negation before a handshake is the handshake's ("did not shake hands at the summit")
    const prev = triggers[n - 1];
    const windowStart = prev?.spec.positiveOnly && prev.last >= args.windowStart ? prev.last + 1 : args.windowStart;
    // ... and past the companions that follow it ("the meeting with the participation of X, Y and Z did not take place")
    const companionsEnd = extras.filter((e) => e.at > tr.last).flatMap((e) => e.items.map((it) => it.last));
    const afterFrom = tr.spec.kind === 'noun' ? Math.max(tr.last, ...args.object.map((it) => it.last), ...companionsEnd) + 1 : tr.last + 1;
    // a verb's manner follows its object, however long ("received X of A and his counterpart, Y, one after the other")
    const objectEnd = tr.spec.kind === 'verb' ? Math.max(tr.last, ...args.object.map((it) => it.last)) : tr.last;
    const status = readStatus(tokens, tr, windowStart, args.governor, afterFrom, objectEnd);
    if (tr.spec.positiveOnly && status.status === 'not-held') continue;
    const mode = readMode(tokens, tr);
    // a noun's circumstances may follow its own long list of participants ("the meeting between X, Y and Z was held ... yesterday")
    // a verb's after its object ("hosted X and Y for talks ... in Arlington")
    const reach = tr.spec.kind === 'noun' ? afterFrom - 1 : Math.max(tr.last, ...args.object.map((it) => it.last));
    const date = readDate(tokens, tr, dates, reach);
    const place = !inPerson({ mode }) ? null : readPlace(tokens, tr, venuesAt(tokens, mentions, view.placeAt, scope.k), scope.k, reach, date.value ?? scope.date);
    const spanItems = [...args.subject, ...args.object, ...extras.flatMap((e) => e.items)];
    const start = Math.min(tokens[tr.first].start, ...spanItems.map((it) => tokens[it.first].start));
    const end = Math.max(tokens[tr.last].end, ...spanItems.map((it) => tokens[it.last].end));
    const base: Omit<Candidate, 'keys'> = {
      host: args.subjectRole === 'host' && subjectKeys.length === 1 ? subjectKeys[0] : hostKeys.length === 1 ? hostKeys[0] : null,
      mediators: unique([...(args.subjectRole === 'mediator' ? subjectKeys : []), ...mediatorKeys]),
      place,
      // the dateline's day is when the story was filed: a meeting held then, not one planned or called off
      date: date.dateline && status.status !== 'held' ? null : weekdayByTense(date.value, date.text, status, scope.date),
      multiDay: date.span === true,
      mode,
      status: status.status,
      strong: status.strong,
      ...(status.notHeld ? { notHeld: status.notHeld } : {}),
      separate: false,
      also: status.also || besideAnother(tokens, triggers, n) || (mealNoun(tokens, tr) && objectKeys.length > 0),
      otherOccasion: status.otherOccasion,
      cameoHint: tr.spec.cameo,
      joins,
      ...(joins && (phases ??= inPhases(tokens)) ? { expanded: true } : {}),
      sentences: [s.index],
      evidence: [evidenceFor(a, s, start, end)],
    };
    // a call is between two unless the text makes it a conference ("a trilateral call", "by video link")
    // (read back at most CONFERENCE_REACH tokens: a sentence of a thousand calls must not make each read all of it)
    const conference = /trilateral|three-way|joint|conference/.test(words(tokens, Math.max(args.windowStart, tr.first - CONFERENCE_REACH), tr.last + 1));
    // "a separate meeting with", "a bilateral meeting with": apart from the main meeting
    // ... and a tete-a-tete is the principals alone, apart from the larger format others join
    const apartAdjective = SEPARATE_ADJECTIVES.has(tokens[tr.first - 1]?.low ?? '') || SEPARATE_ADJECTIVES.has(tokens[tr.first - 2]?.low ?? '');
    const alone = status.separate || teteNoun(tokens, tr);
    let exclusive: boolean | undefined;
    const separate = status.separate || (mode === 'phone' && !conference && subjectKeys.length === 1 && args.object.filter((it) => it.kind === 'person').length >= 2) || args.object.some((it) => it.each) || (args.object.some((it) => it.apart) && args.object.every((it) => it.kind === 'person')) || (tr.spec.eachObject === true && subjectKeys.length === 1)
      || (apartAdjective && pluralNoun(tokens, tr));
    if (separate && subjectKeys.length >= 1 && objectKeys.length >= 2) {
      for (const o of objectKeys) out.push({ ...base, keys: [...subjectKeys, o], separate: true, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
      // "received both, first separately and then together": the joint meeting as well
      if (jointAfter(tokens, tr.last + 1)) out.push({ ...base, keys: all, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
    } else if (separate && subjectKeys.length >= 2 && objectKeys.length === 1 && !(exclusive ??= onlyAlone(tokens, tr.last + 1))) {
      for (const sk of subjectKeys) out.push({ ...base, keys: [sk, objectKeys[0]], separate: true, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
    } else {
      // a verb, or a noun that counts several meetings ("two meetings between X and Y in Paris, in January and in March")
      const listed = tr.spec.kind === 'verb' || severalMeetings(tokens, tr) ? listedOccasions(tokens, Math.max(tr.last, ...args.object.map((it) => it.last)) + 1, view.placeAt, dateAt, scope.k) : null;
      if (listed) {
        // "had met in Sochi in January, St Petersburg in June ...": one meeting per venue and time
        for (const o of listed) out.push({ ...base, keys: [...all], place: o.place, date: o.date, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
      // "the leaders first met tête-à-tête, then in an expanded format": one meeting in two formats
      // "then the presidents continued alone": a smaller meeting apart from the larger one just told
      } else {
        // "the three EU leaders met Pashinyan alone": a meeting of its own, no part of a larger one told before or after
        out.push({ ...base, keys: all, separate: ((separate || alone || apartAdjective) && all.length === 2 && !status.phase) || fewer || apartAdjective || tr.spec.narrower === true || exclusive === true });
        // "met A in Baku on Monday and B in Yerevan on Tuesday": a meeting for each further object, where and when its words say
        if (args.object.length && subjectKeys.length) out.push(...furtherMeetings(view, args.object, all.filter((k) => !objectKeys.includes(k)), base, dateAt, scope.k, resolve, (f) => weekdayByTense(f.date, f.dateText ?? undefined, status, scope.date)));
      }
    }
    rememberGroup(scope, all, s.index, end, false, base.host !== null);
    // (a report of some of a meeting the sentence told just before is that meeting, not the latest told)
    // (the few told last: a sentence of a thousand meetings stays linear)
    if (!out.slice(-TOLD_BACK).some((c) => c.keys.length > all.length && all.every((k) => c.keys.includes(k)))) scope.told = { keys: all, sentence: s.index };
    if (base.host) scope.host = { key: base.host, sentence: s.index };
  }
  return out;
}

/** The latest meeting told that is not a separate sitting (a walk back: `out` grows with every trigger). */
function lastJoint(out: Candidate[]): Candidate | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (!out[i].separate) return out[i];
  return undefined;
}

/** "were received", "had been hosted": the people before the verb are its object. */
function passive(tokens: Tok[], at: number): boolean {
  return BE.has(tokens[at - 1]?.low ?? '');
}

/** A noun trigger after 'in' or 'during' whose only people are the object of the verb trigger before it. */
function restates(tokens: Tok[], args: Arguments, verb: Arguments): boolean {
  if (args.governor === null || args.object.length || !args.subject.length) return false;
  if (!RESTATING_PREPOSITIONS.has(tokens[args.governor].low)) return false;
  return objectOf(args.subject, verb);
}
const RESTATING_PREPOSITIONS = new Set(['in', 'during']);

/** Are these items, all of them, the object of that verb trigger? */
function objectOf(items: Item[], verb: Arguments): boolean {
  return items.length > 0 && items.every((it) => verb.object.includes(it));
}

/** A joint meeting ordered after the separate ones, in the words after the trigger ("... and then together"). */
function jointAfter(tokens: Tok[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < JOINT_REACH; i++) {
    const sq = SEQUENCE.find((w) => wordsAt(tokens, i, w));
    if (!sq) continue;
    for (let j = i + sq.length; j < tokens.length && j - i - sq.length <= JOINT_GAP; j++) {
      if (JOINT.some((w) => wordsAt(tokens, j, w))) return true;
      if (tokens[j].punct && tokens[j].text !== '-' && tokens[j].text !== ',') break;
    }
  }
  return false;
}
const SEQUENCE = SEQUENCE_WORDS.map((w) => w.split(' '));
const JOINT = JOINT_WORDS.map((w) => w.split(' '));
/** How far after the trigger the sequence word may stand, and how many words then before the joint one. */
const JOINT_REACH = 20;
const JOINT_GAP = 4;

/** How far back a phone trigger looks for a sign of a conference call. */
const CONFERENCE_REACH = 40;

function words(tokens: Tok[], from: number, to: number): string {
  return tokens.slice(Math.max(0, from), to).map((t) => t.low).join(' ');
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}
