import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import { wordsAt, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { Arguments } from './arguments.js';
import { listAfter } from './lists.js';
import { EXTRA_GAP_WORDS, EXTRA_PARTICIPANT_CUES, TOPIC_NOUNS } from './lexicon-cues.js';

export interface Extra {
  items: Item[];
  role: 'host' | 'mediator' | 'participant';
  /** the cue's first token */
  at: number;
}

const EXTRA_CUES = EXTRA_PARTICIPANT_CUES.map(([w, role]) => ({ words: w.split(' '), role }))
  .sort((a, b) => b.words.length - a.words.length);

const RELATIVES = new Set(['which', 'that']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'will']);

/** How far after a trigger an agent or companion phrase is looked for. */
const EXTRA_REACH = 20;

/**
 * People a trigger's clause adds to its meeting: passive agents ("held talks in Washington hosted
 * by Blinken", "talks between X and Y, mediated by Z") and companions ("due to meet in Chisinau
 * alongside Macron"). Read between the neighbouring triggers, in the trigger's clause.
 */
export function extrasOf(view: SentenceView, tr: TriggerMatch, args: Arguments, from: number, to: { agent: number; companion: number }): Extra[] {
  const { tokens } = view;
  const out: Extra[] = [];
  let clause = tokens[tr.first].clause;
  const start = Math.max(from, args.windowStart, tr.first - EXTRA_REACH);
  const inside = (it: Item) => args.subject.includes(it) || args.object.includes(it);
  // where the meeting's phrase ends so far: an agent may follow another ("hosted by X and attended by Y")
  let reach = Math.max(tr.last, ...args.object.map((it) => it.last));
  // a group label's names in apposition ("the co-chairs of the Minsk Group - X, Y and Z - together with W")
  const named = args.object.some((it) => it.kind !== 'person') ? listAfter(view, reach + 1, true) : [];
  if (named.length) reach = named[named.length - 1].last;
  // counted from the end of its own people, which may be a long list ("with the co-chairs — X of A, Y of B and Z of C — together with W")
  const end = Math.min(Math.max(to.agent, to.companion), tokens.length, reach + 1 + EXTRA_REACH);
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    // "the meeting took place, which was attended by X": a relative clause on the meeting
    if (i > tr.last && t.clause !== clause && RELATIVES.has(t.low) && BE_FORMS.has(tokens[i + 1]?.low ?? '')) clause = t.clause;
    if (t.clause !== clause && !(t.aside && i > tr.last)) { if (i > tr.last) break; continue; }
    if (t.quoted || view.itemAt[i] >= 0) continue;
    const cue = EXTRA_CUES.find((c) => c.words[0] === t.low && wordsAt(tokens, i, c.words));
    if (!cue || i >= (cue.role === 'participant' ? to.companion : to.agent)) continue;
    const after = i + cue.words.length;
    const items = listAfter(view, after, t.aside).filter((it) => !inside(it) && !it.possessive);
    if (!items.length) continue;
    const gapOk = i > tr.last
      ? plainGap(tokens, reach + 1, i)
      : plainGap(tokens, items[items.length - 1].last + 1, Math.min(tr.first, ...args.subject.map((it) => it.first)));
    if (!gapOk) continue;
    out.push({ items, role: cue.role, at: i });
    if (i > tr.last) reach = items[items.length - 1].last;
    i = after - 1;
  }
  return out;
}

/** Only venue and date words between a phrase and the meeting it belongs to ("talks in Washington on Friday, hosted by"). */
function plainGap(tokens: Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // venue, date and topic words ("talks in Moscow on Monday on the Karabakh settlement, at the invitation of")
    if (t.text === ',' || t.cap || /^\p{N}/u.test(t.text) || EXTRA_GAP_WORDS.has(t.low) || TOPIC_NOUNS.has(t.low)) continue;
    return false;
  }
  return true;
}

