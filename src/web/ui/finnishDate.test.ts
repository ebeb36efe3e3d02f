import { describe, expect, it } from 'vitest';
import type { FieldError } from '../api.js';
import { untilEndOfDay } from './finnishDate.js';

const messages = { required: 'Anna päivä.', invalid: 'Anna oikea päivä.' };

describe('a typed "valid until" day', () => {
  it('is the end of that day in Finland, in summer and in winter time', () => {
    const errors: FieldError[] = [];
    expect(untilEndOfDay('31.12.2027', '/validUntil', messages, errors)).toBe('2027-12-31T21:59:59.000Z');
    expect(untilEndOfDay(' 1.7.2027 ', '/validUntil', messages, errors)).toBe('2027-07-01T20:59:59.000Z');
    expect(untilEndOfDay('2027-07-01', '/validUntil', messages, errors)).toBe('2027-07-01T20:59:59.000Z');
    expect(errors).toEqual([]);
  });

  it('is null when empty: an error only when the field is required', () => {
    const errors: FieldError[] = [];
    expect(untilEndOfDay('', '/a', { invalid: messages.invalid }, errors)).toBeNull();
    expect(errors).toEqual([]);
    expect(untilEndOfDay('  ', '/b', messages, errors)).toBeNull();
    expect(errors).toEqual([{ field: '/b', message: 'Anna päivä.' }]);
  });

  it('says so at the field when the text is not a real day, never guessing', () => {
    const errors: FieldError[] = [{ field: '/kind', message: 'Valitse laji.' }];
    expect(untilEndOfDay('31.13.2027', '/x/validUntil', messages, errors)).toBeNull();
    expect(untilEndOfDay('30.2.2027', '/y', { invalid: 'Väärä.' }, errors)).toBeNull();
    expect(untilEndOfDay('huomenna', '/z', messages, errors)).toBeNull();
    expect(errors).toEqual([
      { field: '/kind', message: 'Valitse laji.' },
      { field: '/x/validUntil', message: 'Anna oikea päivä.' },
      { field: '/y', message: 'Väärä.' },
      { field: '/z', message: 'Anna oikea päivä.' },
    ]);
  });
});
