import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import { Ajv } from 'ajv';
import { runCorpus } from '../src/pipeline/run.js';
import { SCHEMA_VERSION } from '../src/cli/commands/analyze.js';
import { kb } from './helpers.js';

const schema = JSON.parse(fs.readFileSync('src/render/schema/analyze.schema.json', 'utf8'));

describe('the JSON contract of analyze', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('validates the real output for the seed fixtures', async () => {
    const articles: unknown[] = [];
    const errors: { file: string; message: string }[] = [];
    for await (const r of runCorpus(['fixtures/seeds', 'fixtures/does-not-exist.txt'], kb, { jobs: 1, cacheDir: null })) {
      if (r.error) errors.push(r.error);
      else articles.push(JSON.parse(r.line));
    }
    const doc = { schemaVersion: SCHEMA_VERSION, articles, errors };
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(articles).toHaveLength(5);
    expect(errors).toEqual([{ file: 'fixtures/does-not-exist.txt', message: 'no such file or folder' }]);
  });

  it('rejects output that breaks the contract', () => {
    const bad = { schemaVersion: 1, errors: [], articles: [{ file: 'a.txt', date: { value: '16 May 2016', source: 'byline' }, people: [], places: [], organizations: [], meetings: [{ participants: ['Solo'], location: null, date: null, mode: 'carrier pigeon', status: 'held' }], ceasefires: [] }] };
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/articles/0/meetings/0/participants', '/articles/0/meetings/0/mode']));
  });
});
