import type { ArticleFacts, Evidence, Meeting, MeetingStatus, Time } from '../types.js';
import { fold } from '../knowledge/text.js';
import { compareRank, type Rank } from './order.js';
import { dayDiff, prefixAgree } from '../time/partial.js';

/** One article's report of a meeting. */
export interface MeetingSource {
  file: string;
  /** the article's own date, when known */
  articleDate: Time | null;
  /** the article's address and outlet, when its page, record, sidecar or manifest gives them */
  url?: string;
  outlet?: string;
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
  /**
   * Each article's reports, kept until the result: merging is greedy, so it runs in one
   * canonical order (path, then position in the article) whatever order articles arrive in,
   * and `merge` over shards prints what the single run prints. Memory grows with the number
   * of meeting reports, not of articles.
   */
  private readonly reports: { rank: Rank; meeting: Meeting; source: MeetingSource }[] = [];

  constructor(private readonly perArticle = false) {}

  add(facts: ArticleFacts): void {
    const articleDate = facts.date?.value ?? null;
    facts.meetings.forEach((m, index) => {
      const evidence = m.evidence.slice(0, MAX_EVIDENCE_PER_SOURCE);
      this.reports.push({ rank: { file: facts.file, index }, meeting: { ...m, evidence: [] }, source: { file: facts.file, articleDate, ...whereFrom(facts), evidence } });
    });
  }

  result(): CorpusMeeting[] {
    const rows: CorpusMeeting[] = [];
    // rows by participants, so finding a report's meeting does not scan the whole corpus
    const byKey = new Map<string, CorpusMeeting[]>();
    for (const { meeting: m, source } of [...this.reports].sort((a, b) => compareRank(a.rank, b.rank))) {
      const key = participantKey(m.participants);
      let same = byKey.get(key);
      if (!same) byKey.set(key, (same = []));
      const found = this.perArticle ? undefined : same.find((row) => sameMeeting(row, m, source.articleDate));
      if (found) { merge(found, m, { ...source, evidence: [...source.evidence] }); continue; }
      const { evidence: _evidence, ...rest } = m;
      const row: CorpusMeeting = { ...rest, participants: [...m.participants], mediators: [...m.mediators], sources: [{ ...source, evidence: [...source.evidence] }] };
      rows.push(row);
      same.push(row);
    }
    // Array.prototype.sort is stable: ties keep the canonical order.
    return rows.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.participants.join().localeCompare(b.participants.join()));
  }
}

/** The url and outlet of an article, for its sources: present only when known. */
export function whereFrom(facts: ArticleFacts): { url?: string; outlet?: string } {
  const out: { url?: string; outlet?: string } = {};
  if (facts.meta?.url) out.url = facts.meta.url;
  if (facts.meta?.source) out.outlet = facts.meta.source;
  return out;
}

/** A source as a table cell: the file, and its outlet when known. */
export function sourceCell(s: { file: string; outlet?: string }): string {
  return s.outlet ? `${s.file} (${s.outlet})` : s.file;
}

function participantKey(names: string[]): string {
  return [...new Set(names.map(fold))].sort().join('|');
}

function sameMeeting(row: CorpusMeeting, m: Meeting, articleDate: Time | null): boolean {
  if (row.mode !== m.mode) return false;
  if (row.location && m.location && fold(row.location) !== fold(m.location)) return false;
  if ((row.status === 'not-held') !== (m.status === 'not-held') && row.status !== 'planned' && m.status !== 'planned') return false;
  // a date assumed from the article's own day says no more than an undated report
  const rowDate = row.dateAssumed ? null : row.date;
  const mDate = m.dateAssumed ? null : m.date;
  if (rowDate && mDate) return prefixAgree(rowDate, mDate);
  if (!rowDate && !mDate) return !row.date || !m.date || nearAfter(row.date < m.date ? row.date : m.date, row.date < m.date ? m.date : row.date);
  // one report is undated: it must come from around the time of the dated one
  const dated = (rowDate ?? mDate)!;
  const reportDates = rowDate ? [articleDate] : row.sources.map((s) => s.articleDate);
  return reportDates.every((d) => !d || nearAfter(dated, d));
}

/** Is `report` within the lag after (or on) `meeting`, at the precision both give? */
function nearAfter(meeting: Time, report: Time): boolean {
  if (meeting.length < 10 || report.length < 10) return prefixAgree(meeting, report);
  const days = dayDiff(meeting, report);
  return days >= -1 && days <= REPORT_LAG_DAYS;
}

const STATUS_WEIGHT: Record<MeetingStatus, number> = { held: 3, 'not-held': 2, planned: 1 };

function merge(row: CorpusMeeting, m: Meeting, source: MeetingSource): void {
  row.location ??= m.location;
  if (m.date && (!row.date || (row.dateAssumed && !m.dateAssumed) || (m.date.length > row.date.length && !m.dateAssumed))) {
    row.date = m.date;
    row.dateAssumed = m.dateAssumed;
  }
  // the codes follow the status (a held report's 04x over a plan's 036), else the more specific one
  if (STATUS_WEIGHT[m.status] > STATUS_WEIGHT[row.status]) {
    row.status = m.status;
    row.cameo = m.cameo;
  } else if (m.status === row.status && row.cameo === '040') row.cameo = m.cameo;
  row.ploverMode ??= m.ploverMode;
  row.host ??= m.host;
  for (const x of m.mediators) if (!row.mediators.includes(x)) row.mediators.push(x);
  const same = row.sources.find((s) => s.file === source.file);
  if (same) same.evidence.push(...source.evidence.slice(0, MAX_EVIDENCE_PER_SOURCE - same.evidence.length));
  else row.sources.push(source);
}
