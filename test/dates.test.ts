import { describe, it, expect, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { scanText } from '../src/extract/dates/grammar.js';
import { articleFromText } from '../src/load/article.js';
import { annotate } from '../src/annotate/index.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { AnnotatedArticle, UserMetadata } from '../src/types.js';
import {
  extractDates,
  findArticleDate,
  mentionsIn,
  resolveDateExpression,
  sentenceTense,
  type Tense,
} from '../src/extract/dates/index.js';

const article = (raw: string, meta: UserMetadata = {}): AnnotatedArticle => annotate(articleFromText('t.txt', raw, meta), loadKnowledge());
const seed = (name: string): AnnotatedArticle => article(readFileSync(`fixtures/seeds/${name}`, 'utf8'));

// [expression, reference, tense, value, kind, end?]
type Row = [string, string | null, Tense, string | null, string, string?];

const TABLE: Row[] = [
  // weekdays: past looks back (the article's own day included), future looks forward
  ['Monday', '2016-06-20', 'past', '2016-06-20', 'relative'],
  ['on Monday', '2022-10-28', 'future', '2022-10-31', 'relative'],
  ['on Monday', '2022-10-28', 'past', '2022-10-24', 'relative'],
  ["Monday's encounter", '2016-05-16', 'past', '2016-05-16', 'relative'],
  ['on Saturday', '2022-10-28', 'past', '2022-10-22', 'relative'],
  ['on Friday', '2016-04-06', 'future', '2016-04-08', 'relative'],
  ['on Sunday', '2016-06-20', 'present', '2016-06-26', 'relative'],
  ['Monday night', '2016-06-22', 'past', '2016-06-20', 'relative'],
  ['last Saturday', '2016-04-06', 'past', '2016-04-02', 'relative'],
  ['last Saturday', '2016-04-06', 'future', '2016-04-02', 'relative'],
  ['next Monday', '2016-06-20', 'past', '2016-06-27', 'relative'],
  ['since last Saturday', '2016-04-09', 'past', '2016-04-02', 'relative'],
  // an explicit day and month wins over the weekday; the year makes it past
  ['last Saturday, April 2', '2016-04-06', 'past', '2016-04-02', 'relative'],
  ['Saturday (April 2)', '2016-04-06', 'past', '2016-04-02', 'relative'],
  ['Monday, May 16, 2016', null, 'past', '2016-05-16', 'date'],
  // deictic periods
  ['last year', '2016-06-20', 'past', '2015', 'relative'],
  ['next year', '2016-06-20', 'future', '2017', 'relative'],
  ['this year', '2016-06-20', 'past', '2016', 'relative'],
  ['last month', '2022-10-28', 'past', '2022-09', 'relative'],
  ['Last month', '2016-01-10', 'past', '2015-12', 'relative'],
  ['this month', '2022-10-28', 'past', '2022-10', 'relative'],
  ['earlier this month', '2022-10-28', 'past', '2022-10', 'relative'],
  ['later this year', '2022-10-28', 'future', '2022', 'relative'],
  ['next month', '2016-12-15', 'future', '2017-01', 'relative'],
  ['last week', '2016-06-20', 'past', '2016-06', 'relative'],
  ['next week', '2016-06-08', 'future', '2016-06', 'relative'],
  ['next week', '2016-06-22', 'future', '2016', 'relative'], // June 27 – July 3: only the year is sure
  ['this weekend', '2016-06-22', 'future', '2016-06', 'relative'],
  ['the end of last year', '2016-06-20', 'past', '2015', 'relative'],
  ['this summer', '2022-10-28', 'past', '2022', 'relative'],
  ['last summer', '2016-04-06', 'past', '2015', 'relative'],
  ['yesterday', '2016-04-06', 'past', '2016-04-05', 'relative'],
  ['today', '2016-04-06', 'present', '2016-04-06', 'relative'],
  ['tomorrow', '2016-04-06', 'future', '2016-04-07', 'relative'],
  ['last night', '2016-04-06', 'past', '2016-04-05', 'relative'],
  ['two days ago', '2016-04-06', 'past', '2016-04-04', 'relative'],
  ['three months ago', '2016-06-20', 'past', '2016-03', 'relative'],
  ['a week earlier', '2020-09-27', 'past', '2020-09-20', 'relative'],
  ['two days later', '2020-11-10', 'past', '2020-11-12', 'relative'],
  ['the previous day', '2016-06-20', 'past', '2016-06-19', 'relative'],
  ['the following year', '2020-11-10', 'past', '2021', 'relative'],
  ['some 30 years ago', '2022-10-28', 'past', null, 'relative'], // approximate: no value
  // a day or month with "last/this/next year" after it takes that year, whatever the tense
  ['on 26 November last year', '2022-10-31', 'past', '2021-11-26', 'relative'],
  ['in November last year', '2022-10-31', 'past', '2021-11', 'relative'],
  ['in March of next year', '2022-10-31', 'past', '2023-03', 'relative'],
  ['on 2 January this year', '2022-10-31', 'future', '2022-01-02', 'relative'],
  // bare months follow the tense
  ['in November', '2021-12-01', 'past', '2021-11', 'relative'],
  ['in August', '2022-10-28', 'past', '2022-08', 'relative'],
  ['in August', '2022-06-01', 'future', '2022-08', 'relative'],
  ['in January', '2016-12-10', 'future', '2017-01', 'relative'],
  ['in mid-May', '2016-06-20', 'past', '2016-05', 'relative'],
  ['mid-May', '2016-06-20', 'past', '2016-05', 'relative'],
  ['early April', '2016-06-20', 'past', '2016-04', 'relative'],
  ["April's violence", '2016-06-20', 'past', '2016-04', 'relative'],
  ['since December', '2016-05-16', 'past', '2015-12', 'relative'],
  ['since December', '2016-05-16', 'future', '2015-12', 'relative'],
  ['by the end of May', '2016-04-06', 'future', '2016-05', 'relative'],
  ['last March', '2016-06-20', 'past', '2016-03', 'relative'],
  // day and month, year from the reference
  ['on 5 April', '2016-04-06', 'past', '2016-04-05', 'relative'],
  ['the 5th of April', '2016-04-06', 'past', '2016-04-05', 'relative'],
  ['April 2', '2017-01-10', 'past', '2016-04-02', 'relative'],
  ['Dec. 20', '2017-01-10', 'future', '2017-12-20', 'relative'],
  ['April 7', '2016-04-06', 'past', '2016-04-07', 'relative'], // a day either side keeps the year
  // without a reference, relative expressions keep their text and get no value
  ['Monday', null, 'past', null, 'relative'],
  ['in November', null, 'past', null, 'relative'],
  ['last month', null, 'past', null, 'relative'],
  ['on 5 April', null, 'past', null, 'relative'],
  ['last Saturday', '2016', 'past', null, 'relative'], // a copyright year cannot fix a weekday
  ['last year', '2016', 'past', '2015', 'relative'],
  // explicit dates need no reference
  ['Nov. 10, 2020', null, 'past', '2020-11-10', 'date'],
  ['on Nov. 10, 2020', '2022-10-28', 'future', '2020-11-10', 'date'],
  ['November 10 2020', null, 'past', '2020-11-10', 'date'],
  ['Sept. 27, 2020', null, 'past', '2020-09-27', 'date'],
  ['SOCHI, Oct 31, 2022 (Reuters)', null, 'past', '2022-10-31', 'date'],
  ['16 May 2016', null, 'past', '2016-05-16', 'date'],
  ['20th June 2016', null, 'past', '2016-06-20', 'date'],
  ['May 16, 2016 10:32 AM', null, 'past', '2016-05-16', 'date'],
  ['Feb. 29, 2016', null, 'past', '2016-02-29', 'date'],
  ['May 1994', null, 'past', '1994-05', 'month'],
  ['in May 2016', null, 'past', '2016-05', 'month'],
  ['November of 2020', null, 'past', '2020-11', 'month'],
  ['1994', null, 'past', '1994', 'year'],
  ['since 1988', null, 'past', '1988', 'year'],
  ['a 1994 ceasefire', null, 'past', '1994', 'year'],
  ['late 2020', null, 'past', '2020', 'year'],
  ['in early 2016', null, 'past', '2016', 'year'],
  ['mid-2016', null, 'past', '2016', 'year'],
  ['summer 2020', null, 'past', '2020', 'year'],
  // ranges and decades
  ['1992-1994', null, 'past', '1992', 'range', '1994'],
  ['1992\u201394', null, 'past', '1992', 'range', '1994'],
  ['from 1992 to 1994', null, 'past', '1992', 'range', '1994'],
  ['between 1988 and 1994', null, 'past', '1988', 'range', '1994'],
  ['2015-16', null, 'past', '2015', 'range', '2016'],
  ['May 16-17, 2016', null, 'past', '2016-05-16', 'range', '2016-05-17'],
  ['16-17 May 2016', null, 'past', '2016-05-16', 'range', '2016-05-17'],
  ['1990s', null, 'past', '1990', 'decade', '1999'],
  ['the early 1990s', null, 'past', '1990', 'decade', '1999'],
  ["the '90s", null, 'past', '1990', 'decade', '1999'],
  ['the 2000s', null, 'past', '2000', 'decade', '2009'],
  // durations keep their text, no value
  ['the 44-day conflict', '2022-10-28', 'past', null, 'duration'],
  ['four days of heavy clashes', '2016-06-20', 'past', null, 'duration'],
  ['six-week conflict', null, 'past', null, 'duration'],
  ['two decades', null, 'past', null, 'duration'],
  ['almost 30 years', null, 'past', null, 'duration'],
  ['the two-decade old battle', null, 'past', null, 'duration'],
  ['the decades-long conflict', null, 'past', null, 'duration'],
  ['eight months into the offensive', null, 'past', null, 'duration'],
  // numeric forms: day-first, ISO; a field over 12 forces the US order
  ['06.04.2016', null, 'past', '2016-04-06', 'date'],
  ['6/4/2016', null, 'past', '2016-04-06', 'date'],
  ['25.04.2016', null, 'past', '2016-04-25', 'date'],
  ['04/25/2016', null, 'past', '2016-04-25', 'date'],
  ['2022-10-06', null, 'past', '2022-10-06', 'date'],
  ['date 2022-10-06', null, 'past', '2022-10-06', 'date'],
  ['2016-05', null, 'past', '2016-05', 'month'],
  ['the four-day war of April 2016 killed 200', null, 'past', '2016-04', 'month'],
  ['Mon, 05 Dec 2022 10:00:00 GMT', null, 'past', '2022-12-05', 'date'],
  ['YEREVAN, 5 April 2016 - ARKA', null, 'past', '2016-04-05', 'date'],
  ['the 2016-2017 talks', null, 'past', '2016', 'range', '2017'],
];

describe('resolveDateExpression', () => {
  it('has a table of at least 50 expressions', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(50);
  });
  const rows = TABLE.map(([expression, ref, tense, value, kind, end]) => ({ expression, ref, tense, value, kind, end }));
  it.each(rows)('$expression (ref $ref, $tense) → $value $kind', ({ expression, ref, tense, value, kind, end }) => {
    const r = resolveDateExpression(expression, ref, tense);
    expect(r).not.toBeNull();
    expect(r!.value).toBe(value);
    expect(r!.kind).toBe(kind);
    if (end !== undefined) expect(r!.end).toBe(end);
  });
});

