import { describe, expect, it } from 'vitest';
import { countWord, formatEventDate, formatPartialDate, plural, surname } from './format.ts';

describe('plural', () => {
  it('writes the noun in the plural unless the count is one, with thousands separated', () => {
    expect([plural(0, 'essay'), plural(1, 'essay'), plural(1204, 'claim')]).toEqual([
      '0 essays',
      '1 essay',
      '1,204 claims',
    ]);
  });
  it('takes an irregular plural', () => {
    expect(plural(2, 'thesis', 'theses')).toBe('2 theses');
  });
});

describe('surname', () => {
  it('takes the last word of the name, whatever the spacing', () => {
    expect([surname('Charles A. Kupchan'), surname('  Garrett I.  Campbell '), surname('Plato')]).toEqual([
      'Kupchan',
      'Campbell',
      'Plato',
    ]);
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

  it('writes a range that ends where it starts as a point', () => {
    expect(formatEventDate('2001-07-16', '2001-07-16')).toBe('16 July 2001');
  });
});

describe('countWord', () => {
  it('writes counts up to twelve in words and larger ones in figures, capitalised to open a sentence', () => {
    expect([0, 1, 3, 4, 12, 13, 1204].map((n) => countWord(n))).toEqual([
      'no',
      'one',
      'three',
      'four',
      'twelve',
      '13',
      '1,204',
    ]);
    expect([3, 13].map((n) => countWord(n, { capital: true }))).toEqual(['Three', '13']);
  });
});
