import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, findMeeting as find } from './helpers.js';

// Where a meeting took place: venues that stand for their city, venue phrases the clause gives
// in other words than "in X". Articles of our own.


describe('venues stand for their city', () => {
  it('reads a ministry, a guesthouse or a castle as the city it is in', () => {
    const [a] = meetings('Antony Blinken received Jeyhun Bayramov at the State Department on Friday.', '2023-05-06');
    expect(a.location).toBe('Washington');
    const [b] = meetings('Annalena Baerbock hosted Ararat Mirzoyan at Villa Borsig for a first round of talks.', '2024-03-01');
    expect(b.location).toBe('Berlin');
    const [c] = meetings('Emmanuel Macron sat down with Ilham Aliyev at Prague Castle late in the evening.', '2022-10-07');
    expect(c.location).toBe('Prague');
  });

  it('finds a venue after a long list of guests and a purpose', () => {
    const text = 'Antony Blinken hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov for the final session of a week of direct negotiations on the text of a peace treaty at a training centre for diplomats in Arlington, Virginia.';
    expect(meetings(text, '2023-05-05')[0].location).toBe('Arlington');
  });
});

describe('venue phrases', () => {
  it("reads 'the Kazakh capital' as the capital of the meeting's time", () => {
    const text = 'Nursultan Nazarbayev hosted Levon Ter-Petrosyan and Heydar Aliyev in the Kazakh capital on Monday.';
    expect(meetings(text, '1995-10-04')[0].location).toBe('Almaty');
    const later = 'Kassym-Jomart Tokayev hosted Ararat Mirzoyan and Jeyhun Bayramov in the Kazakh capital on Monday.';
    expect(meetings(later, '2024-05-15')[0].location).toBe('Astana');
  });

  it('prefers the village near which they met, and a region over the country that owns it', () => {
    const [a] = meetings('Robert Kocharyan and Heydar Aliyev talked for three hours near the village of Sadarak on Monday.', '1999-10-12');
    expect(a.location).toBe('Sadarak');
    const [b] = meetings("Robert Kocharyan and Heydar Aliyev talked for three hours in Azerbaijan's Nakhichevan exclave on Monday.", '1999-10-12');
    expect(b.location).toBe('Nakhchivan');
  });

  it("reads a venue written with an abbreviation ('in St. Petersburg')", () => {
    const [m] = meetings('The last meeting between Serzh Sargsyan and Ilham Aliyev took place in St. Petersburg in June 2016.', '2017-10-16');
    expect(m.location).toBe('Saint Petersburg');
  });

  it('follows a journey onward to the next city and stops the first venue at a new predicate', () => {
    const list = meetings('Dmitry Medvedev is due in Yerevan on Thursday for talks with Serzh Sargsyan and will travel on to Baku on Friday to see Ilham Aliyev.', '2016-04-06');
    expect(find(list, 'Dmitry Medvedev', 'Serzh Sargsyan')?.location).toBe('Yerevan');
    expect(find(list, 'Dmitry Medvedev', 'Ilham Aliyev')?.location).toBe('Baku');
  });

  it('reads where a host welcomed the guests to', () => {
    const [m] = meetings('Charles Michel welcomed Ilham Aliyev and Nikol Pashinyan to Brussels for a fresh round of talks.', '2022-05-23');
    expect(m.location).toBe('Brussels');
  });

  it("follows a 'where' back over a date to its place", () => {
    const text = 'Diplomats hope for a framework deal by the summit in Istanbul on Nov. 18-19, where Robert Kocharyan and Heydar Aliyev are expected to meet again.';
    const [m] = meetings(text, '1999-10-12');
    expect(m).toMatchObject({ location: 'Istanbul', status: 'planned' });
  });

  it("follows a 'when' or 'where' back over a relative date ('next week', 'later this month')", () => {
    const readout = meetings('Charles Michel will visit Baku next week, when he will meet Ilham Aliyev.', '2024-03-03');
    expect(find(readout, 'Charles Michel', 'Ilham Aliyev')).toMatchObject({ location: 'Baku', status: 'planned' });
    const wire = meetings('Recep Tayyip Erdogan travels to Nakhchivan on Monday morning, where he is to meet Ilham Aliyev.', '2023-09-20');
    expect(find(wire, 'Recep Tayyip Erdoğan', 'Ilham Aliyev')?.location).toBe('Nakhchivan');
    const agency = meetings('Sergey Lavrov will arrive in Yerevan later this month, where he will hold talks with Ararat Mirzoyan.', '2024-05-03');
    expect(find(agency, 'Sergey Lavrov', 'Ararat Mirzoyan')?.location).toBe('Yerevan');
  });
});