const NON_DATES = [
  '2,000 peacekeepers',
  '286 people',
  'some 30,000 lives',
  '300 tanks',
  '25,000 servicemen',
  'at least 110 people',
  'some 2000 troops',
  '2000 peacekeepers',
  'Putin met Aliyev',
  'Turkey may intervene',
  'Turkey May Intervene',
  'May God help us',
  'a protest march',
  'Protesters March On Yerevan',
  'Resolution 822',
  'UN Security Council Resolution 1993',
  'two Su-25 jets',
  'S-300 missiles',
  'at 10:32',
  'COVID-19',
  '3.5 million',
  'twice a year',
  'Jan Kubis',
  'in 5 districts',
  'a 30-year-old man',
  'the 1,960 peacekeepers',
  'aged 18-27',
  'about 1/3 of the territory',
  'COP29 and the G20',
  'at 1200 GMT',
  'Over 1500 soldiers',
  'within 72 hours',
];

describe('non-dates', () => {
  it.each(NON_DATES)('%s is not a date', (text) => {
    expect(resolveDateExpression(text, '2016-06-20', 'past')).toBeNull();
  });

  it('finds no mention in sentences full of numbers and homographs', () => {
    const a = article(
      'The 2020 cease-fire agreement saw Russia deploying a force of 2,000 peacekeepers.\n\n' +
        'Last month 286 people were killed, and some 30,000 lives were lost in the war.\n\n' +
        'Azerbaijan held exercises with some 25,000 servicemen and 300 tanks, killing at least 110 people.\n\n' +
        'Turkey may intervene, and a protest march met the convoy of Su-25 jets at 10:32 under Resolution 822.\n',
    );
    const texts = extractDates(a, '2016-06-20').map((m) => m.text);
    expect(texts).toEqual(['2020', 'Last month']);
  });

  it('keeps the list "10, 15 or 20 years" to a duration at most', () => {
    const r = extractDates(article('He would extend the mandate for 10, 15 or 20 years.\n'), null);
    for (const m of r) expect(m.kind).toBe('duration');
  });
});

