import fs from 'node:fs';
import { describeReadError, LIMITS, readTextFile } from '../load/bounded.js';
import path from 'node:path';
import type { ArticleFacts, Meeting, MeetingMode, MeetingStatus } from '../types.js';
import { fold } from '../knowledge/text.js';
import { isIsoDate } from '../load/metadata.js';
import { positionOfOffset } from './position.js';
import { pointerSegment, valueLines } from './json-lines.js';
import { schemaProblems } from '../load/schema.js';
import { contains } from '../time/partial.js';

// The --expect file: facts an analyst verified, which extraction must keep finding. Format
// (documented in README, "Expected facts"):
//
// { "files": { "corpus/putin-meets.txt": {
//     "date": "2016-06-20",
//     "meetings": [{ "participants": ["Vladimir Putin", "Ilham Aliyev"],
//                    "date": "2016-06-20", "place": "Saint Petersburg", "mode": "in-person", "status": "held" }],
//     "ceasefires": [{ "date": "2016-04-05" }] } } }
//
// Paths are relative to the expect file's folder. Every field but a meeting's participants is
// optional; what is given must match, what is left out is not compared. Dates match at the
// precision given ("2016-04" accepts "2016-04-05"); names match ignoring case and accents.

export class ExpectError extends Error {}

export interface ExpectedMeeting {
  /** its line in the expect file */
  line?: number;
  participants: string[];
  date?: string;
  place?: string;
  mode?: MeetingMode;
  status?: MeetingStatus;
}

export interface ExpectedCeasefire {
  line?: number;
  date?: string;
  name?: string;
}

export interface ExpectedFacts {
  date?: string;
  /** the line of the article date */
  dateLine?: number;
  meetings: ExpectedMeeting[];
  ceasefires: ExpectedCeasefire[];
}

export interface ExpectEntry {
  /** the path as written in the expect file */
  key: string;
  /** its line in the expect file, for messages */
  line: number;
  facts: ExpectedFacts;
}

const MODES = ['in-person', 'phone', 'video'];
const STATUSES = ['held', 'planned', 'not-held'];

export class Expectations {
  private readonly byPath = new Map<string, ExpectEntry>();

  constructor(readonly source: string, entries: ExpectEntry[]) {
    const base = path.dirname(source);
    for (const e of entries) this.byPath.set(path.resolve(base, e.key), e);
  }

  /** The expectations about an input file, if any. */
  forFile(file: string): ExpectEntry | undefined {
    return file === '-' ? undefined : this.byPath.get(path.resolve(file));
  }

  /** Entries naming files that do not exist: a typo would otherwise switch them off silently. */
  missingFiles(): ExpectEntry[] {
    return [...this.byPath.entries()].filter(([abs]) => !fs.existsSync(abs)).map(([, e]) => e);
  }
}

/** Reads and validates an expect file; every problem names the file, the line and what to fix. */
export function readExpectations(file: string): Expectations {
  let text: string;
  try { text = readTextFile(file, LIMITS.table); } catch (e) { throw new ExpectError(`cannot read --expect file ${file}: ${describeReadError(e)}`); }
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { throw new ExpectError(`${file}${jsonErrorLine(text, e as Error)}: not valid JSON: ${(e as Error).message}`); }
  const problems: string[] = [];
  const entries: ExpectEntry[] = [];
  const files = isObject(data) ? data.files : undefined;
  if (!isObject(files)) throw new ExpectError(`${file}: expected an object { "files": { "<path>": { "date", "meetings", "ceasefires" } } }`);
  const lines = valueLines(text);
  for (const [key, value] of Object.entries(files)) {
    const pointer = `/files/${pointerSegment(key)}`;
    const line = lineOfKey(text, key);
    const at = `${file}:${line}: "${key}"`;
    // each fact remembers its own line, so a regression points at it
    const facts = readFacts(value, at, problems, (sub) => lines.get(`${pointer}/${sub}`));
    if (facts) entries.push({ key, line, facts });
  }
  // then the shipped schema, each problem at the line of the value it is about
  if (!problems.length) for (const p of schemaProblems('expect', data)) problems.push(`${file}:${lines.get(p.pointer) ?? 1}: ${p.message}`);
  if (problems.length) throw new ExpectError(problems.join('\n'));
  return new Expectations(file, entries);
}

