import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment-sentences.ts';

const texts = (text: string) => segmentSentences(text).map((s) => s.text);

describe('segmentSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('Moscow hesitated. Would Beijing wait? It would not! The end.')).toEqual([
      'Moscow hesitated.',
      'Would Beijing wait?',
      'It would not!',
      'The end.',
    ]);
  });

  it('does not end a sentence at a dotted acronym inside it', () => {
    expect(texts('It was faced by U.S. President Richard Nixon in the 1970s. He reached out.')).toEqual([
      'It was faced by U.S. President Richard Nixon in the 1970s.',
      'He reached out.',
    ]);
  });

  it('ends a sentence at a dotted acronym when a sentence opener follows', () => {
    expect(texts('We met in the U.S. The talks failed.')).toEqual(['We met in the U.S.', 'The talks failed.']);
  });

  it('keeps titles, initials and a.m. with their sentence', () => {
    expect(texts('Dr. Smith and Charles A. Kupchan spoke at 9 a.m. Then they left.')).toEqual([
      'Dr. Smith and Charles A. Kupchan spoke at 9 a.m.',
      'Then they left.',
    ]);
  });

  it('keeps a closing quotation mark with the sentence it ends', () => {
    expect(texts('Mao called it “a close and brotherly relationship.” Khrushchev agreed.')).toEqual([
      'Mao called it “a close and brotherly relationship.”',
      'Khrushchev agreed.',
    ]);
  });

  it('does not split at an ellipsis followed by lower case or a number', () => {
    expect(texts('the Communist parties . . . of the world will not believe. Next.')).toHaveLength(2);
    expect(texts('“since the... 17th century.” And so on.')).toEqual(['“since the... 17th century.”', 'And so on.']);
  });

  it('keeps clauses joined by semicolons, colons and em-dashes in one sentence', () => {
    expect(
      texts('Nixon had it easy; his task was to build on, not initiate, a rift—which is why: he won.'),
    ).toHaveLength(1);
  });

  it('reports offsets into the input', () => {
    const input = '  One.  Two.';
    for (const span of segmentSentences(input)) expect(input.slice(span.start, span.end)).toBe(span.text);
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('   ')).toEqual([]);
  });

  it('keeps full-width and guillemet closing quotes with their sentence, either way round', () => {
    expect(texts('The cable read ＂Nothing will change.＂ Then it ended. Er sagte »Das hält.« Danach nichts.')).toEqual(
      ['The cable read ＂Nothing will change.＂', 'Then it ended.', 'Er sagte »Das hält.«', 'Danach nichts.'],
    );
  });

  it('keeps a French-spaced closing guillemet with the sentence that opened it', () => {
    expect(texts('Le ministre a dit « La rupture est impossible. » Puis il est parti. »Das hält.« Ende.')).toEqual([
      'Le ministre a dit « La rupture est impossible. »',
      'Puis il est parti.',
      '»Das hält.«',
      'Ende.',
    ]);
    expect(texts('Il a dit\u00a0«\u202fNon.\u202f» Fin.')).toEqual(['Il a dit\u00a0«\u202fNon.\u202f»', 'Fin.']);
  });

  it('starts a new sentence at an opening guillemet or full-width quote', () => {
    expect(texts('It was over. »Never,« he said. ＂Never.＂')).toEqual([
      'It was over.',
      '»Never,« he said.',
      '＂Never.＂',
    ]);
  });
});