describe('sentenceTense', () => {
  it.each<[string, Tense]>([
    ['Russian President Vladimir Putin will host talks with the leaders Monday.', 'future'],
    ['The talks are to take place in Sochi.', 'future'],
    ['The leaders are due to meet in Brussels on Friday.', 'future'],
    ['The leaders are expected to sign a deal.', 'future'],
    ['Pashinian plans to attend the summit.', 'future'],
    ['The talks are scheduled for next week.', 'future'],
    ['Ahead of the upcoming summit, the ministers spoke.', 'future'],
    ["He'll travel to Baku.", 'future'],
    ['Putin is hosting the leaders of Armenia and Azerbaijan in Sochi.', 'present'],
    ['Putin met the leaders of Armenia and Azerbaijan Monday.', 'past'],
    ['The political will of the parties was lacking.', 'past'],
    ['Clashes erupted on Sept. 27, 2020.', 'past'],
    // 'due to' of a cause, not a plan
    ['The fighting was stopped by the evening due to mediation of Russia.', 'past'],
    ['The talks were postponed due to the weather.', 'past'],
    ['The summit was delayed due to objections from Baku.', 'past'],
    ['The ministers are due to sign the accord.', 'future'],
    // only 'due' has the cause reading: these are plans whatever the verb's ending
    ['The sides are set to implement the accord.', 'future'],
    ['The working group is expected to commence its work.', 'future'],
    ['', 'past'],
  ])('%s → %s', (s, t) => {
    expect(sentenceTense(s)).toBe(t);
  });
});

