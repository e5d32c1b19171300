import { describe, it, expect } from '@jest/globals';
import { addDays, calendarOf, compareTime, contains, dateBounds, dayDiff, laterThan, overlaps, prefixAgree, sharedPrecision, span } from '../src/time/partial.js';

describe('partial ISO dates', () => {
  it.each([
    ['2016', '2016-01-01', '2016-12-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2015-02', '2015-02-01', '2015-02-28'],
    ['2016-05-16', '2016-05-16', '2016-05-16'],
    ['2016-W20', '2016-05-16', '2016-05-22'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['1998-W01', '1997-12-29', '1998-01-04'],
    ['2016-W20-WE', '2016-05-21', '2016-05-22'],
    ['1989-Q3', '1989-07-01', '1989-09-30'],
    ['1990-H1', '1990-01-01', '1990-06-30'],
    ['1998-SU', '1998-06-01', '1998-08-31'],
    ['1994-WI', '1994-12-01', '1995-02-28'],
  ])('%s covers %s .. %s', (v, first, last) => {
    expect(dateBounds(v)).toEqual([first, last]);
  });

  it('gives no span to reference values or garbage', () => {
    expect(span('PRESENT_REF')).toBeNull();
    expect(span('2016-13')).toBeNull();
    expect(span('2015-02-29')).toBeNull();
    expect(calendarOf('PAST_REF')).toBeNull();
  });

  it('counts days across months, leap days and years without a clock', () => {
    expect(dayDiff('2020-02-28', '2020-03-01')).toBe(2);
    expect(dayDiff('2019-12-31', '2020-01-01')).toBe(1);
    expect(addDays('2020-10-25', 2)).toBe('2020-10-27');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
  });

  it('compares, contains and overlaps at mixed precision', () => {
    expect(contains('2016-05', '2016-05-16')).toBe(true);
    expect(contains('2016-05-16', '2016-05')).toBe(false);
    expect(contains('2016-Q2', '2016-W20')).toBe(true);
    expect(overlaps('2016-W22', '2016-06')).toBe(true);
    expect(overlaps('2016-04', '2016-06')).toBe(false);
    expect(['2016-05-16', '2016-W20', '2016', 'PRESENT_REF', '2016-05'].sort(compareTime)).toEqual(['2016', '2016-05', '2016-W20', '2016-05-16', 'PRESENT_REF']);
    expect(prefixAgree('2016-05', '2016-05-16')).toBe(true);
    expect(laterThan('2016-06', '2016-05-31')).toBe(true);
    expect(laterThan('2016-05', '2016-05-31')).toBe(false);
    expect(sharedPrecision('2016-05-16', '2016-05')).toBe(2);
    expect(sharedPrecision('2016-05-16', '2016-06')).toBe(-1);
  });

  it('brings a TimeML value down to the calendar value it fixes', () => {
    expect(calendarOf('2016-W20')).toBe('2016-05');
    expect(calendarOf('2016-W22')).toBe('2016');
    expect(calendarOf('1989-Q3')).toBe('1989');
    expect(calendarOf('2016-05-16')).toBe('2016-05-16');
  });
});
