import { describe, it, expect } from '@jest/globals';
import { articleFromText } from '../src/load/article.js';
import { annotate } from '../src/annotate/index.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { AnnotatedArticle } from '../src/types.js';
import { findArticleDate } from '../src/extract/dates/index.js';
import { opensDateline } from '../src/extract/dates/dateline.js';

// Every header a scraped page shows, in short pages written for these tests.

const page = (raw: string): AnnotatedArticle => annotate(articleFromText('t.txt', raw, {}), loadKnowledge());
const story =
  '\n\nForeign ministers of the two neighbours sat down in Geneva to talk about the border commission.\n\n' +
  'They agreed to meet again before the end of the season, the hosts said in a short statement.\n';
const dated = (header: string) => findArticleDate(page(`Ministers resume border talks\n\n${header}${story}`));

describe('article date from page headers', () => {
  it.each([
    ['January 11, 2021  9:52 PM GMT+4', '2021-01-11'],
    ['Updated 6:14 PM GMT+4, October 26, 2020', '2020-10-26'],
    ['Tue 10 Nov 2020 08.47 GMT', '2020-11-10'],
    ['datePublished: 2023-10-05T19:31:00+02:00', '2023-10-05'],
    ['10.10.2020, 14:35', '2020-10-10'],
    ['Posted: 23.01.2011', '2011-01-23'],
    ['Mon Nov 18, 2013 1:37pm EST', '2013-11-18'],
    ['Published: 2001-04-07T18:30:00Z', '2001-04-07'],
    ['By Anna Petrosyan | 3 March 2019, 11:05', '2019-03-03'],
    ['Caspian Herald | Live updates | 4 June 2015', '2015-06-04'],
    ['Remarks by the Foreign Minister of Armenia at the Press Conference, Yerevan, 12 February 2018', '2018-02-12'],
  ])('reads "%s"', (header, value) => {
    expect(dated(header)?.value).toBe(value);
  });

  it('prefers the published line to the updated one', () => {
    expect(dated('Updated: 14 May 2019 18:02\nPublished: 12 May 2019 09:30')?.value).toBe('2019-05-12');
  });

  it('reads a page that opens with its date line (no headline above it)', () => {
    expect(findArticleDate(page(`Sept. 3, 2004 | 10:15${story}`))?.value).toBe('2004-09-03');
  });

  it('reads a JSON-LD stamp left in the text, never its dateModified', () => {
    const ld = '{"@type":"NewsArticle","headline":"Ministers resume border talks","dateModified":"2024-02-02T08:00:00+04:00","datePublished":"2024-01-30T16:45:00+04:00"}';
    expect(findArticleDate(page(`${ld}\nHome > World${story}`))?.value).toBe('2024-01-30');
  });

  it('reads a US month-first date on a page keeping US time', () => {
    expect(dated('7/8/2025 4:10 p.m. ET')?.value).toBe('2025-07-08');
    // without any sign of US style the page is read day first, and flagged
    expect(dated('7/8/2025')).toMatchObject({ value: '2025-08-07', ambiguous: true });
  });

  it('reads a slashed date month first on a page an American outlet signs', () => {
    const k = loadKnowledge();
    const on = (raw: string) => findArticleDate(page(raw), k)?.value;
    // a masthead, a dateline credit, a 12-hour clock with a US zone
    expect(on(`The Washington Post\n\nMinisters resume border talks\n\n8/7/2025${story}`)).toBe('2025-08-07');
    expect(on(`Ministers resume border talks\n\n8/7/2025\n\nGENEVA (AP) \u2014 The foreign ministers of the two neighbours sat down in Geneva.\n`)).toBe('2025-08-07');
    expect(on(`Ministers resume border talks\n\n8/7/2025, 4:10 PM EDT${story}`)).toBe('2025-08-07');
    // AP's "Sept." in the story
    expect(on(`Ministers resume border talks\n\n8/7/2025\n\nThe ministers will meet again on Sept. 12, the hosts said in a short statement.\n`)).toBe('2025-08-07');
    // an outlet only quoted in the prose says nothing of the page
    expect(on(`Ministers resume border talks\n\n8/7/2025\n\nThe foreign minister told CNN in a long interview that the two neighbours would sign the accord within weeks.\n`)).toBe('2025-07-08');
  });

  it("follows the order the page's other numeric dates fix, whatever the outlet", () => {
    const k = loadKnowledge();
    const on = (raw: string) => findArticleDate(page(raw), k)?.value;
    expect(on(`Ministers resume border talks\n\n8/7/2025${story}\nRelated: Border commission meets (7/24/2025)\n`)).toBe('2025-08-07');
    expect(on(`CNN\n\nMinisters resume border talks\n\n8/7/2025${story}\nRelated: Border commission meets (24/07/2025)\n`)).toBe('2025-07-08');
  });
});