describe('extractDates in context', () => {
  it('resolves each weekday by the tense of its own clause', () => {
    const a = article('Putin said on Monday that he will meet Aliyev on Friday.\n');
    const ms = extractDates(a, '2022-10-26'); // a Wednesday
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ['Monday', '2022-10-24'],
      ['Friday', '2022-10-28'],
    ]);
  });

  it.each<[string, string, string | null]>([
    // [sentence, expression, value] in an article dated Friday 2022-10-28
    ['Putin will host talks in Sochi on Monday, the Kremlin said on Friday.', 'Monday', '2022-10-31'],
    ['Putin will host talks in Sochi on Monday, the Kremlin said on Friday.', 'Friday', '2022-10-28'],
    ['Pashinian said on Saturday, according to Russian agencies, that he was ready.', 'Saturday', '2022-10-22'],
    ['Ahead of Monday\'s talks, Pashinian said on Saturday he was ready.', 'Monday', '2022-10-31'],
    ['Ahead of Monday\'s talks, Pashinian said on Saturday he was ready.', 'Saturday', '2022-10-22'],
    ['In his speech on Tuesday, Aliyev said Baku will not wait.', 'Tuesday', '2022-10-25'],
    ['Aliyev is visiting Moscow on Tuesday.', 'Tuesday', '2022-11-01'],
    ['The Kremlin said talks would take place on Monday.', 'Monday', '2022-10-31'],
    ['He said they would have met on Monday but for the clashes.', 'Monday', '2022-10-24'],
    ['Talks are scheduled for Nov. 4.', 'Nov. 4', '2022-11-04'],
    ['A third round is planned for January.', 'January', '2023-01'],
    ['The leaders met in Prague on Oct. 6.', 'Oct. 6', '2022-10-06'],
    ['Over the weekend at least 50 soldiers were killed.', 'the weekend', '2022-10'],
    ['Putin held talks with Aliyev on Thursday and with Pashinian the day before.', 'the day before', '2022-10-26'],
    // a year written earlier in the sentence is the story's year
    ['The war began on 27 September 2020 and ended on 10 November.', '10 November', '2020-11-10'],
    ['Fighting flared in September 2020, after the 13 September clashes, and ended in January.', '13 September', '2020-09-13'],
    ['Fighting flared in September 2020, after the 13 September clashes, and ended in January.', 'January', '2021-01'],
    ['In 2020, in November, a deal was signed.', 'November', '2020-11'],
    ['In March 2021: protests.', 'March 2021', '2021-03'],
    ['The ceasefire took effect at 1200 GMT on Saturday.', 'Saturday', '2022-10-22'],
  ])('%s: %s → %s', (sentence, text, value) => {
    const ms = extractDates(article(`${sentence}\n`), '2022-10-28');
    const m = ms.find((x) => x.text === text);
    expect(m?.value).toBe(value);
    expect(ms.map((x) => x.text)).not.toContain('1200');
  });

  it('gives offsets, sentence index and evidence pointing into the file', () => {
    const raw = 'Title line\n\nThe leaders met in Vienna.\n\nFighting erupted in Nagorny Karabakh in early April, killing 110 people.\n';
    const a = article(raw);
    const [m] = extractDates(a, '2016-05-16');
    expect(m.text).toBe('early April');
    expect(a.article.text.slice(m.start, m.stop)).toBe('early April');
    expect(raw.slice(m.evidence.start, m.evidence.end)).toBe('early April');
    expect(a.sentences[m.sentenceIndex].text).toContain('early April');
    expect(m.evidence.sentence).toBe(a.sentences[m.sentenceIndex].text);
    expect(m.value).toBe('2016-04');
  });

  it('counts "the previous day" from the date the narrative just gave', () => {
    const a = article('The fighting ended with an agreement on Nov. 10, 2020. The previous day, a helicopter was downed.\n');
    const ms = extractDates(a, '2022-10-28');
    expect(ms.map((m) => m.value)).toEqual(['2020-11-10', '2020-11-09']);
  });

  it('mentionsIn selects the mentions inside a span', () => {
    const a = seed('004_3fa6fc0465e986e6.txt');
    const ms = extractDates(a, '2016-04-06');
    const s = a.sentences.find((x) => x.text.includes('last Saturday, April 2'))!;
    const inside = mentionsIn(ms, s.start, s.end);
    expect(inside.map((m) => m.text)).toEqual(['last Saturday, April 2']);
    expect(mentionsIn(ms, 0, 0)).toEqual([]);
    expect(mentionsIn(ms, 0, a.article.text.length)).toHaveLength(ms.length);
  });
});

