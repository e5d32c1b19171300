import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadKnowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import { runCheck, effectiveLevels, type CheckOptions } from '../src/check/engine.js';
import { readExpectations, regressions, ExpectError } from '../src/check/expect.js';
import { formatterByName } from '../src/check/formatters/index.js';
import { RULES, ruleById } from '../src/check/rules/index.js';
import { SimilarityIndex, fingerprint } from '../src/check/similarity.js';
import { firstInvalidUtf8, positionOfByte } from '../src/check/position.js';
import { exitCodeOf } from '../src/cli/commands/check.js';
import { topicDemonyms, topicEvidence } from '../src/check/topic.js';
import type { CheckResult, CheckSubject, Finding, RuleContext, RuleLevel } from '../src/check/types.js';
import type { ArticleFacts } from '../src/types.js';

const SEEDS = path.resolve('fixtures/seeds');
const FIXTURES = path.resolve('test/fixtures/check');
const seedNames = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seed = (i: number) => fs.readFileSync(path.join(SEEDS, seedNames[i]), 'utf8');
const knowledge = loadKnowledge();

let dir: string;
let n = 0;
/** A fresh folder per test, so duplicates in one test never leak into another. */
function folder(files: Record<string, string | Buffer>): string {
  const d = path.join(dir, `case-${n++}`);
  fs.mkdirSync(d, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    fs.writeFileSync(path.join(d, name), content);
  }
  return d;
}

function check(paths: string[], options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  return runCheck(paths, { knowledge, ...options });
}

/** Every finding of a result, as "file-basename rule-id line". */
function found(result: CheckResult): string[] {
  return result.files.flatMap((f) => f.findings.map((x) => `${path.basename(x.file)} ${x.ruleId} ${x.line}`));
}

function findingsOf(result: CheckResult, name: string): Finding[] {
  return result.files.find((f) => path.basename(f.file) === name)?.findings ?? [];
}