describe('dates that are not the article date', () => {
  it.each([
    ['a cookie banner', 'We use cookies. Cookie Policy (last updated 25.05.2018) [Accept]'],
    ['a privacy notice', 'Privacy Policy (rev. 14.02.2022)   [OK]'],
    ['an "updated ... ago" line', 'Updated: 3 hours ago | Views: 518'],
    ['a crawl stamp', 'Retrieved 12.06.2021 by the archive'],
    ['a modification stamp', 'Last modified: 04.04.2021'],
  ])('skips %s', (_what, header) => {
    expect(dated(header)).toBeNull();
  });

  it('skips related-article lists and comment threads at the end', () => {
    const related = `Ministers resume border talks${story}\nRead also\n- Border commission meets in Baku - 11.02.2021\n- Talks on transit roads - 03.03.2021\n`;
    expect(findArticleDate(page(related))).toBeNull();
    const comments = `Ministers resume border talks${story}\nComments (2)\n\nAram   06.10.2023 09:14\nAnother meeting, nothing new.\n\nguest   07.10.2023 11:47\nWe shall see.\n`;
    expect(findArticleDate(page(comments))).toBeNull();
  });

  it('keeps the closing date of the article above its related links', () => {
    const text = `Ministers resume border talks${story}The talks continue in Geneva 14.05.2019\n\nRelated news\n- Commission meets in Baku - 11.02.2021\n`;
    expect(findArticleDate(page(text))?.value).toBe('2019-05-14');
  });

  it('never takes a copyright year', () => {
    expect(findArticleDate(page(`Ministers resume border talks${story}\n\u00a9 2019 Caucasus Wire\n`))).toBeNull();
  });
});

