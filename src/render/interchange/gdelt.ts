import type { CorpusMeeting } from '../../aggregate/meetings.js';
import type { Knowledge } from '../../knowledge/index.js';
import { actorAt } from '../../knowledge/actors.js';
import { eventCoding, geoOf } from './cameo.js';

// GDELT 1.0 event records, tab-separated, one per pair of participants of a meeting, so tools
// built for GDELT load these events. Every GDELT 1.0 column is present, in GDELT's order
// (after a header line); those that do not apply to a news corpus analysed offline (actor
// religion, ethnicity, actor geography, tone, feature ids) are left empty.

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** Reported in the lead: GDELT's IsRootEvent, here "an evidence sentence starts in the first 800 characters of a report". */
const LEAD_CHARS = 800;

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** SQLDATE, MonthYear, Year, FractionDate; a month or a year alone counts from its first day. */
function dateFields(date: string | null): string[] {
  if (!date) return ['', '', '', ''];
  const [y, m = '01', d = '01'] = date.split('-');
  const day = Math.floor((Date.UTC(+y, +m - 1, +d) - Date.UTC(+y, 0, 1)) / 86_400_000);
  return [`${y}${m}${d}`, `${y}${m}`, y, (+y + day / 365).toFixed(4)];
}

export function gdelt(meetings: CorpusMeeting[], k: Knowledge): string {
  const out = [GDELT_COLUMNS.join('\t')];
  let id = 0;
  for (const m of meetings) {
    // the meeting's date; an undated one is placed at its first report's date, as GDELT dates events
    const date = m.date ?? m.sources.find((s) => s.articleDate)?.articleDate ?? null;
    const coding = eventCoding(m);
    const geo = geoOf(k, m.location);
    const mentions = m.sources.reduce((n, s) => n + Math.max(1, s.evidence.length), 0);
    const root = m.sources.some((s) => s.evidence.some((e) => e.start < LEAD_CHARS)) ? '1' : '0';
    const url = m.sources.find((s) => s.url)?.url ?? m.sources[0]?.file ?? '';
    const actors = m.participants.map((p) => actorAt(k, p, date));
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const [a, b] = [actors[i], actors[j]];
        const row: Record<string, string> = {
          GLOBALEVENTID: String(++id),
          Actor1Code: a.code, Actor1Name: a.name.toUpperCase(), Actor1CountryCode: a.country, Actor1Type1Code: a.type,
          Actor2Code: b.code, Actor2Name: b.name.toUpperCase(), Actor2CountryCode: b.country, Actor2Type1Code: b.type,
          IsRootEvent: root, EventCode: coding.code, EventBaseCode: coding.base, EventRootCode: coding.root,
          QuadClass: String(coding.quadClass), GoldsteinScale: coding.goldstein.toFixed(1),
          NumMentions: String(mentions), NumSources: String(m.sources.length), NumArticles: String(m.sources.length),
          ActionGeo_Type: geo ? String(geo.type) : '0', ActionGeo_FullName: geo?.fullName ?? '', ActionGeo_CountryCode: geo?.fips ?? '',
          ActionGeo_Lat: geo?.lat?.toString() ?? '', ActionGeo_Long: geo?.long?.toString() ?? '',
          SOURCEURL: url,
        };
        [row.SQLDATE, row.MonthYear, row.Year, row.FractionDate] = dateFields(date);
        row.DATEADDED = row.SQLDATE;
        out.push(GDELT_COLUMNS.map((c) => clean(row[c] ?? '')).join('\t'));
      }
    }
  }
  return out.join('\n') + '\n';
}
