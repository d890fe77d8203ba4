import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../load-content.ts';
import { loadNlp } from '../wedge-context.ts';
import { addThesis, negationScope, sentenceFeatures } from './features.ts';
import { createReader } from './tagger.ts';

const reader = createReader(loadNlp(), loadLexicon(path.resolve('content')));
const place = { index: 5, total: 20, paragraphStart: false };
function features(text: string) {
  const tokens = reader.nlp.tokens(text);
  return sentenceFeatures({ tokens, cues: reader.cues.match(tokens), actors: reader.actors.match(tokens) }, place)
    .features;
}

describe('attribution and reported speech', () => {
  it('marks a view the sentence attributes to others', () => {
    const f = features('Critics argue that sanctions on Beijing will split the two capitals.');
    expect(f.reported).toBe(1);
  });

  it('does not mark the author speaking for themselves', () => {
    expect(features('We argue that sanctions on Beijing will split the two capitals.').reported).toBeUndefined();
  });

  it('marks a quotation', () => {
    expect(features('He called it “a friendship without limits” in public.').quotation).toBe(1);
  });
});

describe('who a means is aimed at', () => {
  it('finds the actor named after the means', () => {
    const f = features('Washington should impose sanctions on China at once.');
    expect(Object.keys(f).filter((k) => k.includes('→'))).toEqual(['coercion→china']);
  });

  it('tells concessions to Russia from concessions to China', () => {
    const toRussia = Object.keys(features('The West should offer concessions to Moscow.')).filter((k) =>
      k.includes('→'),
    );
    const toChina = Object.keys(features('The West should offer concessions to Beijing.')).filter((k) =>
      k.includes('→'),
    );
    expect(toRussia).toEqual(['inducement→russia']);
    expect(toChina).toEqual(['inducement→china']);
  });

  it('does not reach across a clause boundary', () => {
    const f = features('Sanctions failed, and Russia turned east.');
    expect(Object.keys(f).filter((k) => k.includes('→'))).toEqual([]);
  });
});

describe('negation scope and modality', () => {
  it('negates a cue inside the scope of "not" and ends the scope at "but"', () => {
    const tokens = reader.nlp.tokens('Pressure will not work, but engagement might.');
    const scope = negationScope(tokens, reader.cues.match(tokens));
    const at = (word: string) => scope[tokens.findIndex((t) => t.text === word)];
    expect(at('work')).toBe(true);
    expect(at('engagement')).toBe(false);
    expect(features('Pressure will not work, but engagement might.')['negated-modal']).toBe(1);
  });

  it('keeps a negator that is part of a cue phrase from negating it', () => {
    const tokens = reader.nlp.tokens('The two signed a partnership with no limits.');
    const cues = reader.cues.match(tokens);
    const phrase = cues.find((c) => c.end - c.start > 1 && tokens.slice(c.start, c.end).some((t) => t.lemma === 'no'));
    if (phrase) expect(negationScope(tokens, cues).slice(phrase.start, phrase.end).some(Boolean)).toBe(false);
    else expect(negationScope(tokens, cues).some(Boolean)).toBe(true); // no such phrase in the lexicon: "no" negates
  });

  it('marks the hypothetical', () => {
    expect(features('A deal with Moscow could loosen its ties to Beijing.').hypothetical).toBe(1);
    expect(features('A deal with Moscow loosened its ties to Beijing.').hypothetical).toBeUndefined();
  });
});

describe('place and thesis', () => {
  it('adds the thesis, and the thesis where the sentence argues', () => {
    expect(addThesis({ coercion: 1 }, 'pressure')).toEqual({
      coercion: 1,
      'thesis-pressure': 1,
      'thesis-pressure×argues': 1,
    });
    expect(addThesis({ 'no-argument-cue': 1 }, 'futility')).toEqual({ 'no-argument-cue': 1, 'thesis-futility': 1 });
  });
});

describe('the NLP', () => {
  it('tokenizes a sentence the same whatever it has read before', () => {
    const nlp = loadNlp();
    const text = 'China’s leaders met Russia’s, and the U.S.-China talks stalled.';
    const before = nlp.tokens(text);
    nlp.tokens('Beijing’s and Moscow’s; China’s partner. It’s China’s. Xi’s visit.');
    expect(nlp.tokens(text)).toEqual(before);
  });
});

describe('negating a multi-word cue', () => {
  it('negates a phrase that follows a negator', () => {
    const f = features('Theirs is not a strategic partnership.');
    expect(f['not-bond']).toBe(1);
    expect(f.bond).toBeUndefined();
  });
});

describe('narrative', () => {
  it('marks past-tense narrative and numbers, not the present', () => {
    expect(features('In 1969 the two armies fought on the Ussuri.')).toMatchObject({ 'past-tense': 1, number: 1 });
    expect(features('The two armies fight on the Ussuri.')['past-tense']).toBeUndefined();
    expect(features('The two armies are fighting on the Ussuri.')['past-tense']).toBeUndefined();
  });
});

describe('a capital that only starts the sentence', () => {
  it('is read as the word it is, so cues match ("Sanctions" is a sanction)', () => {
    expect(features('Sanctions will not work.').coercion).toBe(1);
    expect(reader.nlp.tokens('Sanctions will not work.')[0]).toMatchObject({ text: 'Sanctions', lemma: 'sanction' });
  });
});
