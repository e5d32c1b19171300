import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { KnowledgeFile } from './types.js';
import { validateKnowledge } from './validate.js';
import { schemaProblems } from '../load/schema.js';
import { describeReadError, LIMITS, readTextFile } from '../load/bounded.js';

// The bundled data lives in src/knowledge/data (shipped with the package); this file runs from
// src/knowledge (tests) or dist/knowledge (the CLI), two levels below the package root either way.
const DATA_DIR = fileURLToPath(new URL('../../src/knowledge/data/', import.meta.url));
const BUNDLED = ['people.json', 'places.json', 'organizations.json', 'ceasefires.json'];

export class KnowledgeError extends Error {}

export interface KnowledgeSource {
  /** where it came from, for messages */
  name: string;
  data: KnowledgeFile;
  /** the file's text, for the version hash */
  text: string;
}

/**
 * The shipped knowledge files. One missing is a broken installation, never an empty knowledge
 * base: without it every name, place and ceasefire would silently go unfound.
 */
export function readBundledKnowledge(dir = DATA_DIR): KnowledgeSource[] {
  return BUNDLED.map((f) => {
    if (!fs.existsSync(dir + f)) throw new KnowledgeError(`the installation is incomplete: its knowledge file ${dir + f} is missing (reinstall karabakh-cli)`);
    return readKnowledgeFile(dir + f, `bundled ${f}`);
  });
}

/** Reads and validates one knowledge file; errors name the file and the entry. */
export function readKnowledgeFile(file: string, name = file): KnowledgeSource {
  let text: string;
  try { text = readTextFile(file, LIMITS.table); } catch (e) { throw new KnowledgeError(`cannot read knowledge file ${file}: ${describeReadError(e)}`); }
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { throw new KnowledgeError(`knowledge file ${file} is not valid JSON: ${(e as Error).message}`); }
  const problems = validateKnowledge(data);
  // a user's file is also held to the shipped schema (the bundled data is, in the tests)
  if (!problems.length && !name.startsWith('bundled ')) problems.push(...schemaProblems('knowledge', data).map((p) => p.message));
  if (problems.length) throw new KnowledgeError(`knowledge file ${file}:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : ''}`);
  return { name, data: data as KnowledgeFile, text };
}

/** A hash of every source's text: the cache key's knowledge part. */
export function versionOf(sources: KnowledgeSource[]): string {
  const hash = createHash('sha256');
  for (const s of sources) hash.update(s.text).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Later sources replace earlier entries with the same id, and add the rest. */
export function mergeKnowledge(sources: KnowledgeSource[]): { data: Required<Omit<KnowledgeFile, 'about'>>; version: string } {
  const merged = { people: new Map(), places: new Map(), organizations: new Map(), ceasefires: new Map() } as const;
  for (const s of sources) {
    for (const section of ['people', 'places', 'organizations', 'ceasefires'] as const) {
      for (const entry of s.data[section] ?? []) (merged[section] as Map<string, unknown>).set(entry.id, entry);
    }
  }
  return {
    data: {
      people: [...merged.people.values()],
      places: [...merged.places.values()],
      organizations: [...merged.organizations.values()],
      ceasefires: [...merged.ceasefires.values()],
    },
    version: versionOf(sources),
  };
}
