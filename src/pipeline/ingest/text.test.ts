import { describe, it, expect } from 'vitest';
import {
  endsSentence,
  foldForMatch,
  isAllCaps,
  mentionsDate,
  normaliseInvisible,
  normaliseSpaces,
  parseDateLine,
} from './text.ts';

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

describe('normaliseInvisible', () => {
  it('removes soft hyphens, zero-width characters, word joiners and BOMs, and says how many of each', () => {
    const { text, changes } = normaliseInvisible(
      'sanc\u00ADtions\u200B on\u200C\u200D Mos\u2060cow\uFEFF, sanc\u00ADtions',
    );
    expect(text).toBe('sanctions on Moscow, sanctions');
    expect(changes).toEqual([
      '2 × soft hyphen U+00AD',
      '1 × zero-width space U+200B',
      '1 × zero-width non-joiner U+200C',
      '1 × zero-width joiner U+200D',
      '1 × word joiner U+2060',
      '1 × zero-width no-break space (BOM) U+FEFF',
    ]);
  });

  it('composes decomposed letters to NFC and reports it', () => {
    const { text, changes } = normaliseInvisible('Sergei Lavrov in Pe\u0301kin');
    expect(text).toBe('Sergei Lavrov in P\u00E9kin');
    expect(changes).toEqual(['composed to Unicode NFC']);
  });

  it('leaves clean text alone and reports nothing', () => {
    expect(normaliseInvisible('Plain “quoted” text — with an en–dash.')).toEqual({
      text: 'Plain “quoted” text — with an en–dash.',
      changes: [],
    });
  });
});
