import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, findMeeting as find, pairs } from './helpers.js';

// When a meeting took place when its own clause gives no full date: the story's year, day and
// tense around it. Articles of our own.

describe("the narrative's year for a day written without one (undated article)", () => {
  it('takes the year last written out before it', () => {
    const text = 'A year of quiet diplomacy.\n\nOn 17 February 2024 Olaf Scholz brought Ilham Aliyev and Nikol Pashinyan together in Munich. On 28 February Annalena Baerbock received Ararat Mirzoyan in Berlin.';
    expect(find(meetings(text), 'Annalena Baerbock', 'Ararat Mirzoyan')?.date).toBe('2024-02-28');
  });

  it('reads the year of a season, but guesses no year for a month before the one last told', () => {
    const summer = meetings('The summer of 2014 brought the worst fighting in years. On 9 August Vladimir Putin received Serzh Sargsyan in Sochi.');
    expect(summer[0].date).toBe('2014-08-09');
    // the story may move on to the next year or look back within it: nothing says which
    const back = meetings('The truce was signed on Nov. 10, 2020, after six weeks of war. Charles Michel mediated talks between Nikol Pashinyan and Ilham Aliyev in Brussels in August.');
    expect(back[0]).toMatchObject({ date: null, location: 'Brussels' });
  });

  it('stops at a present the text does not date ("last month")', () => {
    const text = 'The war ended with a deal on Nov. 10, 2020. Last month, clashes killed hundreds. Charles Michel mediated talks between Nikol Pashinyan and Ilham Aliyev in Brussels in August.';
    expect(meetings(text)[0].date).toBeNull();
  });

  it("counts 'the next day' from the narrative's day", () => {
    const text = 'The summer of 2014 brought the worst fighting in years. On 9 August Vladimir Putin received Ilham Aliyev in Sochi, and the next day sat down with Ilham Aliyev and Serzh Sargsyan together.';
    const both = find(meetings(text), 'Vladimir Putin', 'Ilham Aliyev', 'Serzh Sargsyan');
    expect(both).toMatchObject({ date: '2014-08-10', status: 'held' });
  });

  it('leaves such a day alone when the article has its own date', () => {
    const [m] = meetings('Back in 2019 the two sides barely spoke. On 28 February Annalena Baerbock received Ararat Mirzoyan in Berlin.', '2024-03-02');
    expect(m.date).toBe('2024-02-28');
  });
});

