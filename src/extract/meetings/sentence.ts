import type { AnnotatedArticle, DateMention, Sentence } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import { evidenceFor } from '../../annotate/evidence.js';
import type { ArticleScope } from './scope.js';
import type { Candidate } from './candidate.js';
import type { Tok } from './tokens.js';
import { placesIn, referencesIn, sentenceView, type Item } from './references.js';
import { remember, rememberGroup, resolveItem } from './anaphora.js';
import { findTriggers } from './triggers.js';
import { argumentsOf } from './arguments.js';
import { readDate, readMode, readPlace, readStatus } from './circumstances.js';

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
  const personEnds = new Set(items.filter((it) => it.kind !== 'role').map((it) => it.last));
  const out: Candidate[] = [];
  let previousSubject: Item[] | null = null;
  for (const tr of findTriggers(tokens, personEnds)) {
    const args = argumentsOf(tr, view, previousSubject);
    if (!args) continue;
    if (args.subject.length) previousSubject = args.subject;
    // named people first, then anaphors, each side leaving out the other
    const named = (list: Item[]) => list.filter((it) => it.kind === 'person' || it.kind === 'role').flatMap((it) => it.keys);
    const objectNamed = new Set(named(args.object));
    const subjectKeys = unique(args.subject.flatMap((it) => resolveItem(it, tokens, s.index, scope, objectNamed)));
    const subjectSet = new Set(subjectKeys);
    const objectKeys = unique(args.object.flatMap((it) => resolveItem(it, tokens, s.index, scope, subjectSet))).filter((k) => !subjectSet.has(k));
    const all = unique([...subjectKeys, ...objectKeys]);
    if (all.length < 2) continue;

    const status = readStatus(tokens, tr, args.windowStart, args.governor);
    const mode = readMode(tokens, tr);
    const date = readDate(tokens, tr, dates);
    const place = mode === 'phone' || mode === 'video' ? null : readPlace(tokens, tr, view.placeAt, scope.k);
    const spanItems = [...args.subject, ...args.object];
    const start = Math.min(tokens[tr.first].start, ...spanItems.map((it) => tokens[it.first].start));
    const end = Math.max(tokens[tr.last].end, ...spanItems.map((it) => tokens[it.last].end));
    const base: Omit<Candidate, 'keys'> = {
      host: args.subjectRole === 'host' && subjectKeys.length === 1 ? subjectKeys[0] : null,
      mediators: args.subjectRole === 'mediator' ? subjectKeys : [],
      place,
      date: date.value,
      mode,
      status: status.status,
      strong: status.strong,
      separate: false,
      also: status.also,
      otherOccasion: status.otherOccasion,
      cameoHint: tr.spec.cameo,
      sentences: [s.index],
      evidence: [evidenceFor(a, s, start, end)],
    };
    const separate = status.separate || args.object.some((it) => it.each);
    if (separate && subjectKeys.length >= 1 && objectKeys.length >= 2) {
      for (const o of objectKeys) out.push({ ...base, keys: [...subjectKeys, o], separate: true, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
    } else if (separate && subjectKeys.length >= 2 && objectKeys.length === 1) {
      for (const sk of subjectKeys) out.push({ ...base, keys: [sk, objectKeys[0]], separate: true, mediators: [...base.mediators], evidence: [...base.evidence], sentences: [s.index] });
    } else {
      out.push({ ...base, keys: all });
    }
    rememberGroup(scope, all, s.index, end);
  }
  return out;
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}