describe('a record is not a plan, a refusal is no meeting', () => {
  it('reads "was the first to sit down with" and "the next day sat down with" as meetings held', () => {
    const first = meetings('Zohrab Mnatsakanyan was the first to sit down with Igor Popov on Friday in Geneva.', '2020-10-30');
    expect(first[0]).toMatchObject({ status: 'held', date: '2020-10-30' });
    const next = meetings('On 9 August Vladimir Putin received Ilham Aliyev in Sochi, and the next day sat down with Serzh Sargsyan.', '2014-08-12');
    expect(find(next, 'Vladimir Putin', 'Serzh Sargsyan')?.status).toBe('held');
  });

  it('reads a plan undone later in the sentence, or one that did not happen, as not held', () => {
    const [a] = meetings('A meeting of Ilham Aliyev and Nikol Pashinyan had been planned for Friday but, in the end, it did not take place.', '2023-10-09');
    expect(a).toMatchObject({ status: 'not-held', cameo: '164' });
    const [b] = meetings('A planned meeting between Ilham Aliyev and Nikol Pashinyan in Granada did not happen.', '2023-10-09');
    expect(b).toMatchObject({ status: 'not-held', location: 'Granada' });
  });

  it('reads a plan in the past undone by a call-off, a missed occasion, or "was to have met", as not held', () => {
    const wire = meetings('Ilham Aliyev and Nikol Pashinyan were due to meet in Almaty on Thursday but the talks were called off.', '2024-05-17');
    expect(wire[0].status).toBe('not-held');
    const skipped = meetings('Nikol Pashinyan skipped the summit in Almaty, where he had been expected to meet Ilham Aliyev.', '2024-05-17');
    expect(find(skipped, 'Nikol Pashinyan', 'Ilham Aliyev')).toMatchObject({ status: 'not-held', location: 'Almaty' });
    const counterfactual = meetings('Ilham Aliyev and Nikol Pashinyan were to have met in Almaty on Thursday.', '2024-05-17');
    expect(counterfactual[0].status).toBe('not-held');
    // a plan still standing stays a plan
    const plan = meetings('Ilham Aliyev and Nikol Pashinyan were expected to meet in Almaty on Thursday, a source said.', '2024-05-14');
    expect(plan[0].status).toBe('planned');
  });

  it('reads talks one side rejected as not held, by refusal', () => {
    const [m] = meetings('Official Baku has flatly rejected any direct negotiations between Ilham Aliyev and Bako Sahakyan.', '2019-03-29');
    expect(m).toMatchObject({ status: 'not-held', cameo: '125' });
  });

  it('reads "the first summit ... to be held on their soil" as a meeting held', () => {
    const text = 'Robert Kocharyan and Heydar Aliyev met on Monday at the border, the first summit between the two men to be held on the soil of either country.';
    const list = meetings(text, '1999-10-12');
    expect(list.every((m) => m.status === 'held')).toBe(true);
    expect(list[0].date).toBe('1999-10-11');
  });
});

