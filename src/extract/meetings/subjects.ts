import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import type { Tok } from './tokens.js';
import { clauseStart, MAX_LOOKBACK, usable } from './lists.js';

// The subject a subject-less clause borrows: the main clause's ("Michel said after hosting X"),
// or the one after a sentence-opening subordinate clause ("After hosting X, Michel said").

/** Object-taking words that begin a clause: the person right after them is no subject ("told Aliyev after ..."). */
const OBJECT_CLAUSE_STARTS = new Set(['told', 'tells', 'who', 'whom', 'whose', 'which']);

/**
 * The subject of the clause a subject-less subordinate clause hangs on: "Michel said after
 * hosting X and Y" (the first list of the nearest clause before with one, relative clauses and
 * "told X" skipped), or "After hosting X and Y, Michel said" (the list right after the comma).
 */
export function mainSubject(view: SentenceView, pos: number): Item[] {
  const { tokens, items, itemAt } = view;
  const w = clauseStart(tokens, pos);
  // a speech frame: "..., Michel said after hosting X" — the speaker right before the speech verb
  const speaker = speakerBefore(view, pos);
  if (speaker.length) return speaker;
  const limit = Math.max(0, w - MAX_LOOKBACK);
  let i = w - 1;
  while (i >= limit) {
    if (tokens[i].text === ';' || tokens[i].text === ':') return [];
    let cs = i;
    while (cs > limit && tokens[cs - 1].clause === tokens[i].clause) cs--;
    if (!OBJECT_CLAUSE_STARTS.has(tokens[cs].low)) {
      for (let x = cs; x <= i; x++) {
        if (itemAt[x] < 0) continue;
        const it = items[itemAt[x]];
        if (!usable(it)) { x = it.last; continue; }
        const list = view.listOf.get(it)!;
        return list.slice(list.indexOf(it)).filter((y) => usable(y) && y.last <= i);
      }
    }
    i = cs - 1;
  }
  // the subordinate clause opens the sentence ("After hosting X, Michel said", "Speaking after
  // hosting X, Michel said"): the subject follows its comma
  if (w > 8) return [];
  for (let x = 0; x < w; x++) if (itemAt[x] >= 0 || tokens[x].text === ',' || tokens[x].quoted) return [];
  for (let x = pos + 1; x < tokens.length && x - pos <= MAX_LOOKBACK; x++) {
    const t = tokens[x];
    if (t.text === ';' || t.text === ':' || t.quoted) return [];
    if (t.text !== ',') continue;
    const it = itemAt[x + 1] >= 0 ? items[itemAt[x + 1]] : null;
    if (!it || !usable(it)) return [];
    const list = view.listOf.get(it)!;
    return list.slice(list.indexOf(it)).filter(usable);
  }
  return [];
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'noted', 'wrote', 'declared', 'insisted', 'stressed']);
const SUBORDINATORS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'following', 'as']);

/** "X said after hosting ...": the list right before the speech verb that the subordinator follows. */
function speakerBefore(view: SentenceView, pos: number): Item[] {
  const { tokens, items, itemAt } = view;
  let sub = pos - 1;
  while (sub >= 0 && pos - sub <= 3 && !SUBORDINATORS.has(tokens[sub].low)) sub--;
  const verb = sub - 1;
  if (sub < 0 || pos - sub > 3 || !tokens[verb] || !SPEECH_VERBS.has(tokens[verb].low)) return [];
  const at = itemAt[verb - 1];
  if (at === undefined || at < 0 || !usable(items[at])) return [];
  const list = view.listOf.get(items[at])!;
  return list.slice(0, list.indexOf(items[at]) + 1).filter(usable);
}

/** Does the trigger stand in a clause with its own subordinator and no subject ("after first meeting ...")? */
export function subordinate(tokens: Tok[], pos: number): boolean {
  const start = clauseStart(tokens, pos);
  const first = tokens[start].low;
  return ['after', 'before', 'while', 'when', 'as', 'since', 'by', 'upon', 'following', 'having'].includes(first) || /ing$/.test(tokens[pos].low);
}