describe('findArticleDate', () => {
  const body = '\n\nRussian President Vladimir Putin met the leaders of Armenia and Azerbaijan on Monday.\n';

  it('metadata the user gave wins', () => {
    const a = article('SOCHI, Oct 31 (Reuters) - Putin met the leaders.\n© 2022 Reuters\n', { date: '2020-11-10', origin: 'sidecar' });
    expect(findArticleDate(a)).toEqual({ value: '2020-11-10', source: 'metadata' });
  });

  it('reads a date in the URL the user gave', () => {
    const a = article('Putin met the leaders.\n', { url: 'https://example.com/news/2016/06/20/putin-meets-leaders' });
    expect(findArticleDate(a)?.value).toBe('2016-06-20');
  });

  it('reads a wire dateline, taking a missing year from the page', () => {
    const a = article('Putin hosts talks\n\nSOCHI, Oct 31 (Reuters) - Russian President Vladimir Putin hosted talks on Monday.\n\n\u00a9 2022 Reuters\n');
    const d = findArticleDate(a);
    expect(d).toMatchObject({ value: '2022-10-31', source: 'dateline', text: 'Oct 31' });
    expect(d?.evidence?.sentence).toContain('SOCHI');
  });

  it('reads a dateline with its year', () => {
    const a = article('Talks\n\nMOSCOW, June 20, 2016 (AFP) - Russian President Vladimir Putin met the leaders.\n');
    expect(findArticleDate(a)).toMatchObject({ value: '2016-06-20', source: 'dateline' });
  });

  it('reads a dateline opening the text', () => {
    expect(findArticleDate(article('SOCHI, Oct 31 (Reuters) - Putin hosted talks.\n\nMore text follows here.\n\n\u00a9 2022 Reuters\n'))).toMatchObject({ value: '2022-10-31', source: 'dateline' });
  });

  it('never takes a title-case headline for a header', () => {
    expect(findArticleDate(article('Ceasefire Agreed On Nov. 10, 2020\n\nThe leaders met on Monday.\n'))).toBeNull();
  });

  it('a dateline without any year on the page fixes nothing', () => {
    expect(findArticleDate(article('Talks\n\nMOSCOW, June 20 (AFP) - Russian President Vladimir Putin met the leaders.\n'))).toBeNull();
  });

  it('"MOSCOW:" alone gives no date', () => {
    expect(findArticleDate(article('Talks\n\nMOSCOW: Russian President Vladimir Putin on Monday brought together the leaders.\n'))).toBeNull();
  });

  it('reads a byline date', () => {
    const a = article(`Putin meets leaders\n\n20th June 2016, Comments 0 comments${body}`);
    expect(findArticleDate(a)).toMatchObject({ value: '2016-06-20', source: 'byline' });
    expect(findArticleDate(article(`Putin meets leaders\nPublished: 16 May 2016${body}`))).toMatchObject({ value: '2016-05-16', source: 'byline' });
    expect(findArticleDate(article(`Putin meets leaders\nBy John Smith | May 16, 2016${body}`))).toMatchObject({ value: '2016-05-16', source: 'byline' });
  });

  it('reads a header date', () => {
    expect(findArticleDate(article(`Putin meets leaders\ndate 2022-10-06${body}`))).toMatchObject({ value: '2022-10-06', source: 'header' });
    expect(findArticleDate(article(`Putin meets leaders\nMay 16, 2016 10:32 AM${body}`))).toMatchObject({ value: '2016-05-16', source: 'header' });
  });

  it('reads a photo caption date near the top', () => {
    const a = article(
      'Leaders meet\n\nKerry and Lavrov meet Aliyev and Sarkisian on May 16, 2016 in Vienna (AFP Photo/Leonhard Foeger)\nThe US and Russia urged the leaders to restore a truce when they met on Monday.\n',
    );
    expect(findArticleDate(a)).toMatchObject({ value: '2016-05-16', source: 'caption' });
  });

  it('reads a numeric footer date, settling day/month by the months the text names', () => {
    const april = article('Putin called the leaders.\n\nEarlier, on 5 April, a ceasefire was announced.\n\nPutin urged a ceasefire 06.04.2016\n\nShare this news\n');
    expect(findArticleDate(april)).toMatchObject({ value: '2016-04-06', source: 'footer', ambiguous: true });
    const june = article('Putin called the leaders.\n\nEarlier, on 3 June, and again in June, talks failed.\n\nPutin urged a ceasefire 06.04.2016\n\nShare this news\n');
    expect(findArticleDate(june)).toMatchObject({ value: '2016-06-04', source: 'footer', ambiguous: true });
    const plain = findArticleDate(article('Putin called the leaders.\n\nPutin urged a ceasefire 25.04.2016\n'));
    expect(plain).toMatchObject({ value: '2016-04-25', source: 'footer' });
    expect(plain?.ambiguous).toBeUndefined();
  });

  it('reads furniture lines with times, authors and "ago"', () => {
    expect(findArticleDate(article(`Ceasefire agreed\n\nOctober 12, 2020 / 8:54 AM / Updated 2 years ago${body}`))).toMatchObject({ value: '2020-10-12', source: 'byline' });
    expect(findArticleDate(article(`Karabakh talks\nPosted on 14/10/2020 by admin${body}`))).toMatchObject({ value: '2020-10-14', source: 'byline' });
    expect(findArticleDate(article(`Karabakh talks\n16:45 | 12.10.2020${body}`))).toMatchObject({ value: '2020-10-12', source: 'header', ambiguous: true });
  });

  it('does not take prose for a footer or a caption', () => {
    expect(findArticleDate(article('Leaders meet\n\nTalks continue.\n\nThe ceasefire was signed on 10.11.2020\n'))).toBeNull();
    expect(findArticleDate(article('Leaders meet\n\nAliyev posted a photo of the signing on Nov. 10, 2020 in Moscow.\n'))).toBeNull();
  });

  it('never dates the article by a copyright year (a site stamps every page with the current one)', () => {
    expect(findArticleDate(article(`Putin meets leaders${body}\n\u00a9 2016 AFP\n`))).toBeNull();
    expect(findArticleDate(article(`Putin meets leaders\nPublished: 16 May 2016${body}\n\u00a9 2016 AFP\n`))?.source).toBe('byline');
    expect(findArticleDate(article(`Putin meets leaders${body}\n\u00a9 2005-2023 Example News\n`))).toBeNull();
  });

  it('never takes a date about an event in the body or headline', () => {
    expect(
      findArticleDate(
        article(
          'Ceasefire agreed on Nov. 10, 2020\n\nClashes erupted on Sept. 27, 2020, with heavy shelling.\n\nThe fighting ended with an agreement on Nov. 10, 2020.\n\nAzerbaijan, victorious in 2020, rebuilt the region.\n',
        ),
      ),
    ).toBeNull();
  });

  it('returns null when nothing fixes the date', () => {
    expect(findArticleDate(article('Putin met the leaders on Monday.\n'))).toBeNull();
    expect(findArticleDate(article(''))).toBeNull();
  });
});

