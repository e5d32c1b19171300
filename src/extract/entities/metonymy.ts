// Place names used as something else. A building that stands for the government inside it: "the Kremlin said", "a White House
// spokesman", "according to the Elysee" name an institution; "talks in the Kremlin" a place.
// Only knowledge entries marked `alsoOrganization` are read this way.

import type { KnownEntity } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';

/** Words right after the name that make it the institution speaking or acting. */
const AFTER = /^[\s,'’s]*(?:spokes(?:man|woman|person)|chief\b|press\s+(?:service|secretary|office)|aides?|advis[eo]rs?|officials?|readout|website|statement|(?:has\s+|had\s+)?(?:said|says|announced|stated|insisted|denied|confirmed|warned|welcomed|condemned|called|urged|added|responded|declined|expects?|hopes?|wants?|believes?))\b/i;
/** Words right before it that do the same. */
const BEFORE = /\b(?:according\s+to|told|quoted\s+by|statement\s+from|sources?\s+(?:in|at))\s+(?:the\s+)?$/i;

export function usedAsOrganization(entity: KnownEntity, text: string, start: number, end: number): boolean {
  if (entity.type !== 'place' || !(entity.entry as PlaceEntry).alsoOrganization) return false;
  return AFTER.test(text.slice(end, end + 40)) || BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** The word after a place name that makes the pair a document's name: "Rome Statute", "the Bishkek protocol", "Madrid Principles". */
const DOCUMENT_AFTER = /^[\s-]+(?:statute|protocol|principles|declaration|communiqu[eé]|treaty|accords?|final\s+act|charter)\b/i;

/** True when a place's name is the first word of a document's name: the place itself is not mentioned. */
export function namesADocument(entity: KnownEntity, text: string, end: number): boolean {
  return entity.type === 'place' && DOCUMENT_AFTER.test(text.slice(end, end + 30));
}