describe("the story's day", () => {
  it('puts "earlier in the day" on the day the narrative is on', () => {
    const text = 'Ilham Aliyev and Nikol Pashinyan met Emmanuel Macron late on Thursday in Prague. Earlier in the day, Recep Tayyip Erdogan had a short conversation with Nikol Pashinyan.';
    expect(find(meetings(text, '2022-10-07'), 'Recep Tayyip Erdoğan', 'Nikol Pashinyan')?.date).toBe('2022-10-06');
  });

  it("continues the day the paragraph's previous sentence gave, not across paragraphs", () => {
    const lead = 'Talks on the future of Nagorno-Karabakh opened in Florida this week with both presidents at the table and three mediators.\n\n';
    const same = meetings(`${lead}Colin Powell opened the conference on Tuesday. He first saw Robert Kocharyan alone.`, '2001-04-07');
    expect(find(same, 'Colin Powell', 'Robert Kocharyan')?.date).toBe('2001-04-03');
    const apart = meetings(`${lead}Colin Powell opened the conference on Tuesday.\n\nHe first saw Robert Kocharyan alone.`, '2001-04-07');
    expect(find(apart, 'Colin Powell', 'Robert Kocharyan')?.date).toBeNull();
  });

  it("gives an undated meeting the day of the last meeting its paragraph told", () => {
    const lead = 'Turkey and Armenia signed two protocols on Saturday after a quarrel over closing statements held up the ceremony for hours.\n\n';
    const text = `${lead}Hillary Clinton held talks with Edward Nalbandian at her hotel earlier in the day. Her convoy turned around. Philip Gordon went up to see Edward Nalbandian at the hotel.`;
    expect(find(meetings(text, '2009-10-10'), 'Philip Gordon', 'Edward Nalbandian')?.date).toBe('2009-10-10');
  });

  it("carries over only a day of the story's own time, not a date in history", () => {
    const lead = 'Talks on the future of Nagorno-Karabakh opened in Florida this week with both presidents at the table and three mediators.\n\n';
    const old = meetings(`${lead}The ceasefire was signed on May 12, 1994. Colin Powell saw Robert Kocharyan alone to discuss it.`, '2001-04-07');
    expect(find(old, 'Colin Powell', 'Robert Kocharyan')?.date).toBeNull();
  });

  it('leaves a tally of meetings undated ("has held talks with X on five occasions")', () => {
    const lead = 'Fighting went on around the town of Hadrut on Saturday despite a truce agreed in the night after ten hours of talks.\n\n';
    const [m] = meetings(`${lead}Nikol Pashinyan has held talks with Ilham Aliyev on five occasions.`, '2020-10-10');
    expect(m.date).toBeNull();
  });

  it("dates a perfect ('has spoken by phone') to the article's day, as an assumption", () => {
    const lead = 'Fighting went on around the town of Hadrut on Saturday despite a truce agreed in the night after ten hours of talks.\n\n';
    const [m] = meetings(`${lead}Sergei Lavrov has spoken by phone with Jeyhun Bayramov, the ministry says.`, '2020-10-10');
    expect(m).toMatchObject({ date: '2020-10-10', dateAssumed: true, mode: 'phone' });
    const [past] = meetings(`${lead}Sergei Lavrov spoke by phone with Jeyhun Bayramov, the ministry says.`, '2020-10-10');
    expect(past.date).toBeNull();
  });

  it("dates a 'when' clause by the day its head gives", () => {
    const text = 'The breakthrough came on 19 April, when Mher Grigoryan and Shahin Mustafayev agreed at a meeting on the border on a first stretch of the frontier.';
    expect(meetings(text, '2024-05-20')[0].date).toBe('2024-04-19');
  });

  it("dates a 'where' clause by the day its head gives, and 'later in the day' by the last meeting's day", () => {
    const where = meetings('The two presidents are due at the White House on Monday, where George W. Bush will receive Robert Kocharyan.', '2001-04-07');
    expect(where[0]).toMatchObject({ status: 'planned', date: '2001-04-09', location: 'Washington' });
    const text = 'Zohrab Mnatsakanyan and Jeyhun Bayramov held talks with mediators in Geneva on Friday.\n\nThe meeting had been planned for Thursday but was put back by a day.\n\nLater in the day the two ministers sat down with Igor Popov, a spokeswoman said.';
    expect(find(meetings(text, '2020-10-31'), 'Zohrab Mnatsakanyan', 'Jeyhun Bayramov', 'Igor Popov')?.date).toBe('2020-10-30');
  });

  it("gives each of two coordinated meetings its own date, and a sentence's opening date to both", () => {
    const text = 'The talks build on the meeting Antony Blinken hosted for Ararat Mirzoyan and Jeyhun Bayramov in Washington on November 7, 2022, and on the meeting Jake Sullivan held at the White House last September with Armen Grigoryan and Hikmet Hajiyev.';
    expect(find(meetings(text, '2023-05-04'), 'Jake Sullivan', 'Armen Grigoryan', 'Hikmet Hajiyev')?.date).toBe('2022-09');
    const opening = meetings('On Monday, Vladimir Putin opened the summit in Sochi, and Ilham Aliyev met Nikol Pashinyan on its sidelines.', '2020-11-12');
    expect(opening[0].date).toBe('2020-11-09');
  });

  it('does not date a planned meeting by the day it was offered', () => {
    const text = 'On November 19 Charles Michel offered to receive Ilham Aliyev and Nikol Pashinyan in Brussels on December 15, and both accepted.';
    const m = find(meetings(text, '2021-11-26'), 'Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan');
    expect(m).toMatchObject({ status: 'planned', date: '2021-12-15', location: 'Brussels' });
  });
});