describe("the dateline city is the story's venue", () => {
  const wire = (body: string) => `KEY WEST, Fla. (AP) - Talks between the leaders of Armenia and Azerbaijan on the future of Nagorno-Karabakh ended on Friday with no agreement but a promise to keep going.\n\n${body}`;

  it("places the week's undated-venue meetings there, not older ones or calls", () => {
    const list = meetings(wire('Colin Powell saw Robert Kocharyan alone on Tuesday. In March, Jacques Chirac had received Heydar Aliyev. Powell spoke by phone with Heydar Aliyev on Wednesday.'), '2001-04-07');
    expect(find(list, 'Colin Powell', 'Robert Kocharyan')).toMatchObject({ location: 'Key West', date: '2001-04-03' });
    expect(find(list, 'Jacques Chirac', 'Heydar Aliyev')?.location).toBeNull();
    expect(find(list, 'Colin Powell', 'Heydar Aliyev')).toMatchObject({ location: null, mode: 'phone' });
  });

  it('narrows a country the text gives to the dateline city inside it', () => {
    const text = 'BAKU, March 3 (Reuters) - Turkey and Azerbaijan pledged closer defence ties on Tuesday as their leaders met for the third time this year.\n\nRecep Tayyip Erdogan held talks with Ilham Aliyev in Azerbaijan on Monday, officials said.';
    expect(meetings(text, '2021-03-03')[0].location).toBe('Baku');
  });
});

describe("the story's own place", () => {
  it("reads 'here' as the venue of the meeting the story told, or its dateline city", () => {
    const told = 'Tonight Charles Michel welcomed Ilham Aliyev and Nikol Pashinyan to Brussels. In December Charles Michel held talks here with Ilham Aliyev and Nikol Pashinyan for the first time.';
    const list = meetings(told, '2022-05-22');
    expect(list.find((m) => m.date === '2021-12')?.location).toBe('Brussels');
    const wire = 'GENEVA (Reuters) - Mediators said on Friday that progress in the talks on Nagorno-Karabakh was slow.\n\nSergei Lavrov met Jeyhun Bayramov here in October.';
    expect(meetings(wire, '2020-10-30')[0]).toMatchObject({ location: 'Geneva', date: '2020-10' });
  });

  it("gives a paragraph's heading city to its meetings, and nothing to a plain opening word", () => {
    const text = 'A year of talks.\n\nMunich. On 17 February Olaf Scholz brought Ilham Aliyev and Nikol Pashinyan together on the sidelines of a security conference.\n\nBerlin. On 28 February Annalena Baerbock received Ararat Mirzoyan.\n\nLater, Antony Blinken called Jeyhun Bayramov.';
    const list = meetings(text, '2024-12-30');
    expect(find(list, 'Olaf Scholz', 'Ilham Aliyev', 'Nikol Pashinyan')?.location).toBe('Munich');
    expect(find(list, 'Annalena Baerbock', 'Ararat Mirzoyan')?.location).toBe('Berlin');
    expect(find(list, 'Antony Blinken', 'Jeyhun Bayramov')?.location).toBeNull();
  });
});

describe("talks on a summit's eve", () => {
  it('are at the summit venue when they give none of their own', () => {
    const text = 'Vladimir Putin hosted the two presidents at Bocharov Ruchei yesterday. He held separate talks with Ilham Aliyev and with Serzh Sargsyan on Saturday evening, and the three-way meeting took place on Sunday.';
    const ms = meetings(text, '2014-08-11');
    expect(find(ms, 'Vladimir Putin', 'Ilham Aliyev')).toMatchObject({ location: 'Sochi', date: '2014-08-09' });
    expect(find(ms, 'Vladimir Putin', 'Ilham Aliyev', 'Serzh Sargsyan')).toMatchObject({ location: 'Sochi', date: '2014-08-10' });
  });

  it('a week away they are not', () => {
    const text = 'Vladimir Putin hosted Ilham Aliyev and Serzh Sargsyan at Bocharov Ruchei on Sunday. A week earlier he had held separate talks with Aliyev and with Sargsyan on 3 August.';
    expect(find(meetings(text, '2014-08-11'), 'Vladimir Putin', 'Ilham Aliyev')?.location ?? null).toBeNull();
  });
});

