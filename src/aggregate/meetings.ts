import type { ArticleFacts, Evidence, Meeting, MeetingStatus, Time } from '../types.js';
import { fold } from '../knowledge/text.js';

/** One article's report of a meeting. */
export interface MeetingSource {
  file: string;
  /** the article's own date, when known */
  articleDate: Time | null;
  /** the article's address, when its metadata gives one */
  url?: string;
  evidence: Evidence[];
}

/** A meeting across the corpus: one row however many articles report it. */
export interface CorpusMeeting extends Omit<Meeting, 'evidence'> {
  sources: MeetingSource[];
}

/** How far after a meeting an article without a date for it may still be reporting it. */
const REPORT_LAG_DAYS = 14;
const MAX_EVIDENCE_PER_SOURCE = 3;

/**
 * Merges the meetings of many articles: one row per real meeting. Two reports are one meeting
 * when they name the same people, their dates agree (an undated report counts as "around its
 * article's date"), their places agree or one is unknown, and they were held the same way.
 * A plan and a report of the same meeting merge too: the row then says what happened.
 */
export class MeetingAggregator {
  private readonly rows: { key: string; row: CorpusMeeting }[] = [];

  constructor(private readonly perArticle = false) {}

  add(facts: ArticleFacts): void {
    const articleDate = facts.date?.value ?? null;
    for (const m of facts.meetings) {
      const source: MeetingSource = { file: facts.file, articleDate, ...(facts.meta?.url ? { url: facts.meta.url } : {}), evidence: m.evidence.slice(0, MAX_EVIDENCE_PER_SOURCE) };
      const key = participantKey(m.participants);
      const { evidence: _evidence, ...rest } = m;
      const found = this.perArticle ? undefined : this.rows.find((r) => r.key === key && sameMeeting(r.row, m, articleDate));
      if (!found) {
        this.rows.push({ key, row: { ...rest, participants: [...m.participants], mediators: [...m.mediators], sources: [source] } });
        continue;
      }
      merge(found.row, m, source);
    }
  }

  result(): CorpusMeeting[] {
    return this.rows.map((r) => r.row).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.participants.join().localeCompare(b.participants.join()));
  }
}

function participantKey(names: string[]): string {
  return [...new Set(names.map(fold))].sort().join('|');
}

function sameMeeting(row: CorpusMeeting, m: Meeting, articleDate: Time | null): boolean {
  if (row.mode !== m.mode) return false;
  if (row.location && m.location && fold(row.location) !== fold(m.location)) return false;
  if ((row.status === 'not-held') !== (m.status === 'not-held') && row.status !== 'planned' && m.status !== 'planned') return false;
  if (row.date && m.date) return prefixAgree(row.date, m.date);
  if (!row.date && !m.date) return true;
  // one report is undated: it must come from around the time of the dated one
  const dated = (row.date ?? m.date)!;
  const reportDates = row.date ? [articleDate] : row.sources.map((s) => s.articleDate);
  return reportDates.every((d) => !d || nearAfter(dated, d));
}

function prefixAgree(a: Time, b: Time): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Is `report` within the lag after (or on) `meeting`, at the precision both give? */
function nearAfter(meeting: Time, report: Time): boolean {
  if (meeting.length < 10 || report.length < 10) return prefixAgree(meeting, report);
  const days = (Date.parse(report) - Date.parse(meeting)) / 86_400_000;
  return days >= -1 && days <= REPORT_LAG_DAYS;
}

const STATUS_WEIGHT: Record<MeetingStatus, number> = { held: 3, 'not-held': 2, planned: 1 };

function merge(row: CorpusMeeting, m: Meeting, source: MeetingSource): void {
  row.location ??= m.location;
  if (m.date && (!row.date || m.date.length > row.date.length)) row.date = m.date;
  if (STATUS_WEIGHT[m.status] > STATUS_WEIGHT[row.status]) row.status = m.status;
  row.host ??= m.host;
  for (const x of m.mediators) if (!row.mediators.includes(x)) row.mediators.push(x);
  if (row.cameo === '040') row.cameo = m.cameo;
  const same = row.sources.find((s) => s.file === source.file);
  if (same) same.evidence.push(...source.evidence.slice(0, MAX_EVIDENCE_PER_SOURCE - same.evidence.length));
  else row.sources.push(source);
}
