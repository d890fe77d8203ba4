import { describe, it, expect } from 'vitest';
import { endsSentence, foldForMatch, isAllCaps, mentionsDate, normaliseSpaces, parseDateLine } from './text.ts';

describe('normaliseSpaces', () => {
  it('collapses runs of white space, trims, keeps curly quotes', () => {
    expect(normaliseSpaces('  ‘un-unite’   Russia\tand  China ')).toBe('‘un-unite’ Russia and China');
  });
});

describe('endsSentence', () => {
  it('accepts . ? ! with closing quotes after them', () => {
    expect(endsSentence('It ended.')).toBe(true);
    expect(endsSentence('“a backward nation.”')).toBe(true);
    expect(endsSentence('Why?')).toBe(true);
    expect(endsSentence('as did the')).toBe(false);
    expect(endsSentence('No comments:')).toBe(false);
  });
});

describe('isAllCaps', () => {
  it('is true for a capitals line, including dotted capitals such as İ', () => {
    expect(isAllCaps('ASIA TİMES')).toBe(true);
    expect(isAllCaps('AN UNEQUAL PARTNERSHIP')).toBe(true);
    expect(isAllCaps('1Subscribe Now')).toBe(false);
    expect(isAllCaps('2019')).toBe(false);
  });
});

describe('foldForMatch', () => {
  it('ignores case, punctuation and line-break hyphen spacing', () => {
    expect(foldForMatch('Modernization—perhaps at its own expense.')).toBe('modernization perhaps at its own expense');
    expect(foldForMatch('long- standing')).toBe(foldForMatch('long-standing'));
  });
});

describe('parseDateLine', () => {
  it('parses a line that is only a date', () => {
    expect(parseDateLine('Wednesday, February 26, 2025')).toBe('2025-02-26');
    expect(parseDateLine('August 4, 2021')).toBe('2021-08-04');
    expect(parseDateLine('14 April 2025')).toBe('2025-04-14');
  });

  it('returns undefined for anything else', () => {
    expect(parseDateLine('In October 2024, Trump said')).toBeUndefined();
  });
});

describe('mentionsDate', () => {
  it('sees a month name or a year', () => {
    expect(mentionsDate('Brazil, November 2019')).toBe(true);
    expect(mentionsDate('Xi and Putin may meet')).toBe(false);
  });
});
