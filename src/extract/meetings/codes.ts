import type { PloverMode } from '../../types.js';
import type { PlaceKind } from '../../knowledge/types.js';
import type { ArticleScope } from './scope.js';
import { inPerson, type Candidate } from './candidate.js';

// Event codes of one meeting, by the CAMEO codebook (v1.1b3) and PLOVER's consult modes.

/** How the parties came together, as far as the text tells: the ground both codes stand on. */
type Format = 'remote' | 'host' | 'visit' | 'third-place' | 'home-and-away' | null;

const VENUE_KINDS: PlaceKind[] = ['city', 'capital', 'landmark', 'country'];

function format(m: Candidate, scope: ArticleScope): Format {
  if (!inPerson(m)) return 'remote';
  if (m.host) return 'host';
  if (m.cameoHint === '042') return 'visit';
  const country = m.place?.country;
  if (!country || !m.place || !VENUE_KINDS.includes(m.place.kind)) return null;
  const nationalities = m.keys.map((k) => scope.people.get(k)?.entry?.nationality);
  if (nationalities.some((n) => !n)) return null;
  const atHome = nationalities.filter((n) => n === country).length;
  if (atHome === 0) return 'third-place';
  // some met at home, the others travelled there: a visit the text does not name as one
  return atHome < nationalities.length ? 'home-and-away' : null;
}

/**
 * CAMEO by status first: a plan is 036 "Express intent to meet or negotiate"; a meeting that did
 * not happen is no 04x consult: 125 "Reject proposal to meet, discuss, or negotiate" when a side
 * refused, skipped or boycotted it, else 164 "Halt negotiations" (called off, postponed,
 * suspended, did not take place). A held meeting: mediation 045, a call 041 ("Discuss by
 * telephone", video links too), a host 043, a visit 042, a meeting away from every participant's
 * country 044, negotiation 046, a meeting in some participants' country 042, else consult 040.
 */
export function cameoCode(m: Candidate, scope: ArticleScope): string {
  if (m.status === 'planned') return '036';
  if (m.status === 'not-held') return m.notHeld === 'rejected' ? '125' : '164';
  if (m.mediators.length) return '045';
  const f = format(m, scope);
  if (f === 'remote') return '041';
  if (f === 'host') return '043';
  if (f === 'visit') return '042';
  if (f === 'third-place') return '044';
  if (m.cameoHint === '046') return '046';
  return f === 'home-and-away' ? '042' : '040';
}

/**
 * PLOVER consult mode: phone (video links too: PLOVER has no video mode), multilateral (more than
 * two participants), host, visit, third-party; null when the text does not say how they met.
 * It describes the meeting's format whatever its status.
 */
export function ploverMode(m: Candidate, scope: ArticleScope): PloverMode | null {
  const f = format(m, scope);
  if (f === 'remote') return 'phone';
  if (m.keys.length > 2) return 'multilateral';
  if (f === 'host') return 'host';
  if (f === 'visit' || f === 'home-and-away') return 'visit';
  return f === 'third-place' ? 'third-party' : null;
}
