import type { CorpusMeeting } from '../../aggregate/meetings.js';
import type { Knowledge } from '../../knowledge/index.js';
import { actorAt, officeLabel, type Actor } from '../../knowledge/actors.js';
import { eventCoding, geoOf } from './cameo.js';

// PLOVER event records (the Open Event Data Alliance's successor to CAMEO), one JSON object
// per line: the CAMEO code of each meeting mapped as CAMEO2PLOVER maps it (04x → CONSULT with
// mode phone/visit/host/third-party, 036 → AGREE, 125 → REJECT with mode meet), compound actors (the
// state or organisation, the sector, the person), date, location and the text that shows it.

/** CAMEO2PLOVER's modes of CONSULT; mediation (045) and negotiation (046) have none, only the diplomatic context. */
const MODES: Record<string, string> = { '041': 'phone', '042': 'visit', '043': 'host', '044': 'third-party' };

function actor(a: Actor) {
  return { code: a.code, country: a.country || null, sector: a.type || null, name: a.name, offices: a.offices.map(officeLabel) };
}

export interface PloverRecord {
  id: string;
  date: string | null;
  event: 'CONSULT' | 'AGREE' | 'REJECT';
  mode: string | null;
  context: string[];
  source: ReturnType<typeof actor>[];
  target: ReturnType<typeof actor>[];
  location: { name: string; country: string | null; lat: number | null; long: number | null } | null;
  cameo: string;
  text: { file: string; url: string | null; sentence: string; start: number; end: number }[];
}

/** One record per meeting: the host (or the first named) is the source, the others the target. */
export function ploverRecords(meetings: CorpusMeeting[], k: Knowledge): PloverRecord[] {
  return meetings.map((m, i) => {
    const date = m.date ?? m.sources.find((s) => s.articleDate)?.articleDate ?? null;
    const coding = eventCoding(m);
    const event = coding.root === '03' ? 'AGREE' : coding.root === '12' ? 'REJECT' : 'CONSULT';
    const first = m.host && m.participants.includes(m.host) ? m.host : m.participants[0];
    const geo = geoOf(k, m.location);
    return {
      id: `karabakh-cli-${i + 1}`,
      date: m.date,
      event,
      mode: event === 'CONSULT' ? MODES[coding.code] ?? null : event === 'REJECT' ? 'meet' : null,
      context: ['diplomatic'],
      source: [actor(actorAt(k, first, date))],
      target: m.participants.filter((p) => p !== first).map((p) => actor(actorAt(k, p, date))),
      location: geo ? { name: geo.fullName, country: geo.country || null, lat: geo.lat, long: geo.long } : null,
      cameo: coding.code,
      text: m.sources.flatMap((s) => s.evidence.map((e) => ({ file: s.file, url: s.url ?? null, sentence: e.sentence, start: e.start, end: e.end }))),
    };
  });
}

export function plover(meetings: CorpusMeeting[], k: Knowledge): string {
  return ploverRecords(meetings, k).map((r) => JSON.stringify(r) + '\n').join('');
}
