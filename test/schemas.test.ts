import { describe, it, expect, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { CACHE, cli } from './cli-helpers.js';
import { schemaPath } from '../src/load/schema.js';
import { readKnowledgeFile, KnowledgeError } from '../src/knowledge/load.js';
import { readExpectations, ExpectError } from '../src/check/expect.js';

// Every JSON output has a schema shipped with the package, and real output validates against
// it; knowledge and expect files are held to theirs when read.

const SEEDS = 'fixtures/seeds';
const cached = ['--cache', CACHE];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-schemas-'));
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); fs.rmSync(CACHE, { recursive: true, force: true }); });

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (name: string) => {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(fs.readFileSync(schemaPath(name), 'utf8'))));
  return compiled.get(name)!;
};
function valid(name: string, data: unknown): void {
  const v = validator(name);
  const ok = v(data);
  expect({ name, errors: v.errors ?? [] }).toEqual({ name, errors: [] });
  expect(ok).toBe(true);
}

describe('output schemas', () => {
  for (const command of ['entities', 'meetings', 'ceasefires', 'dates', 'graph', 'timeline']) {
    it(`${command} --json validates against ${command}.schema.json`, () => {
      const r = cli([command, '--json', ...cached, SEEDS, 'fixtures/no-such-file.txt']);
      const doc = JSON.parse(r.stdout);
      expect(doc.errors).toHaveLength(1);
      valid(command, doc);
    });
  }

  it('plover records validate, and check --format json', () => {
    for (const line of cli(['meetings', '--format', 'plover', ...cached, SEEDS]).stdout.trimEnd().split('\n')) valid('plover', JSON.parse(line));
    valid('check', JSON.parse(cli(['check', '--format', 'json', '--no-progress', SEEDS]).stdout));
  });

  it('the schemas can fail: a meeting with one participant and an unknown mode is rejected', () => {
    const v = validator('meetings');
    expect(v({ schemaVersion: 1, errors: [], meetings: [{ participants: ['Solo'], location: null, date: '2016-13', mode: 'pigeon', status: 'held', host: null, mediators: [], cameo: '043', sources: [] }] })).toBe(false);
    expect((v.errors ?? []).map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/meetings/0/participants', '/meetings/0/mode', '/meetings/0/sources']));
  });
});

describe('input schemas', () => {
  it('the bundled knowledge validates against knowledge.schema.json', () => {
    for (const f of ['people', 'places', 'organizations', 'ceasefires']) valid('knowledge', JSON.parse(fs.readFileSync(`src/knowledge/data/${f}.json`, 'utf8')));
  });

  it('a user knowledge file that breaks the schema is refused with where and why', () => {
    const file = path.join(dir, 'k.json');
    fs.writeFileSync(file, JSON.stringify({ places: [{ id: 'x', name: 'Xville', kind: 'city', lat: 200 }] }));
    expect(() => readKnowledgeFile(file)).toThrow(KnowledgeError);
    expect(() => readKnowledgeFile(file)).toThrow(/places\[0\]\.lat must be <= 90/);
    const r = cli(['entities', '--knowledge', file, '--no-cache', SEEDS]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lat must be <= 90/);
  });

  it('an expect file with a misspelt field is refused at its line', () => {
    const file = path.join(dir, 'expect.json');
    fs.writeFileSync(file, '{\n  "files": {\n    "a.txt": {\n      "meetings": [\n        { "participants": ["A B", "C D"], "stauts": "held" }\n      ]\n    }\n  }\n}\n');
    expect(() => readExpectations(file)).toThrow(ExpectError);
    expect(() => readExpectations(file)).toThrow(/expect\.json:5: files\.a\.txt\.meetings\[0\] must NOT have additional properties \("stauts"\)/);
  });

  it('the schemas ship with the package', () => {
    const files = JSON.parse(fs.readFileSync('package.json', 'utf8')).files as string[];
    expect(files).toContain('src/render/schema');
  });
});
