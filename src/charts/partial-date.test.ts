import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, formatEventDate, formatPartialDate } from './partial-date.ts';

describe('dateStart', () => {
  it('reads each precision as the first instant of its period, in UTC', () => {
    expect(dateStart('1689-09-06').toISOString()).toBe('1689-09-06T00:00:00.000Z');
    expect(dateStart('1954-09').toISOString()).toBe('1954-09-01T00:00:00.000Z');
    expect(dateStart('1727').toISOString()).toBe('1727-01-01T00:00:00.000Z');
  });
});

describe('dateEnd', () => {
  it('returns the first instant after the period', () => {
    expect(dateEnd('1953-07-27').toISOString()).toBe('1953-07-28T00:00:00.000Z');
    expect(dateEnd('1950-02').toISOString()).toBe('1950-03-01T00:00:00.000Z');
    expect(dateEnd('1959').toISOString()).toBe('1960-01-01T00:00:00.000Z');
  });
});

describe('formatPartialDate', () => {
  it('writes the date at its own precision', () => {
    expect([formatPartialDate('1689-09-06'), formatPartialDate('1954-09'), formatPartialDate('1727')]).toEqual([
      '6 September 1689',
      'September 1954',
      '1727',
    ]);
  });
});

describe('formatEventDate', () => {
  it('writes ranges with an en dash and points alone', () => {
    expect(formatEventDate('1949-12-16', '1950-02')).toBe('16 December 1949 – February 1950');
    expect(formatEventDate('1969-03-02')).toBe('2 March 1969');
  });
});