describe('seed articles', () => {
  it.each<[string, string | null, string | null]>([
    ['000_d90563f77e3f06c8.txt', '2016-06-20', 'byline'],
    ['001_26684f6b87d066f5.txt', '2016-05-16', 'caption'],
    ['002_d68464228e6a892e.txt', null, null],
    ['003_347e82336e9202a9.txt', null, null],
    ['004_3fa6fc0465e986e6.txt', '2016-04-06', 'footer'],
  ])('%s → %s (%s)', (file, value, source) => {
    const d = findArticleDate(seed(file));
    expect(d?.value ?? null).toBe(value);
    expect(d?.source ?? null).toBe(source);
  });

  const valueOf = (file: string, text: string): string | null | undefined => {
    const a = seed(file);
    const d = findArticleDate(a);
    return extractDates(a, d?.value ?? null).find((m) => m.text === text)?.value;
  };

  it('resolves the relative dates of the seeds', () => {
    expect(valueOf('000_d90563f77e3f06c8.txt', 'Monday')).toBe('2016-06-20');
    expect(valueOf('000_d90563f77e3f06c8.txt', 'mid-May')).toBe('2016-05');
    expect(valueOf('000_d90563f77e3f06c8.txt', 'early April')).toBe('2016-04');
    expect(valueOf('000_d90563f77e3f06c8.txt', 'last year')).toBe('2015');
    expect(valueOf('001_26684f6b87d066f5.txt', 'Monday')).toBe('2016-05-16');
    expect(valueOf('001_26684f6b87d066f5.txt', 'December')).toBe('2015-12');
    expect(valueOf('004_3fa6fc0465e986e6.txt', '5 April')).toBe('2016-04-05');
    expect(valueOf('004_3fa6fc0465e986e6.txt', 'last Saturday, April 2')).toBe('2016-04-02');
    expect(valueOf('004_3fa6fc0465e986e6.txt', '1992-1994')).toBe('1992');
    expect(valueOf('003_347e82336e9202a9.txt', 'Nov. 10, 2020')).toBe('2020-11-10');
    expect(valueOf('003_347e82336e9202a9.txt', 'Monday')).toBeNull();
    expect(valueOf('002_d68464228e6a892e.txt', 'November')).toBeNull();
  });

  it('finds no date in the counts of seed 003', () => {
    const a = seed('003_347e82336e9202a9.txt');
    const texts = extractDates(a, null).map((m) => m.text);
    for (const bad of ['2,000', '286', '300', '10', '15']) expect(texts).not.toContain(bad);
    expect(texts).toEqual(expect.arrayContaining(['Sept. 27, 2020', 'Nov. 10, 2020', '44-day', 'almost 30 years', 'Last month', 'this summer']));
  });
});

