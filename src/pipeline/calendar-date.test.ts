import { describe, expect, it } from 'vitest';
import { dateSpan, endsOnOrAfter, isCalendarDate } from './calendar-date.ts';

describe('isCalendarDate', () => {
  it('accepts real dates at each precision', () => {
    for (const d of ['1969', '1969-03', '1969-03-02', '2024-02-29', '2000-02-29'])
      expect(isCalendarDate(d), d).toBe(true);
  });

  it('refuses days and months the calendar does not have', () => {
    for (const d of ['2025-02-30', '2025-02-29', '1900-02-29', '2021-13-45', '2021-00', '2021-04-31', '2021-1-1', '21'])
      expect(isCalendarDate(d), d).toBe(false);
  });
});

describe('ranges compared as dates', () => {
  it('spans a month or a year', () => {
    expect(dateSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan('1969')).toEqual(['1969-01-01', '1969-12-31']);
  });

  it('lets a month end a range that starts within it, and refuses an end before the start', () => {
    expect(endsOnOrAfter('1970-02', '1970-02-15')).toBe(true);
    expect(endsOnOrAfter('1970', '1970-06-01')).toBe(true);
    expect(endsOnOrAfter('1970-01', '1970-02-15')).toBe(false);
    expect(endsOnOrAfter('1969-12-31', '1970')).toBe(false);
  });
});
