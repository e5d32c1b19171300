// Checks a knowledge file's shape so a user's mistake gets a message that names the entry,
// not a crash deep in extraction.

import { isIsoDate } from '../load/iso-date.js';

const SECTIONS = ['people', 'places', 'organizations', 'ceasefires'] as const;

export function validateKnowledge(data: unknown): string[] {
  const problems: string[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) return ['must be a JSON object with people, places, organizations and/or ceasefires arrays'];
  const d = data as Record<string, unknown>;
  const known = new Set<string>([...SECTIONS, 'about', '$schema']);
  for (const k of Object.keys(d)) if (!known.has(k)) problems.push(`unknown section "${k}" (expected ${SECTIONS.join(', ')})`);
  for (const section of SECTIONS) {
    const list = d[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) { problems.push(`${section} must be an array`); continue; }
    const ids = new Set<string>();
    list.forEach((e: unknown, i: number) => {
      const where = `${section}[${i}]`;
      if (!e || typeof e !== 'object') { problems.push(`${where} must be an object`); return; }
      const entry = e as Record<string, unknown>;
      const label = typeof entry.id === 'string' ? `${where} (${entry.id})` : where;
      if (typeof entry.id !== 'string' || !entry.id) problems.push(`${where}: "id" must be a non-empty string`);
      else if (ids.has(entry.id)) problems.push(`${label}: duplicate id`);
      else ids.add(entry.id);
      if (typeof entry.name !== 'string' || !entry.name.trim()) problems.push(`${label}: "name" must be a non-empty string`);
      for (const key of ['aliases', 'acronyms', 'demonyms', 'cues', 'brokers']) {
        const v = entry[key];
        if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) problems.push(`${label}: "${key}" must be an array of strings`);
      }
      if (section === 'places' && typeof entry.kind !== 'string') problems.push(`${label}: "kind" must be one of country, capital, city, region, landmark, continent, sea`);
      if (section === 'ceasefires') {
        if (typeof entry.date !== 'string' || !isIsoDate(entry.date)) problems.push(`${label}: "date" must be YYYY, YYYY-MM or YYYY-MM-DD`);
        if (!Array.isArray(entry.brokers)) problems.push(`${label}: "brokers" must be an array (may be empty)`);
      }
      if (section === 'people' && entry.offices !== undefined) {
        if (!Array.isArray(entry.offices)) problems.push(`${label}: "offices" must be an array`);
        else entry.offices.forEach((o: unknown, j: number) => {
          const office = (o ?? {}) as Record<string, unknown>;
          const ow = `${label}.offices[${j}]`;
          if (typeof office.role !== 'string') problems.push(`${ow}: "role" must be a string`);
          if (typeof office.country !== 'string') problems.push(`${ow}: "country" must be a string`);
          if (typeof office.start !== 'string' || !isIsoDate(office.start)) problems.push(`${ow}: "start" must be YYYY, YYYY-MM or YYYY-MM-DD`);
          if (office.end !== null && office.end !== undefined && (typeof office.end !== 'string' || !isIsoDate(office.end))) problems.push(`${ow}: "end" must be null or a date`);
        });
      }
    });
  }
  return problems;
}