const levels = (o: Record<string, RuleLevel>) => new Map(Object.entries(o));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-check-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rules', () => {
  it('the seed articles pass every error rule', async () => {
    const r = await check([SEEDS]);
    expect(r.errorCount).toBe(0);
    expect(r.usage).toEqual([]);
    expect(r.files).toHaveLength(seedNames.length);
  });

  it('every rule has an id, a default level and a description, and ids are unique', async () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      expect(['warn', 'error']).toContain(r.level);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('not-readable: a broken link in a folder is reported, not dropped', async () => {
    const d = folder({ 'a.txt': seed(0) });
    fs.symlinkSync(path.join(d, 'gone.txt'), path.join(d, 'broken.txt'));
    const r = await check([d]);
    expect(found(r)).toContain('broken.txt not-readable 1');
    expect(findingsOf(r, 'broken.txt')[0].message).toMatch(/no such file/);
  });

  it('not-readable: a file over --max-bytes says how to fix it', async () => {
    const d = folder({ 'big.txt': seed(0) });
    const f = (await check([d], { maxBytes: 100 })).files[0].findings[0];
    expect(f.ruleId).toBe('not-readable');
    expect(f.message).toMatch(/too large.*--max-bytes/);
  });

  it('not-utf8: names the line and column of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('Armenia and Azerbaijan\nfirst line\nthe caf'), Buffer.from([0xe9]), Buffer.from(' in Baku\n')]);
    const d = folder({ 'latin1.txt': bytes });
    const [f] = (await check([d])).files[0].findings;
    expect(f).toMatchObject({ ruleId: 'not-utf8', severity: 'error', line: 3, column: 8 });
    expect(f.message).toMatch(/iconv/);
  });

  it('not-utf8: UTF-16 text', async () => {
    const d = folder({ 'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Armenia', 'utf16le')]) });
    expect(found(await check([d]))).toEqual(['utf16.txt not-utf8 1']);
  });

  it('binary: names the line of the first NUL byte', async () => {
    const d = folder({ 'image.txt': Buffer.concat([Buffer.from('GIF89a\nline two\n'), Buffer.from([0, 1, 2, 3])]) });
    const [f] = (await check([d])).files[0].findings;
    expect(f).toMatchObject({ ruleId: 'binary', line: 3, column: 1 });
  });

  it('bad-metadata: a front-matter date that is not a date', async () => {
    const d = folder({ 'meta.txt': `---\ndate: yesterday\n---\n${seed(0)}` });
    const [f] = (await check([d])).files[0].findings;
    expect(f.ruleId).toBe('bad-metadata');
    expect(f.message).toMatch(/yesterday/);
  });

  it('empty: no words at all, blank lines included', async () => {
    const d = folder({ 'empty.txt': '', 'blank.txt': '  \n\n\t \n' });
    expect(found(await check([d])).sort()).toEqual(['blank.txt empty 1', 'empty.txt empty 1']);
  });

  it('furniture-only: nothing left after cleaning', async () => {
    const r = await check([path.join(FIXTURES, 'furniture-only.txt')]);
    expect(found(r)).toEqual(['furniture-only.txt furniture-only 1']);
  });

  it('too-short: below --min-words, and the minimum is configurable', async () => {
    const d = folder({ 'teaser.txt': 'Aliyev and Pashinyan met in Brussels on Sunday, 14 May 2023, to discuss the peace treaty.' });
    const dated = { levels: levels({ 'no-date': 'off' }) };
    expect(found(await check([d], dated))).toEqual(['teaser.txt too-short 1']);
    expect(findingsOf(await check([d]), 'teaser.txt')[0].message).toMatch(/only 16 words .*minimum 50/);
    expect(found(await check([d], { ...dated, settings: { minWords: 10 } }))).toEqual([]);
  });

  it('duplicate: the same text with other spacing, case and furniture; the later file names the earlier', async () => {
    const copy = `Share\n\n${seed(1).toUpperCase().replace(/ /g, '  ')}\nTweet\n`;
    const d = folder({ 'a.txt': seed(1), 'b.txt': copy });
    const r = await check([d]);
    expect(found(r)).toEqual(['b.txt duplicate 1']);
    expect(findingsOf(r, 'b.txt')[0].message).toContain(path.join(d, 'a.txt'));
  });

  it('near-duplicate: an edited copy, with the similarity and the other file named; threshold configurable', async () => {
    const edited = seed(3).replace(/Sochi/g, 'Sotchi').replace(/Putin/, 'the Russian leader');
    const d = folder({ 'a.txt': seed(3), 'b.txt': edited, 'c.txt': seed(0) });
    const r = await check([d], { levels: levels({ 'no-date': 'off' }) });
    expect(found(r)).toEqual(['b.txt near-duplicate 1']);
    expect(findingsOf(r, 'b.txt')[0].message).toMatch(new RegExp(`\\d+% similar to ${path.join(d, 'a.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(found(await check([d], { settings: { similarity: 1 }, levels: levels({ 'no-date': 'off' }) }))).toEqual([]);
  });

  it('duplicate of --against: the corpus is compared, and the input itself inside it is skipped', async () => {
    const corpus = folder({ 'old/a.txt': seed(2), 'old/b.txt': seed(4) });
    const incoming = folder({ 'new.txt': seed(2) });
    const r = await check([path.join(incoming, 'new.txt')], { against: [path.join(corpus, 'old')], levels: levels({ 'no-date': 'off' }) });
    expect(found(r)).toEqual(['new.txt duplicate 1']);
    expect(findingsOf(r, 'new.txt')[0].message).toContain(path.join(corpus, 'old', 'a.txt'));
    // a pull request's new file is also in the checked-out corpus: it must not match itself
    expect(found(await check([path.join(corpus, 'old', 'a.txt')], { against: [path.join(corpus, 'old')], levels: levels({ 'no-date': 'off' }) }))).toEqual([]);
  });

  it('--against: an unreadable corpus file is a note, a missing folder a usage error', async () => {
    const corpus = folder({ 'a.txt': seed(2), 'bad.txt': Buffer.from([0, 1, 2]) });
    const r = await check([path.join(SEEDS, seedNames[0])], { against: [corpus, path.join(dir, 'nowhere')] });
    expect(r.notes.map((x) => path.basename(x.file))).toEqual(['bad.txt']);
    expect(r.usage.map((x) => x.message)).toEqual(['--against: no such file or folder']);
  });

  it('off-topic: a football report; the seeds are on topic', async () => {
    const r = await check([path.join(FIXTURES, 'off-topic-football.txt'), SEEDS]);
    expect(found(r).filter((x) => x.includes('off-topic'))).toEqual(['off-topic-football.txt off-topic 1']);
  });

  it('off-topic: one adjective ("Azerbaijani") is enough', async () => {
    const text = `${fs.readFileSync(path.join(FIXTURES, 'off-topic-football.txt'), 'utf8')}\nThe winner was scored by an Azerbaijani midfielder.\n`;
    expect(found(await check([folder({ 'x.txt': text })]))).toEqual([]);
    expect(topicEvidence(processText('x.txt', text, knowledge), topicDemonyms(text, knowledge), knowledge)).toEqual({ reason: 'the word "Azerbaijani"' });
    expect(topicEvidence(processText('x.txt', seed(0), knowledge), topicDemonyms(seed(0), knowledge), knowledge)).not.toBeNull();
  });

  it('no-date: a warning by default; metadata gives the date', async () => {
    const undated = seed(2);
    const d = folder({ 'undated.txt': undated, 'dated.txt': `---\ndate: 2016-06-20\n---\n${undated} ` });
    const r = await check([d], { settings: { similarity: 1 }, levels: levels({ duplicate: 'off' }) });
    expect(found(r)).toEqual(['undated.txt no-date 1']);
    expect(r.files.find((f) => f.file.endsWith('undated.txt'))).toMatchObject({ errorCount: 0, warningCount: 1 });
  });

  it('extraction-failed: an exception is reported with the file, not thrown', async () => {
    const rule = ruleById('extraction-failed')!;
    const subject: CheckSubject = { file: 'x.txt', loaded: true, rawWords: 3, words: 3, demonyms: [], extractionError: new TypeError('boom') };
    expect(rule.check(subject, {} as RuleContext)[0].message).toMatch(/^extraction failed: boom .*report this file/);
    expect(rule.check({ ...subject, extractionError: undefined }, {} as RuleContext)).toEqual([]);
  });
});

describe('--rule', () => {
  it('turns a rule off, to a warning, or to an error', async () => {
    const d = folder({ 'football.txt': fs.readFileSync(path.join(FIXTURES, 'off-topic-football.txt')), 'undated.txt': seed(2) });
    expect((await check([d])).errorCount).toBe(1);
    expect((await check([d], { levels: levels({ 'off-topic': 'off' }) })).errorCount).toBe(0);
    const warned = await check([d], { levels: levels({ 'off-topic': 'warn' }) });
    expect(warned).toMatchObject({ errorCount: 0, warningCount: 2 });
    expect((await check([d], { levels: levels({ 'no-date': 'error' }) })).errorCount).toBe(2);
  });

  it('keeps the default level of the rules it does not name', async () => {
    const l = effectiveLevels(levels({ 'no-date': 'off' }));
    expect(l.get(ruleById('no-date')!)).toBe('off');
    expect(l.get(ruleById('duplicate')!)).toBe('error');
  });
});

describe('--expect', () => {
  const expectFile = path.join(FIXTURES, 'expect-seeds.json');

  it('passes when every verified fact is still extracted', async () => {
    const r = await check([SEEDS], { expectations: readExpectations(expectFile), levels: levels({ 'no-date': 'off' }) });
    expect(found(r)).toEqual([]);
  });

  it('a lost date, meeting or ceasefire is an error at the line of that fact in the expect file', async () => {
    const file = path.join(folder({}), 'expect.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const target = path.relative(path.dirname(file), path.join(SEEDS, seedNames[0]));
    fs.writeFileSync(file, JSON.stringify({ files: { [target]: {
      date: '2016-06-21',
      meetings: [
        { participants: ['Vladimir Putin', 'Recep Tayyip Erdoğan'] },
        { participants: ['Vladimir Putin', 'Serzh Sargsyan', 'Ilham Aliyev'], place: 'Moscow' },
      ],
      ceasefires: [{ date: '2020-11-10' }],
    } } }, null, 2));
    const r = await check([path.join(SEEDS, seedNames[0])], { expectations: readExpectations(file) });
    const findings = r.files[0].findings.filter((f) => f.ruleId === 'expected-facts');
    const messages = findings.map((f) => f.message);
    expect(messages).toHaveLength(4);
    expect(findings.every((f) => f.file === file)).toBe(true);
    const text = fs.readFileSync(file, 'utf8').split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    // the date's line, each meeting's opening brace, the ceasefire's
    expect(findings.map((f) => f.line)).toEqual([lineOf('"date": "2016-06-21"'), lineOf('"meetings"') + 1, lineOf('"place": "Moscow"') - 6, lineOf('"date": "2020-11-10"') - 1]);
    expect(messages[0]).toMatch(/^.*000_.*: article date 2016-06-21 is no longer extracted \(got 2016-06-20\)$/);
    expect(messages[1]).toMatch(/meeting of Vladimir Putin, Recep Tayyip Erdoğan is no longer extracted/);
    expect(messages[2]).toMatch(/is extracted with place Saint Petersburg instead of Moscow/);
    expect(messages[3]).toMatch(/ceasefire 2020-11-10 is no longer extracted/);
    expect(r.errorCount).toBeGreaterThanOrEqual(4);
  });

  it('compares dates at the precision given, names without case or accents', async () => {
    const facts = processText('x.txt', seed(0), knowledge);
    const meeting = facts.meetings[0];
    const expected = {
      date: facts.date!.value.slice(0, 7),
      meetings: [{ participants: meeting.participants.map((p) => p.toUpperCase()), date: meeting.date?.slice(0, 4) }],
      ceasefires: [],
    };
    expect(regressions(expected, facts)).toEqual([]);
    const none: ArticleFacts = { ...facts, date: null, meetings: [], ceasefires: [] };
    expect(regressions(expected, none)).toHaveLength(2);
  });

  it('an invalid file is refused with the file, line and what to fix', async () => {
    const bad = path.join(dir, 'bad-expect.json');
    fs.writeFileSync(bad, '{\n  "files": {\n    "a.txt": { "date": "June" ,\n');
    expect(() => readExpectations(bad)).toThrow(ExpectError);
    fs.writeFileSync(bad, JSON.stringify({ files: { 'a.txt': { date: 'June', meetings: [{ participants: ['One'] }], colour: 1 } } }, null, 2));
    let message = '';
    try { readExpectations(bad); } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/bad-expect\.json:3: "a\.txt": unknown field "colour"/);
    expect(message).toMatch(/date: must be "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
    expect(message).toMatch(/meetings\[0\]: participants must list two or more names/);
  });

  it('an entry naming a file that does not exist is a usage error', async () => {
    const file = path.join(dir, 'typo-expect.json');
    fs.writeFileSync(file, JSON.stringify({ files: { 'no-such-article.txt': { date: '2020' } } }));
    const r = await check([path.join(SEEDS, seedNames[0])], { expectations: readExpectations(file) });
    expect(r.usage[0].message).toMatch(/"no-such-article.txt" does not exist/);
    expect(exitCodeOf(r)).toBe(2);
  });
});

describe('formatters and exit codes', () => {
  const sample = (): Promise<CheckResult> => {
    const d = folder({ 'empty.txt': '', 'ok.txt': seed(0), 'undated.txt': seed(2) });
    return check([d]);
  };

  it('stylish: file, line:column, severity, message and rule; colour only when asked', async () => {
    const r = (await sample());
    const plain = formatterByName('stylish')!(r, { colour: false });
    expect(plain).toMatch(/empty\.txt\n {2}1:1 {2}error {2}empty file.* {2}empty\n/);
    expect(plain).toMatch(/1:1 {2}warning {2}no article date.* {2}no-date/);
    expect(plain).toMatch(/✖ 2 problems \(1 error, 1 warning\) in 3 files checked/);
    expect(plain).not.toMatch(/\u001b\[/);
    expect(formatterByName('stylish')!(r, { colour: true })).toMatch(/\u001b\[/);
  });

  it('json: valid JSON with every file and counts', async () => {
    const doc = JSON.parse(formatterByName('json')!((await sample()), { colour: true }));
    expect(doc).toMatchObject({ schemaVersion: 1, errorCount: 1, warningCount: 1 });
    expect(doc.files).toHaveLength(3);
    expect(doc.files.find((f: { file: string }) => f.file.endsWith('empty.txt')).messages[0]).toMatchObject({ ruleId: 'empty', severity: 'error', line: 1, column: 1 });
  });

  it('github: one workflow command per finding, escaped', async () => {
    const r: CheckResult = {
      files: [{ file: 'corpus/a,b.txt', errorCount: 1, warningCount: 1, findings: [
        { ruleId: 'binary', severity: 'error', file: 'corpus/a,b.txt', line: 3, column: 2, message: '100% bad\nreally' },
        { ruleId: 'no-date', severity: 'warning', file: 'corpus/a,b.txt', line: 1, column: 1, message: 'no date' },
      ] }],
      usage: [], notes: [], errorCount: 1, warningCount: 1,
    };
    const lines = formatterByName('github')!(r, { colour: true }).trim().split('\n');
    expect(lines[0]).toBe('::error file=corpus/a%2Cb.txt,line=3,col=2,title=karabakh-cli binary::100%25 bad%0Areally');
    expect(lines[1]).toBe('::warning file=corpus/a%2Cb.txt,line=1,col=1,title=karabakh-cli no-date::no date');
  });

  it('exit codes: 0 warnings only, 1 errors, 2 usage problems', async () => {
    const base: CheckResult = { files: [], usage: [], notes: [], errorCount: 0, warningCount: 3 };
    expect(exitCodeOf(base)).toBe(0);
    expect(exitCodeOf({ ...base, errorCount: 1 })).toBe(1);
    expect(exitCodeOf({ ...base, errorCount: 1, usage: [{ file: 'x', message: 'no such file or folder' }] })).toBe(2);
  });

  it('an unknown format name has no formatter', async () => {
    expect(formatterByName('toString')).toBeUndefined();
    expect(formatterByName('xml')).toBeUndefined();
  });
});

describe('similarity', () => {
  it('estimates near 1 for a copy, near 0 for another article, and finds the nearest', async () => {
    const a = fingerprint(seed(0))!;
    const index = new SimilarityIndex(0.5);
    index.add('a', a);
    index.add('b', fingerprint(seed(1))!);
    expect(index.nearest(fingerprint(seed(0) + ' extra words at the end here')!)?.name).toBe('a');
    expect(index.nearest(fingerprint(seed(2))!)).toBeUndefined();
    expect(fingerprint('too few words')).toBeNull();
  });

  it('finds the first invalid UTF-8 byte, overlong forms and surrogates included', async () => {
    expect(firstInvalidUtf8(Buffer.from('Ağdam — Şuşa ✓ 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // truncated
    expect(positionOfByte(Buffer.from('ab\ncd\nef'), 7)).toEqual({ line: 3, column: 2 });
  });
});

describe('the built CLI', () => {
  const cli = path.resolve('bin/karabakh-cli');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  let corpus: string;

  beforeAll(() => {
    if (!fs.existsSync(path.resolve('dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before the tests');
    corpus = folder({});
    for (const f of seedNames) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    fs.writeFileSync(path.join(corpus, 'empty.txt'), '');
    let x = 12345;
    fs.writeFileSync(path.join(corpus, 'random.txt'), Buffer.from(Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff)));
    fs.copyFileSync(path.join(SEEDS, seedNames[1]), path.join(corpus, 'zz-copy.txt'));
    fs.copyFileSync(path.join(FIXTURES, 'off-topic-football.txt'), path.join(corpus, 'football.txt'));
  });

  it('check on the seeds exits 0', async () => {
    const r = run(['check', SEEDS]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a folder with an empty file, random bytes, a copy and an off-topic article exits 1 and names each', async () => {
    const r = run(['check', corpus]);
    expect(r.status).toBe(1);
    for (const [name, rule] of [['empty.txt', 'empty'], ['random.txt', 'binary'], ['zz-copy.txt', 'duplicate'], ['football.txt', 'off-topic']]) {
      expect(r.stdout).toMatch(new RegExp(`${name}\\n {2}\\d+:\\d+ +error .* ${rule}\\n`));
    }
    expect(r.stdout).toMatch(/same text as .*001_26684f6b87d066f5\.txt/);
  });

  it('--format github prints an ::error line for each bad file', async () => {
    const r = run(['check', corpus, '--format', 'github']);
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error file='));
    expect(errors.map((l) => path.basename(/file=([^,]+)/.exec(l)![1])).sort()).toEqual(['empty.txt', 'football.txt', 'random.txt', 'zz-copy.txt']);
  });

  it('--format json is valid JSON', async () => {
    const r = run(['check', corpus, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errorCount).toBe(4);
  });

  it('usage problems exit 2 and say what is wrong', async () => {
    const unknownRule = run(['check', SEEDS, '--rule', 'nope=off']);
    expect(unknownRule.status).toBe(2);
    expect(unknownRule.stderr).toMatch(/unknown rule "nope"; rules: not-readable/);
    expect(run(['check', SEEDS, '--format', 'xml']).status).toBe(2);
    expect(run(['check', SEEDS, '--similarity', '2']).status).toBe(2);
    const missing = run(['check', path.join(corpus, 'nope.txt'), SEEDS]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file or folder/);
    expect(missing.stdout).toMatch(/5 files checked/); // the rest was still checked
    expect(run(['check', SEEDS, '--expect', path.join(corpus, 'none.json')]).stderr).toMatch(/cannot read --expect file .*none\.json: no such file/);
  });

  it('reads stdin as "-"', async () => {
    const r = run(['check', '-'], seed(0));
    expect(r.status).toBe(0);
    expect(run(['check', '-'], '').stdout).toMatch(/-\n {2}1:1 +error +empty file/);
  });

  it('every command survives a corpus of bad files, names each, and processes the rest', async () => {
    for (const cmd of ['analyze', 'entities']) {
      const r = run([cmd, '--json', corpus]);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stderr).toMatch(/random\.txt: binary file/);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.status).toBe(1);
    }
  });

  it('output piped into head ends quietly', async () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" analyze --ndjson "${SEEDS}" "${corpus}" | head -c 10`], { encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});
