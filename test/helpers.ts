import { loadKnowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import type { ArticleFacts, EntityFact, Meeting } from '../src/types.js';

export const kb = () => loadKnowledge();

/** Facts of a text, with an optional article date. */
export function facts(text: string, date?: string): ArticleFacts {
  return processText('test.txt', text, kb(), date ? { date } : {});
}

export function names(list: EntityFact[]): string[] {
  return list.map((e) => e.name).sort();
}

/** The meetings of a text, with an optional article date. */
export function meetingsOf(text: string, date?: string): Meeting[] {
  return facts(text, date).meetings;
}

/** The meeting of exactly these people, if one was found. */
export function findMeeting(list: Meeting[], ...people: string[]): Meeting | undefined {
  return list.find((m) => people.every((n) => m.participants.includes(n)) && m.participants.length === people.length);
}

/** A meeting's participants, sorted. */
export function people(m: Meeting): string[] {
  return [...m.participants].sort();
}

/** A meeting as its sorted participants joined by " + ". */
export function who(m: Meeting): string {
  return people(m).join(' + ');
}

/** Each meeting as `who` says it, the list sorted: an order-free picture of who met. */
export function pairs(ms: Meeting[]): string[] {
  return ms.map(who).sort();
}