describe("the lead's venue stands in for a missing dateline", () => {
  it("places the story's meetings at the venue its headline gives its talks", () => {
    const text = 'Armenia and Azerbaijan agree ceasefire after marathon Moscow talks\n\nSat 10 Oct 2020\n\nThe truce took effect at noon after more than ten hours of negotiation through the night.\n\nSergei Lavrov has welcomed Jeyhun Bayramov and Zohrab Mnatsakanyan at the start of the talks.';
    expect(meetings(text, '2020-10-10')[0]).toMatchObject({ location: 'Moscow', date: '2020-10-10' });
    const none = 'Armenia and Azerbaijan agree ceasefire after marathon talks\n\nSat 10 Oct 2020\n\nThe truce took effect at noon after more than ten hours of negotiation through the night.\n\nSergei Lavrov has welcomed Jeyhun Bayramov and Zohrab Mnatsakanyan at the start of the talks.';
    expect(meetings(none, '2020-10-10')[0].location).toBeNull();
  });
});

describe("a meeting noun's relative clause", () => {
  it('gives the meeting its venue and day', () => {
    const text = 'In November 2023 Baku pulled out of a round of talks between Jeyhun Bayramov and Ararat Mirzoyan that Antony Blinken was due to host in Washington on 20 November.';
    const m = meetings(text, '2024-12-30').find((x) => x.participants.length === 3);
    expect(m).toMatchObject({ location: 'Washington', date: '2023-11-20', status: 'not-held' });
  });
});

describe('a meeting on the sidelines of an occasion the story placed just before', () => {
  it("is at the occasion's city", () => {
    const wire = meetings('The European Political Community gathered in the Spanish city of Granada on Thursday. On the margins of the summit, Nikol Pashinyan held talks with Emmanuel Macron.', '2023-10-06');
    expect(find(wire, 'Nikol Pashinyan', 'Emmanuel Macron')?.location).toBe('Granada');
    const readout = meetings('Leaders of the member states arrived in Vilnius for the NATO summit. Recep Tayyip Erdogan also had a conversation with Ilham Aliyev. On the sidelines of the summit, Erdogan met Nikol Pashinyan.', '2023-07-12');
    expect(find(readout, 'Recep Tayyip Erdoğan', 'Nikol Pashinyan')?.location).toBe('Vilnius');
    const agency = meetings('The CIS heads of state held an informal summit in St. Petersburg. During the summit, Vladimir Putin spoke with Nikol Pashinyan and Ilham Aliyev.', '2023-12-27');
    expect(find(agency, 'Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev')?.location).toBe('Saint Petersburg');
  });

  it('keeps the venue its own sentence gives, and places no call', () => {
    const own = meetings('Leaders of the continent gathered in Granada on Thursday. Nikol Pashinyan and Ilham Aliyev sat down on June 1 on the sidelines of the EPC summit, which was held at Mimi Castle near Chisinau.', '2023-10-06');
    expect(find(own, 'Nikol Pashinyan', 'Ilham Aliyev')?.location).not.toBe('Granada');
    const call = meetings('The summit opened in Granada. On the sidelines of the summit, Nikol Pashinyan spoke by phone with Ilham Aliyev.', '2023-10-06');
    expect(find(call, 'Nikol Pashinyan', 'Ilham Aliyev')?.location ?? null).toBeNull();
  });
});