function readFacts(v: unknown, at: string, problems: string[], lineOf: (pointer: string) => number | undefined): ExpectedFacts | null {
  if (!isObject(v)) { problems.push(`${at}: must be an object with any of date, meetings, ceasefires`); return null; }
  for (const k of Object.keys(v)) if (!['date', 'meetings', 'ceasefires'].includes(k)) problems.push(`${at}: unknown field "${k}" (allowed: date, meetings, ceasefires)`);
  const facts: ExpectedFacts = { meetings: [], ceasefires: [] };
  if (v.date !== undefined) {
    facts.date = readDate(v.date, `${at}: date`, problems);
    facts.dateLine = lineOf('date');
  }
  facts.meetings = readList(v.meetings, `${at}: meetings`, problems, (m, where, index) => {
    const participants = Array.isArray(m.participants) && m.participants.length >= 2 && m.participants.every((p) => typeof p === 'string' && p.trim())
      ? (m.participants as string[]) : null;
    if (!participants) { problems.push(`${where}: participants must list two or more names`); return null; }
    const out: ExpectedMeeting = { participants, line: lineOf(`meetings/${index}`) };
    if (m.date !== undefined) out.date = readDate(m.date, `${where}: date`, problems);
    if (m.place !== undefined) {
      if (typeof m.place === 'string' && m.place.trim()) out.place = m.place; else problems.push(`${where}: place must be a name`);
    }
    if (m.mode !== undefined) {
      if (MODES.includes(m.mode as string)) out.mode = m.mode as MeetingMode; else problems.push(`${where}: mode must be one of ${MODES.join(', ')}`);
    }
    if (m.status !== undefined) {
      if (STATUSES.includes(m.status as string)) out.status = m.status as MeetingStatus; else problems.push(`${where}: status must be one of ${STATUSES.join(', ')}`);
    }
    return out;
  });
  facts.ceasefires = readList(v.ceasefires, `${at}: ceasefires`, problems, (c, where, index) => {
    const out: ExpectedCeasefire = { line: lineOf(`ceasefires/${index}`) };
    if (c.date !== undefined) out.date = readDate(c.date, `${where}: date`, problems);
    if (c.name !== undefined) {
      if (typeof c.name === 'string' && c.name.trim()) out.name = c.name; else problems.push(`${where}: name must be text`);
    }
    if (out.date === undefined && out.name === undefined) { problems.push(`${where}: give a date or a name`); return null; }
    return out;
  });
  return facts;
}

/** A list of facts; `item` gets each entry's index (the caller turns it into a line). */
function readList<T>(v: unknown, at: string, problems: string[], item: (o: Record<string, unknown>, where: string, index: number) => T | null): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) { problems.push(`${at}: must be a list`); return []; }
  const out: T[] = [];
  v.forEach((o, i) => {
    const where = `${at}[${i}]`;
    if (!isObject(o)) { problems.push(`${where}: must be an object`); return; }
    const t = item(o, where, i);
    if (t) out.push(t);
  });
  return out;
}

function readDate(v: unknown, at: string, problems: string[]): string | undefined {
  if (typeof v === 'string' && isIsoDate(v)) return v;
  problems.push(`${at}: must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"`);
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The line where a file key is written (JSON.parse keeps no positions; the key's first occurrence is close enough). */
function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? 1 : positionOfOffset(text, at).line;
}

/** " line N" from a JSON.parse message that gives a position. */
function jsonErrorLine(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  return m ? `:${positionOfOffset(text, Number(m[1])).line}` : '';
}

export interface Regression {
  message: string;
  /** the line of the fact in the expect file, when known */
  line?: number;
}

/** What an analyst expected and extraction no longer finds, one message per missing fact. */
export function regressions(expected: ExpectedFacts, facts: ArticleFacts): Regression[] {
  const out: Regression[] = [];
  if (expected.date !== undefined && !dateMatches(expected.date, facts.date?.value)) {
    out.push({ message: `article date ${expected.date} is no longer extracted (got ${facts.date?.value ?? 'none'})`, line: expected.dateLine });
  }
  for (const m of expected.meetings) {
    const same = facts.meetings.filter((f) => sameNames(f.participants, m.participants));
    if (same.some((f) => meetingDifferences(m, f).length === 0)) continue;
    const label = `meeting of ${m.participants.join(', ')}`;
    if (same.length) out.push({ message: `${label} is extracted with ${meetingDifferences(m, same[0]).join(', ')}`, line: m.line });
    else out.push({ message: `${label} is no longer extracted`, line: m.line });
  }
  for (const c of expected.ceasefires) {
    const found = facts.ceasefires.some((f) => (c.date === undefined || dateMatches(c.date, f.date)) && (c.name === undefined || fold(f.name) === fold(c.name)));
    if (!found) out.push({ message: `ceasefire ${[c.name, c.date].filter(Boolean).join(' of ')} is no longer extracted`, line: c.line });
  }
  return out;
}

function meetingDifferences(m: ExpectedMeeting, f: Meeting): string[] {
  const d: string[] = [];
  if (m.date !== undefined && !dateMatches(m.date, f.date)) d.push(`date ${f.date ?? 'none'} instead of ${m.date}`);
  if (m.place !== undefined && fold(f.location ?? '') !== fold(m.place)) d.push(`place ${f.location ?? 'none'} instead of ${m.place}`);
  if (m.mode !== undefined && f.mode !== m.mode) d.push(`mode ${f.mode} instead of ${m.mode}`);
  if (m.status !== undefined && f.status !== m.status) d.push(`status ${f.status} instead of ${m.status}`);
  return d;
}

/** A date matches at the precision the analyst gave: "2016-04" is matched by "2016-04-05", not the reverse. */
export function dateMatches(expected: string, actual: string | null | undefined): boolean {
  return actual != null && (actual === expected || contains(expected, actual));
}

function sameNames(a: string[], b: string[]): boolean {
  const x = new Set(a.map(fold));
  const y = new Set(b.map(fold));
  return x.size === y.size && [...x].every((n) => y.has(n));
}