describe('how: calls told in other words, and the plan they make', () => {
  it("reads 'exchanged views by phone' as a call, 'exchanged views with' as a consultation", () => {
    const [call] = meetings('Vladimir Putin and Ilham Aliyev exchanged views by phone on Monday about the situation.', '2020-11-12');
    expect(call).toMatchObject({ mode: 'phone', date: '2020-11-09', cameo: '041' });
    const [talk] = meetings('Vladimir Putin exchanged views with Ilham Aliyev in Moscow on Monday.', '2020-11-12');
    expect(talk).toMatchObject({ mode: 'in-person', location: 'Moscow' });
  });

  it('does not give the plan made in a call the day of the call', () => {
    const list = meetings('Vladimir Putin and Ilham Aliyev agreed in a phone call on Monday to meet in Moscow.', '2020-11-12');
    const plan = list.find((m) => m.mode === 'in-person');
    expect(plan).toMatchObject({ status: 'planned', location: 'Moscow', date: null });
  });
});

describe('a meeting held instead of one called off', () => {
  it("takes the called-off meeting's day and venue", () => {
    const text = 'A meeting of Ilham Aliyev and Nikol Pashinyan planned in Granada on October 5 was called off after Baku withdrew. Instead, Nikol Pashinyan held a meeting with Charles Michel and Olaf Scholz.';
    const held = find(meetings(text, '2023-10-06'), 'Nikol Pashinyan', 'Charles Michel', 'Olaf Scholz');
    expect(held).toMatchObject({ status: 'held', date: '2023-10-05', location: 'Granada' });
  });

  it('takes the day the sentence before gave when the one called off names nobody', () => {
    const wire = 'The summit of the five leaders set for 5 October 2023 in Granada did not take place.\n\nInstead, Nikol Pashinyan held a meeting with Charles Michel and Olaf Scholz.';
    expect(find(meetings(wire), 'Nikol Pashinyan', 'Charles Michel', 'Olaf Scholz')?.date).toBe('2023-10-05');
    const agency = 'The quadrilateral format planned on the margins of the forum on June 1, 2023 was cancelled. Instead, Charles Michel received Ilham Aliyev in a bilateral format.';
    expect(find(meetings(agency), 'Charles Michel', 'Ilham Aliyev')?.date).toBe('2023-06-01');
    // two days before it: nothing says which
    const two = 'Talks set for 4 October 2023, then moved to 6 October 2023, were called off. Instead, Nikol Pashinyan held a meeting with Charles Michel.';
    expect(find(meetings(two), 'Nikol Pashinyan', 'Charles Michel')?.date ?? null).toBeNull();
  });
});

describe("how: a conversation among a paragraph's calls", () => {
  it('is a call when a neighbouring sentence of the paragraph is about calls, in person otherwise', () => {
    const calls = 'Diplomacy so far has amounted mostly to phone calls. On Monday Sergei Lavrov spoke separately with Elmar Mammadyarov and with Zohrab Mnatsakanyan.';
    expect(meetings(calls, '2020-07-16').map((m) => m.mode)).toEqual(['phone', 'phone']);
    const plain = 'The fighting was the worst in years. On Monday Sergei Lavrov spoke separately with Elmar Mammadyarov and with Zohrab Mnatsakanyan.';
    expect(meetings(plain, '2020-07-16').map((m) => m.mode)).toEqual(['in-person', 'in-person']);
    const apart = 'Diplomacy so far has amounted mostly to phone calls.\n\nOn Monday Sergei Lavrov spoke separately with Elmar Mammadyarov and with Zohrab Mnatsakanyan.';
    expect(meetings(apart, '2020-07-16').map((m) => m.mode)).toEqual(['in-person', 'in-person']);
  });
});

