import { describe, expect, it } from 'vitest';
import { dateTimeParts, endOfDayInFinland, nextDay, parseDay, startOfDayInFinland } from './format.js';

describe('days and times as Finland shows them', () => {
  it('reads days as people type them, and refuses days that do not exist', () => {
    expect(parseDay('')).toBeNull();
    expect(parseDay(' 31.12.2027 ')).toBe('2027-12-31');
    expect(parseDay('1.2.2027')).toBe('2027-02-01');
    expect(parseDay('1/2/2027')).toBe('2027-02-01');
    expect(parseDay('2027-02-01')).toBe('2027-02-01');
    expect(parseDay('30.2.2027')).toBe('invalid');
    expect(parseDay('huomenna')).toBe('invalid');
  });

  it('ends a day at midnight in Finland, in winter and in summer time', () => {
    expect(endOfDayInFinland('2027-01-15')).toBe('2027-01-15T21:59:59.000Z');
    expect(endOfDayInFinland('2027-07-15')).toBe('2027-07-15T20:59:59.000Z');
    expect(endOfDayInFinland('15.7.2027')).toBeNull();
  });

  it('starts a day at midnight in Finland, also on the nights the clocks change', () => {
    expect(startOfDayInFinland('2027-01-15')).toBe('2027-01-14T22:00:00.000Z');
    expect(startOfDayInFinland('2027-07-15')).toBe('2027-07-14T21:00:00.000Z');
    // Summer time begins at 03.00 on 28 March 2027 and ends at 04.00 on 31 October 2027.
    expect(startOfDayInFinland('2027-03-28')).toBe('2027-03-27T22:00:00.000Z');
    expect(startOfDayInFinland('2027-10-31')).toBe('2027-10-30T21:00:00.000Z');
    expect(startOfDayInFinland('28.3.2027')).toBeNull();
    expect(nextDay('2027-12-31')).toBe('2028-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('shows a timestamp in Finnish time in each language', () => {
    expect(dateTimeParts('2026-11-23T12:02:00Z', 'fi')).toEqual({ date: '23.11.2026', time: '14.02' });
    expect(dateTimeParts('2026-11-23T12:02:00Z', 'sv')).toEqual({ date: '23.11.2026', time: '14.02' });
    expect(dateTimeParts('2026-11-23T22:30:00Z', 'en')).toEqual({ date: '24 Nov 2026', time: '00:30' });
  });
});