describe('a meeting told as part of a visit', () => {
  it("is at the visit's destination, a country narrowed to the story's city there", () => {
    const wire = meetings('YEREVAN, 18 November 2013 - Serzh Sargsyan and Ilham Aliyev will meet in Vienna on Tuesday.\n\nSargsyan will fly to Austria later on Monday; during the visit he is also due to hold talks with Austrian President Heinz Fischer.', '2013-11-18');
    expect(find(wire, 'Serzh Sargsyan', 'Heinz Fischer')?.location).toBe('Vienna');
    const readout = meetings('Nikol Pashinyan arrived in Paris on Monday for a working visit to France. During the visit, Pashinyan met Emmanuel Macron.', '2024-02-21');
    expect(find(readout, 'Nikol Pashinyan', 'Emmanuel Macron')?.location).toBe('Paris');
    const agency = meetings('Ilham Aliyev paid a state visit to Italy. On his visit he held talks with Sergio Mattarella.', '2020-02-21');
    expect(find(agency, 'Ilham Aliyev', 'Sergio Mattarella')?.location).toBe('Italy');
    // a visit counted in days is still the visit ("two-day" is three tokens of the Doc)
    const counted = meetings('Ilham Aliyev flew to Rome on Sunday. During his two-day visit he held talks with Sergio Mattarella.', '2020-02-21');
    expect(find(counted, 'Ilham Aliyev', 'Sergio Mattarella')?.location).toBe('Rome');
  });

  it("keeps a country when the story's meetings there are in two cities", () => {
    const two = meetings('Vladimir Putin received Nikol Pashinyan in Moscow on Monday. On Tuesday Putin hosted Ilham Aliyev in Sochi. Pashinyan also met Sergey Lavrov in Russia.', '2024-05-22');
    expect(find(two, 'Nikol Pashinyan', 'Sergey Lavrov')?.location).toBe('Russia');
    const one = meetings('Vladimir Putin received Nikol Pashinyan in Moscow on Monday. Pashinyan also met Sergey Lavrov in Russia.', '2024-05-22');
    expect(find(one, 'Nikol Pashinyan', 'Sergey Lavrov')?.location).toBe('Moscow');
  });
});

describe('a forum that sits in one city', () => {
  it("is the venue of a meeting on its sidelines", () => {
    const wire = meetings('Ilham Aliyev and Nikol Pashinyan met on the sidelines of the Munich Security Conference on Saturday.', '2024-02-18');
    expect(find(wire, 'Ilham Aliyev', 'Nikol Pashinyan')?.location).toBe('Munich');
    const readout = meetings('On the margins of the Antalya Diplomacy Forum, Jeyhun Bayramov held talks with Ararat Mirzoyan.', '2024-03-02');
    expect(find(readout, 'Jeyhun Bayramov', 'Ararat Mirzoyan')?.location).toBe('Antalya');
    const agency = meetings('Nikol Pashinyan met Ilham Aliyev on the fringes of the World Economic Forum in January.', '2024-02-02');
    expect(find(agency, 'Nikol Pashinyan', 'Ilham Aliyev')?.location).toBe('Davos');
  });

  it("not an organisation's summit held elsewhere", () => {
    const nato = meetings('John Kerry brought Serzh Sargsyan and Ilham Aliyev together on the margins of the NATO summit in Newport, Wales.', '2014-09-06');
    expect(find(nato, 'John Kerry', 'Serzh Sargsyan', 'Ilham Aliyev')?.location).toBe('Newport');
    const own = meetings("Robert Kocharyan and Heydar Aliyev sat down together in Washington in April, on the sidelines of NATO's anniversary summit.", '1999-10-12');
    expect(find(own, 'Robert Kocharyan', 'Heydar Aliyev')?.location).toBe('Washington');
  });
});

describe("a meeting on a day of the story's week with no venue of its own", () => {
  it("is in the one city where the story's other meetings of that day were", () => {
    const wire = meetings('YEREVAN, Oct 30, 2020 - Zohrab Mnatsakanyan and Jeyhun Bayramov held talks with the mediators in Geneva on Friday.\n\nMnatsakanyan first sat down with Igor Popov alone. Later in the day the two ministers sat down together with Popov and Andrew Schofer.', '2020-10-30');
    expect(find(wire, 'Zohrab Mnatsakanyan', 'Jeyhun Bayramov', 'Igor Popov', 'Andrew Schofer')?.location).toBe('Geneva');
    const readout = meetings('YEREVAN, 26 May 2023 - Vladimir Putin received Nikol Pashinyan in Moscow on Thursday.\n\nOn Thursday Pashinyan also held talks with Mikhail Mishustin.', '2023-05-26');
    expect(find(readout, 'Nikol Pashinyan', 'Mikhail Mishustin')?.location).toBe('Moscow');
    // over the dateline city, which is where the story was filed
  });

  it('not when that day saw meetings in two cities, nor for a call', () => {
    const two = meetings('Baku, 14 May 2024\n\nIlham Aliyev met Charles Michel in Brussels on Monday. On Monday Nikol Pashinyan met Emmanuel Macron in Paris.\n\nOn Monday Michel also held talks with Olaf Scholz.', '2024-05-14');
    expect(find(two, 'Charles Michel', 'Olaf Scholz')?.location ?? null).toBeNull();
    const call = meetings('Moscow, 26 May 2023\n\nVladimir Putin received Nikol Pashinyan in Moscow on Thursday.\n\nOn Thursday Putin also spoke by phone with Ilham Aliyev.', '2023-05-26');
    expect(find(call, 'Vladimir Putin', 'Ilham Aliyev')?.location ?? null).toBeNull();
  });
});