describe("where, from the paragraph", () => {
  it("reads a sentence opening 'There' at the place the sentence before went to, and keeps it for the next day", () => {
    const text = 'Jacques Chirac received Robert Kocharyan at the Elysee Palace on Friday, before both men were driven to Rambouillet, south-west of Paris. There Robert Kocharyan sat down with Ilham Aliyev and the mediators. They resumed their talks on Saturday morning, Robert Kocharyan and Ilham Aliyev alone.';
    const list = meetings(text, '2006-02-12');
    expect(find(list, 'Robert Kocharyan', 'Ilham Aliyev')?.location).toBe('Rambouillet');
  });

  it("does not read 'There was' as a place", () => {
    const text = 'Talks on Nagorno-Karabakh ended in Florida on Friday with a promise from both presidents to keep going.\n\nRobert Kocharyan flew to Paris on Monday. There was a meeting between Robert Kocharyan and Heydar Aliyev on Tuesday, officials said.';
    expect(meetings(text, '2001-04-07')[0]).toMatchObject({ location: null, date: '2001-04-03' });
  });
});

describe('the background year of a dated article', () => {
  it('puts a yearless day or month after a year written out in that year', () => {
    const analysis = meetings('The first real contact came in 2019. In March, Ilham Aliyev met Nikol Pashinyan in Vienna for their first formal summit.', '2024-05-16');
    expect(find(analysis, 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2019-03');
    const year = meetings('The year 2021 was one of contacts. On 11 January Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow. On 26 November he received Aliyev in Sochi.', '2024-05-16');
    expect(find(year, 'Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2021-01-11');
    expect(find(year, 'Vladimir Putin', 'Ilham Aliyev')?.date).toBe('2021-11-26');
    const undated = meetings('Diplomacy resumed in 2021. On 11 January Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow.');
    expect(undated[0].date).toBe('2021-01-11');
  });

  it("keeps the story's present, a plan, and a story that has come back to the present", () => {
    const present = meetings('The first real contact came in 2019. On May 10, Ilham Aliyev met Nikol Pashinyan in Almaty.', '2024-05-16');
    expect(present[0].date).toBe('2024-05-10');
    const plan = meetings('The first real contact came in 2019. Ilham Aliyev will meet Nikol Pashinyan in Almaty in September.', '2024-05-16');
    expect(plan[0].date).toBe('2024-09');
    const back = meetings('The first real contact came in 2019. Last week the sides resumed talks. In March, Ilham Aliyev met Nikol Pashinyan in Vienna.', '2024-05-16');
    expect(back[0].date).toBe('2024-03');
  });
});

describe('questions', () => {
  it('a question tells no meeting, the answer may', () => {
    const text = 'MOSCOW, April 11, 2019 - Briefing by the Foreign Ministry spokeswoman.\n\nQuestion: Will President Vladimir Putin receive Zohrab Mnatsakanyan and Elmar Mammadyarov?\n\nAnswer: Sergey Lavrov will hold talks with Zohrab Mnatsakanyan and Elmar Mammadyarov on Monday.\n';
    const ms = meetings(text);
    expect(pairs(ms)).toEqual(['Elmar Mammadyarov + Sergey Lavrov + Zohrab Mnatsakanyan']);
    expect(ms[0].status).toBe('planned');
  });
});

describe('a clause opened by "what"', () => {
  it('keeps a negation before "in what would be" out of the meeting it names', () => {
    const text = 'VIENNA, May 15, 2016 - Serzh Sargsyan and Ilham Aliyev arrived for talks.\n\nAn envoy warned not to expect a breakthrough in what would be the rival presidents\' first encounter since December.\n';
    const ms = meetings(text);
    expect(ms.filter((m) => m.status === 'not-held')).toEqual([]);
  });
});
