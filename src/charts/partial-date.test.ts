import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart } from './partial-date.ts';

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