describe('never reads the clock', () => {
  const inputs = () => [...['000_d90563f77e3f06c8.txt', '001_26684f6b87d066f5.txt', '002_d68464228e6a892e.txt', '003_347e82336e9202a9.txt', '004_3fa6fc0465e986e6.txt'].map(seed), article('Putin met them yesterday and will meet them next week.\n')];
  const run = (as: AnnotatedArticle[]) =>
    JSON.stringify([
      as.map((a) => [findArticleDate(a), extractDates(a, findArticleDate(a)?.value ?? null)]),
      TABLE.map(([e, r, t]) => resolveDateExpression(e, r, t)),
      as.map((a) => extractDates(a, null)),
    ]);

  it('gives identical output under a fake clock', () => {
    const as = inputs();
    const before = run(as);
    jest.useFakeTimers({ now: new Date('2031-03-03T00:00:00Z') });
    try {
      expect(run(as)).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  it('never constructs "now" at all', () => {
    const as = inputs();
    const before = run(as);
    const RealDate = globalThis.Date;
    class NoClock extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('the clock was read');
        super(...(args as [string]));
      }
      static override now(): number {
        throw new Error('the clock was read');
      }
    }
    globalThis.Date = NoClock as DateConstructor;
    try {
      expect(run(as)).toBe(before);
    } finally {
      globalThis.Date = RealDate;
    }
  });
});

describe('performance', () => {
  it('stays linear on a one-megabyte line', () => {
    const unit = 'in May 2016, 2,000 peacekeepers - 1992-1994 on Monday 06.04.2016 May May March 1.2.3.4 ---- ,,,, 44-day ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const a = article(line);
    const t0 = process.hrtime.bigint();
    const ms = extractDates(a, '2016-06-20');
    findArticleDate(a);
    sentenceTense(line);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    expect(ms.length).toBeGreaterThan(10000);
    expect(seconds).toBeLessThan(5);
  });
});

describe('the grammar, tried only within reach of a number or an anchor word', () => {
  // long sentences of words that hold no date, so every expression stands far from any other anchor
  const filler = 'the delegations exchanged long and careful views about the corridor, the border commission and the return of the detainees ';
  const spans = (phrase: string): string[] => {
    const text = `${filler}${filler}${phrase} ${filler}`;
    return scanText(text).map((m) => text.slice(m.start, m.stop));
  };
  it.each([
    // the longest openings before the first anchor word
    ['as of the most recent fiscal third-quarter results', 'most recent fiscal third-quarter'],
    ['for more than twenty-five years', 'more than twenty-five years'],
    ['after a couple of weeks of silence', 'a couple of weeks'],
    ['in the past few months', 'past few months'],
    ['at the end of the previous week', 'the previous week'],
    // each rule's own anchor words
    ['these days', 'these days'],
    ['at present', 'present'],
    ['in the near term', 'near term'],
    ['a decades-long dispute', 'decades-long'],
    ['for decades', 'decades'],
    ['last night', 'last night'],
    ['this summer', 'this summer'],
    ['right now', 'right now'],
    ['on the day before.', 'the day before'],
    ['in mid-March', 'mid-March'],
    ['on Tuesday', 'Tuesday'],
    ['since 1994', '1994'],
    // the openers each rule lists
    ["on the following day", "the following day"],
    ["later that day", "that day"],
    ["in the coming weeks", "coming weeks"],
    ["in recent years", "recent years"],
    ["for up to three years", "up to three years"],
    ["for at least two weeks", "at least two weeks"],
    ["for several months", "several months"],
    ["in fewer than ten days", "fewer than ten days"],
    ["than in the year-ago period", "year-ago period"],
    ["on the same day", "the same day"],
    ["in the corresponding year-earlier period", "corresponding year-earlier period"],
    ["for the full year", "full year"],
    ["in the first half of 1990", "first half of 1990"],
    ["in the short term", "short term"],
    ["at the beginning of next month", "beginning of next month"],
    ["since early 2020", "early 2020"],
    ["in its fiscal second quarter", "fiscal second quarter"],
    ["some three decades ago", "some three decades ago"],
    ["nearly two months later", "nearly two months later"],
    ["the spring of 1992", "spring of 1992"],
  ])('finds "%s" in a long sentence', (phrase, span) => {
    expect(spans(phrase)).toEqual([span]);
  });
  it('finds nothing in a sentence with no number and no anchor word', () => {
    expect(spans('')).toEqual([]);
  });
});
