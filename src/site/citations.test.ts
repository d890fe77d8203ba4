import { describe, expect, it } from 'vitest';
import {
  bibtexEntry,
  bibtexUrl,
  bibtexKey,
  bibtexKeys,
  bibtexTitle,
  chicagoBibliography,
  chicagoDate,
  chicagoNote,
  citations,
  escapeBibtex,
  invertName,
  type CitableEssay,
} from './citations.ts';

const taffer: CitableEssay = {
  title: 'The wise way to ‘un-unite’ Russia and China',
  author: 'Andrew Taffer',
  venue: 'Asia Times',
  published: '2025-02-26',
  url: 'https://asiatimes.com/2025/02/the-wise-way-to-un-unite-russia-and-china/',
};
const kupchan: CitableEssay = {
  title: 'The Right Way to Split China and Russia',
  author: 'Charles A. Kupchan',
  venue: 'Foreign Affairs',
  published: '2021-08-04',
  url: 'https://www.foreignaffairs.com/articles/united-states/2021-08-04/right-way-split-china-and-russia',
};

describe('chicagoDate', () => {
  it('writes month name, day without a leading zero, and year', () => {
    expect(chicagoDate('2021-08-04')).toBe('August 4, 2021');
  });
  it('refuses a date that is not YYYY-MM-DD, quoting it', () => {
    expect(() => chicagoDate('4 Aug 2021')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected a date written YYYY-MM-DD, got “4 Aug 2021”]`,
    );
    expect(() => chicagoDate('2021-13-04')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Expected a month 01–12, got “2021-13-04”]`,
    );
  });
});

describe('invertName', () => {
  it('puts the surname first, keeping middle initials with the given name', () => {
    expect(invertName('Charles A. Kupchan')).toBe('Kupchan, Charles A.');
  });
  it('leaves a single name alone', () => {
    expect(invertName('Anonymous')).toBe('Anonymous');
  });
});

describe('chicagoBibliography', () => {
  it('formats a web article with curly quotes, the period inside them', () => {
    expect(chicagoBibliography(kupchan)).toBe(
      'Kupchan, Charles A. “The Right Way to Split China and Russia.” Foreign Affairs, August 4, 2021. https://www.foreignaffairs.com/articles/united-states/2021-08-04/right-way-split-china-and-russia.',
    );
  });
  it('keeps single quotes nested inside the title', () => {
    expect(chicagoBibliography(taffer)).toContain('“The wise way to ‘un-unite’ Russia and China.”');
  });
  it('turns straight quotes in a title into curly single quotes and apostrophes', () => {
    expect(chicagoBibliography({ ...kupchan, title: 'Why "Wedge" Won\'t Work' })).toContain(
      '“Why ‘Wedge’ Won’t Work.”',
    );
  });
  it('adds no period after a title ending in a question mark', () => {
    expect(chicagoBibliography({ ...kupchan, title: 'Can It Be Done?' })).toContain(
      '“Can It Be Done?” Foreign Affairs',
    );
  });
});

describe('chicagoNote', () => {
  it('uses the name in reading order and commas between elements', () => {
    expect(chicagoNote(taffer)).toBe(
      'Andrew Taffer, “The wise way to ‘un-unite’ Russia and China,” Asia Times, February 26, 2025, https://asiatimes.com/2025/02/the-wise-way-to-un-unite-russia-and-china/.',
    );
  });
});

describe('escapeBibtex', () => {
  it('escapes every TeX special character', () => {
    expect(escapeBibtex('R&D 100% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
  it('leaves other Unicode as it is', () => {
    expect(escapeBibtex('‘un-unite’ — Kyiv')).toBe('‘un-unite’ — Kyiv');
  });
});

describe('bibtexTitle', () => {
  it('braces capitalised words after the first, so styles cannot lowercase proper nouns', () => {
    expect(bibtexTitle(taffer.title)).toBe('The wise way to ‘un-unite’ {Russia} and {China}');
  });
  it('escapes before bracing', () => {
    expect(bibtexTitle('Oil & Gas')).toBe('Oil \\& {Gas}');
  });
});

describe('bibtexKey', () => {
  it('joins surname, year and the first word of the title that is not a stopword', () => {
    expect(bibtexKey(taffer)).toBe('taffer2025wise');
    expect(bibtexKey(kupchan)).toBe('kupchan2021right');
  });
  it('folds accents and drops punctuation', () => {
    expect(bibtexKey({ ...kupchan, author: 'José Müller-Ørsted', title: '‘Détente’ again' })).toBe(
      'mullerrsted2021detente',
    );
  });
});

describe('bibtexKeys', () => {
  it('suffixes repeated keys a, b, … in order and leaves unique ones alone', () => {
    expect(bibtexKeys([taffer, kupchan, taffer])).toEqual(['taffer2025wisea', 'kupchan2021right', 'taffer2025wiseb']);
  });
});

describe('bibtexEntry', () => {
  it('writes a biblatex @article with aligned fields', () => {
    expect(bibtexEntry(kupchan)).toMatchInlineSnapshot(`
      "@article{kupchan2021right,
        author       = {Kupchan, Charles A.},
        title        = {The {Right} {Way} to {Split} {China} and {Russia}},
        journaltitle = {Foreign Affairs},
        date         = {2021-08-04},
        url          = {https://www.foreignaffairs.com/articles/united-states/2021-08-04/right-way-split-china-and-russia},
      }"
    `);
  });
  it('escapes special characters in author and venue', () => {
    const entry = bibtexEntry({ ...kupchan, author: 'A. B_C', venue: 'War & Peace' });
    expect(entry).toContain('author       = {B\\_C, A.}');
    expect(entry).toContain('journaltitle = {War \\& Peace}');
  });
});

describe('citations', () => {
  it('gives every form for each essay, in order', () => {
    const [first, second] = citations([taffer, kupchan]);
    expect(first!.key).toBe('taffer2025wise');
    expect(first!.bibtex.startsWith('@article{taffer2025wise,')).toBe(true);
    expect(second!.chicagoNote).toBe(chicagoNote(kupchan));
    expect(second!.chicagoBibliography).toBe(chicagoBibliography(kupchan));
  });
});

describe('bibtexUrl', () => {
  it('keeps a URL with braces and spaces inside one field', () => {
    const url = bibtexUrl('https://example.com/a}b {c}?q={d}');
    expect(url).not.toMatch(/[{}\s]/);
    expect(url).toBe('https://example.com/a%7Db%20%7Bc%7D?q=%7Bd%7D');
  });

  it('refuses what is not a URL', () => {
    expect(() => bibtexUrl('not a url')).toThrow();
  });
});