describe('datelines', () => {
  it('reads an agency dateline closed by a full stop, alone on its line or before the agency or the story', () => {
    expect(findArticleDate(page('Baku, 14 March 2022.\n\nThe two delegations met at the border on Monday.'))).toMatchObject({ value: '2022-03-14', source: 'dateline' });
    expect(findArticleDate(page('Talks end\n\nYEREVAN, 3 May 2021. /Agency/. The delegations met on Monday.'))).toMatchObject({ value: '2021-05-03', source: 'dateline' });
    expect(findArticleDate(page('Talks end\n\nTbilisi, 3 May 2021. The delegations met on Monday.'))).toMatchObject({ value: '2021-05-03', source: 'dateline' });
    // a date closing a sentence of prose is no dateline
    expect(findArticleDate(page('Talks end\n\nThe delegations first met in Tbilisi on 3 May 2021. They met again later.'))).toBeNull();
  });

  it('gives a year-less dateline the year of the page header', () => {
    const d = findArticleDate(page(`Ministers meet\n\nPublished 15 May 2019\n\nBRUSSELS, May 14 (Reuters) - Foreign ministers met in Brussels on Tuesday.\n`));
    expect(d).toMatchObject({ value: '2019-05-14', source: 'dateline' });
  });

  it('takes a year-less dateline near the turn of the year from the nearest reading', () => {
    const d = findArticleDate(page(`Ministers meet\n\nPosted: 02.01.2020\n\nVIENNA, Dec 31 (AFP) - The mediators met the ministers in Vienna.\n`));
    expect(d?.value).toBe('2019-12-31');
  });

  it('takes a year-less dateline\'s year from a full date the story writes within weeks of it', () => {
    const d = findArticleDate(page(`Ministers meet\n\nBRUSSELS, May 14 (Reuters) - Foreign ministers met in Brussels on Tuesday, two days after the border accord of May 12, 2021 was initialled.\n`));
    expect(d).toMatchObject({ value: '2021-05-14', source: 'dateline' });
    // a year far from the dateline's day says nothing about it
    expect(findArticleDate(page(`Ministers meet\n\nBRUSSELS, May 14 (Reuters) - The ministers recalled the truce of 12 December 1994.\n`))).toBeNull();
  });

  it("reads a date after the agency's credit and a dash", () => {
    expect(findArticleDate(page(`Leaders meet by the river\n\nTBILISI, Georgia (AP) \u2014 March 9, 2011 \u2014 Two foreign ministers shook hands on Wednesday.${story}`))?.value).toBe('2011-03-09');
  });

  it('looks for a dateline only above the story: a comment under it that opens like one is not', () => {
    const prose = [
      'The two delegations spent most of the afternoon on the wording of a paragraph about the border commission and the maps it would use.',
      'Neither side would say which villages were discussed, and the mediators left the building without speaking to the reporters waiting outside.',
      'A further round is expected in the spring, although no venue has been agreed and both capitals say the other is slowing the work down.',
    ].join('\n\n');
    const comments = '\n\nComments\n\nMariam, Feb 2, 2024: They should have met sooner.\n';
    const a = page(`Border talks drag on\n\nBy Ruben Hakobyan\nFebruary 1, 2024\n\n${prose}${comments}`);
    expect(findArticleDate(a)?.value).toBe('2024-02-01');
  });

  it("gives a year-less dateline the one year its people held their offices on that day, nothing when several fit", () => {
    const k = loadKnowledge();
    const at = (text: string) => findArticleDate(annotate(articleFromText('t.txt', text, {}), k), k);
    // Hoagland was a co-chair for a few months of 2017 only
    const geneva = at('GENEVA, March 9 (Reuters) - The co-chairs Igor Popov and Richard Hoagland sat down with Serzh Sargsyan and Ilham Aliyev at a lakeside hotel for four hours.\n');
    expect(geneva).toMatchObject({ value: '2017-03-09', source: 'dateline', yearInferred: true });
    // 2010 and 2011 fit the co-chairs equally; 4 September was a Saturday in 2010, so "on Friday" is the day before
    const sochi = 'SOCHI, Sept 4 (Reuters) - The co-chairs Robert Bradtke, Bernard Fassier and Igor Popov briefed Serzh Sargsyan and Ilham Aliyev on %s on their tour of the region.\n';
    expect(at(sochi.replace('%s', 'Friday'))?.value).toBe('2010-09-04');
    expect(at(sochi.replace('%s', 'Tuesday'))).toBeNull();
    // one office-holder says too little
    expect(at('PARIS, June 2 (AFP) - Ilham Aliyev arrived for a two-day visit.\n')).toBeNull();
  });

  it("reads a day glued to the month's abbreviation and a dateline closed by a slash and the agency", () => {
    expect(findArticleDate(page(`Talks in Paris\n\nBaku, Azerbaijan, Oct.28, 2012 / Caspian Agency /\n${story}`))?.value).toBe('2012-10-28');
  });

  it('tells meetings which city opens a dateline', () => {
    const text = 'Talks\n\nMOSCOW, June 20 (AFP) - Leaders met.\nAstrakhan - The presidents met.\nMoscow said nothing new.\n';
    const at = (name: string) => text.indexOf(name);
    expect(opensDateline(text, at('MOSCOW'), at('MOSCOW') + 6)).toBe(true);
    expect(opensDateline(text, at('Astrakhan'), at('Astrakhan') + 9)).toBe(true);
    expect(opensDateline(text, at('Moscow said'), at('Moscow said') + 6)).toBe(false);
  });
});
