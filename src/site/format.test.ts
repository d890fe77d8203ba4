import { describe, expect, it } from 'vitest';
import { plural, surname } from './format.ts';

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
