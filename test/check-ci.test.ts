import { describe, it, expect, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { cli } from './cli-helpers.js';

// check in CI: SARIF that validates against the OASIS schema, --max-warnings, --quiet, the
// job summary line.

const require = createRequire(import.meta.url);
const Ajv4 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-ci-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
};

// an empty file (error), an undated article (no-date warning), a dated one
const ARTICLE = 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels with European Council President Charles Michel to discuss border delimitation, the opening of transport links and the humanitarian issues left by the war. ';
const empty = write('corpus/empty.txt', '');
const undated = write('corpus/undated.txt', ARTICLE.repeat(2));
const dated = write('clean/dated.txt', 'YEREVAN, March 3, 2021 - Russian President Vladimir Putin spoke by telephone with the Armenian prime minister about the work of the Russian peacekeepers in Nagorno-Karabakh, the return of prisoners of war and the reopening of the roads through the region, the Kremlin said in a statement on Wednesday after the call. The two leaders also agreed to meet in Moscow later in the spring.');

describe('check --format sarif', () => {
  // unicodeRegExp off: one pattern of the OASIS schema is not valid with the u flag
  it('validates against the SARIF 2.1.0 schema, with a result per finding at its file and line', () => {
    const r = cli(['check', '--format', 'sarif', '--no-progress', empty, undated]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync('test/fixtures/schemas/sarif-2.1.0.json', 'utf8')));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const results = log.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    expect(results.map((x) => [x.ruleId, x.level])).toEqual([['empty', 'error'], ['no-date', 'warning']]);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/corpus\/empty\.txt$/);
    expect(results[0].locations[0].physicalLocation.region.startLine).toBe(1);
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('expected-facts');
    expect(r.stderr).toMatch(/karabakh-cli check: 1 error, 1 warning in 2 files/);
  });

  it('the schema rejects a log that breaks it (the validation can fail)', () => {
    const ajv = new Ajv4({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync('test/fixtures/schemas/sarif-2.1.0.json', 'utf8')));
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
  });
});

describe('check options for CI', () => {
  it('--max-warnings: more warnings than allowed is exit 1, as many is 0', () => {
    expect(cli(['check', '--no-progress', undated, dated]).status).toBe(0);
    expect(cli(['check', '--max-warnings', '0', '--no-progress', undated, dated]).status).toBe(1);
    expect(cli(['check', '--max-warnings', '1', '--no-progress', undated, dated]).status).toBe(0);
    expect(cli(['check', '--max-warnings', '-1', undated]).status).toBe(2);
  });

  it('--quiet prints errors only', () => {
    const r = cli(['check', '--quiet', '--format', 'json', '--no-progress', empty, undated]);
    const doc = JSON.parse(r.stdout);
    expect(doc.warningCount).toBe(0);
    expect(doc.files.flatMap((f: { messages: { ruleId: string }[] }) => f.messages.map((m) => m.ruleId))).toEqual(['empty']);
  });

  it('appends a summary line to $GITHUB_STEP_SUMMARY', () => {
    const summary = path.join(dir, 'summary.md');
    cli(['check', '--format', 'github', '--no-progress', empty, undated, dated], { GITHUB_STEP_SUMMARY: summary });
    expect(fs.readFileSync(summary, 'utf8')).toBe('karabakh-cli check: 1 error, 1 warning in 3 files\n');
  });
});
