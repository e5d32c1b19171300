// What a sentence says of the ceasefire it mentions: agreed, called for, holding, violated
// (and who accuses whom), extended, or only mentioned. Read from the words around the
// mention, not the mention itself ("ceasefire agreement" says nothing about agreeing).

import type { CeasefireClaimKind } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { EntityMention } from '../entities/index.js';
import { isMutual, sidesIn, type SideMention } from './sides.js';
import type { Doc } from '../../types.js';

const VIOLATED = /\b(?:violat\w*|breach\w*|broke|broken|break(?:s|ing)?|flout\w*|collaps\w*|shatter\w*|fell\s+apart|unravel\w*|disregard\w*|not\s+respected|failed\s+to\s+(?:hold|respect|observe))\b/i;
const EXTENDED = /\b(?:extend\w*|extension|prolong\w*|renew\w*)\b/i;
const CALLED_FOR = /\b(?:urg\w*|call(?:s|ed|ing)?\s+(?:for|on|upon)|appeal\w*|demand\w*|press(?:ed|ing)?\s+for|push(?:ed|ing)?\s+for|insist\w*|propos\w*|seek\w*|sought|hope\w*|should|must|need\s+to|restor\w*|reaffirm\w*|would\s+be\s+welcome|want\w*|to\s+(?:respect|observe|adhere|abide|comply|ensure|strengthen|consolidate|shore\s+up))\b/i;
const AGREED = /\b(?:agree\w*|sign\w*|announc\w*|brokered|brokering|reach\w*|struck|hammered\s+out|clinch\w*|seal\w*|declar\w*|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+(?:force|effect)|entered\s+into\s+force|halted|ended|put\s+an\s+end|establish\w*|negotiated|mediated|achieved|secured|concluded)\b/i;
const HOLDING = /\b(?:hold\w*|held|respect\w*|observ\w*|adher\w*|abid\w*|compl(?:y|ied|iance)|maintain\w*|in\s+(?:force|place|effect)|implement\w*|sustainable|stable|committed|largely\s+quiet|oversee|monitor\w*|shaky|fragile|tenuous|uneasy)\b/i;

/** Words that show a mention is about a truce in force, even an indefinite one ("restore a truce"). */
export const ABOUT_CURRENT_TRUCE = /\b(?:restor\w*|respect\w*|observ\w*|shore\s+up|reaffirm\w*|strengthen\w*|consolidat\w*|fragile|shaky|tenuous|uneasy|current|existing|holding|violat\w*|breach\w*|monitor\w*|adher\w*|abid\w*)\b/i;

/** "the truce has largely held", "the ceasefire is holding": said of it right after it is named */
const HOLDS_NOW = /…\s*[,]?\s*(?:(?:has|have|had|is|was|remains|remained|appears\s+to|seems\s+to)\s+)?(?:been\s+)?(?:largely\s+|mostly\s+|generally\s+|broadly\s+|still\s+)?(?:held|holding|holds|respected|observed)\b/i;

/**
 * The kind of claim the words around a mention make (`around` is "before … after");
 * violations first: they matter most.
 */
export function claimKind(around: string): CeasefireClaimKind {
  if (VIOLATED.test(around)) return 'violated';
  if (HOLDS_NOW.test(around)) return 'holding';
  if (EXTENDED.test(around)) return 'extended';
  if (CALLED_FOR.test(around)) return 'called-for';
  if (AGREED.test(around)) return 'agreed';
  if (HOLDING.test(around)) return 'holding';
  return 'mentioned';
}

/**
 * Who accuses whom of a violation, from the sentence: "X accused Y of violating", "both sides
 * accuse the other", "Azerbaijani forces violated the truce, Armenia said". Null where the
 * text does not say.
 */
export function accusation(doc: Doc, sentenceStart: number, sentenceEnd: number, mentions: EntityMention[], k: Knowledge): { accuser: string | null; accused: string | null } {
  const text = doc.article.text;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const accus = /\baccus\w*|\bblam\w*/i.exec(sentence);
  const violation = VIOLATED.exec(sentence);
  const sides = sidesIn(doc, sentenceStart, sentenceEnd, mentions, k);
  if (accus) {
    const at = sentenceStart + accus.index;
    const before = sentence.slice(Math.max(0, accus.index - 80), accus.index + accus[0].length + 30);
    if (isMutual(before)) return { accuser: 'both sides', accused: 'both sides' };
    const accuser = nearestBefore(sides, at);
    const stop = violation && sentenceStart + violation.index > at ? sentenceStart + violation.index : sentenceEnd;
    const accused = sides.find((s) => s.start > at && s.start < stop && s.name !== accuser?.name) ?? null;
    return { accuser: accuser?.name ?? null, accused: accused?.name ?? null };
  }
  if (!violation) return { accuser: null, accused: null };
  if (isMutual(sentence)) return { accuser: 'both sides', accused: 'both sides' };
  const at = sentenceStart + violation.index;
  // "violations by Azerbaijani forces" / "violated by Armenia": the side after "by"
  const by = /^\w*\s+by\s+/i.exec(sentence.slice(violation.index));
  const accused = by
    ? sides.find((s) => s.start >= at + by[0].length - 1) ?? null
    : nearestBefore(sides, at);
  // "..., Armenia's defence ministry said": the other side that speaks
  const saidAt = /\b(?:said|says|claimed|claims|reported|according\s+to|alleged)\b/i.exec(sentence);
  let accuser: SideMention | null = null;
  if (saidAt) {
    const s = sentenceStart + saidAt.index;
    accuser = sides.filter((x) => x.name !== accused?.name).sort((a, b) => Math.abs(a.start - s) - Math.abs(b.start - s))[0] ?? null;
  }
  return { accuser: accuser?.name ?? null, accused: accused?.name ?? null };
}

/** The nearest side before an offset, a country or territory over a bare person's name. */
function nearestBefore(sides: SideMention[], at: number): SideMention | null {
  const before = sides.filter((s) => s.end <= at);
  if (!before.length) return null;
  const territorial = before.filter((s) => s.territorial);
  return (territorial.length ? territorial : before)[(territorial.length ? territorial : before).length - 1];
}