describe('a venue phrase with a describing word before the place noun', () => {
  it('reads "the liberated city of", "the historic town of", "the border village of"', () => {
    expect(meetings('Ilham Aliyev hosted Recep Tayyip Erdogan in the liberated city of Shusha on Tuesday.', '2024-03-20')[0].location).toBe('Shusha');
    expect(meetings('Ilham Aliyev received Vladimir Putin in the historic city of Baku on Tuesday.', '2024-03-20')[0].location).toBe('Baku');
    expect(meetings('Nikol Pashinyan met Ilham Aliyev in the Armenian resort town of Dilijan on Tuesday.', '2024-03-20')[0].location).toBe('Dilijan');
  });
});

describe('a title-case dateline with its date', () => {
  it("places the story's undated-venue meetings of its week at the dateline city", () => {
    const agency = meetings('Minister holds meetings\n\nMadrid, November 29 (AzerTAg). The foreign minister is in the capital of Spain for the OSCE ministerial council.\n\nYesterday evening, at the initiative of the co-chairmen - Matthew Bryza (USA), Yuri Merzlyakov (Russia) and Bernard Fassier (France) - a working dinner took place with the participation of Elmar Mammadyarov and Vartan Oskanian.', '2007-11-29');
    expect(agency.find((m) => m.participants.includes('Vartan Oskanian'))).toMatchObject({ location: 'Madrid', date: '2007-11-28' });
    const wire = meetings('Talks\n\nBaku, Azerbaijan, 14 March 2022. Ilham Aliyev received Charles Michel on Sunday.', '2022-03-14');
    expect(wire[0].location).toBe('Baku');
  });

  it('not a city that merely opens a line of prose', () => {
    const prose = meetings('Talks\n\nMadrid, November 29 was a cold day for the negotiators who had come from afar.\n\nElmar Mammadyarov met Vartan Oskanian on Wednesday.', '2007-11-29');
    expect(prose[0].location).toBeNull();
  });
});

describe('a round of talks of the same people over a few days', () => {
  it("is at the venue the paragraph gave the round's last session", () => {
    const readout = meetings('Readout\n\nAntony Blinken today hosted Ararat Mirzoyan and Jeyhun Bayramov for the closing session of four days of negotiations in Arlington. Blinken had opened the talks with Mirzoyan and Bayramov on Monday.', '2023-05-04');
    const both = readout.filter((m) => m.participants.length === 3);
    expect(both.map((m) => [m.date, m.location])).toEqual([['2023-05-04', 'Arlington'], ['2023-05-01', 'Arlington']]);
  });

  it('not other people, nor the same people weeks apart', () => {
    const others = meetings('Readout\n\nAntony Blinken today hosted Ararat Mirzoyan and Jeyhun Bayramov in Arlington. On Monday Blinken had met Nikol Pashinyan.', '2023-05-04');
    expect(find(others, 'Antony Blinken', 'Nikol Pashinyan')?.location ?? null).toBeNull();
    const apart = meetings('Readout\n\nAntony Blinken today hosted Ararat Mirzoyan and Jeyhun Bayramov in Arlington. Blinken had met Mirzoyan and Bayramov on 2 April.', '2023-05-04');
    expect(apart.find((m) => m.date === '2023-04-02')?.location ?? null).toBeNull();
  });
});
