import { describe, expect, it } from 'vitest';
import { describeFeature, tagStance } from './tag-stance.ts';
import { priorModel } from './prior.ts';
import { loadModel } from '../wedge-context.ts';

// Sentences written for these tests, not taken from the essays: the tagger must read how a claim is argued.
const cases: Array<[string, string]> = [
  ['Washington should impose tougher sanctions on Chinese banks that bankroll the Kremlin.', 'pressure'],
  ['Tariffs on Chinese exports would force Beijing to choose between its market and its friend.', 'pressure'],
  ['The United States should open a candid dialogue with Moscow on arms control and climate change.', 'conciliation'],
  ['Offering sanctions relief would encourage the Kremlin to drift away from Beijing.', 'conciliation'],
  ['Every attempt to pry them apart has failed, and a new one is doomed as well.', 'futility'],
  ['Moscow is unlikely to trade its partnership with Beijing for concessions from Washington.', 'futility'],
  ['The railway reached Harbin in the spring and carried grain to the coast.', 'none'],
];

describe('tagStance', () => {
  for (const [name, model] of [
    ['prior', priorModel()],
    ['trained', loadModel()],
  ] as const) {
    for (const [text, stance] of cases) {
      it(`${name} model reads “${text.slice(0, 50)}…” as ${stance}`, () => {
        expect(tagStance(text, { model }).stance).toBe(stance);
      });
    }
  }

  it('explains every tag with at least one cue', () => {
    for (const [text] of cases) expect(tagStance(text, { model: loadModel() }).cues.length).toBeGreaterThan(0);
  });

  it('names the words that decided a stance', () => {
    const { cues } = tagStance(cases[0]![0], { model: loadModel() });
    expect(cues.join(' ')).toContain('sanctions');
  });

  it('lets negation turn an inducement into futility', () => {
    const model = loadModel();
    expect(tagStance('Dialogue with Moscow will draw it westward.', { model }).stance).toBe('conciliation');
    expect(tagStance('Dialogue with Moscow will not succeed; it has failed before.', { model }).stance).toBe(
      'futility',
    );
  });

  it('uses the thesis only to break a near tie, and says so', () => {
    const model = loadModel();
    const text = 'Sanctions and dialogue both have their place.';
    const plain = tagStance(text, { model });
    const withThesis = tagStance(text, { model, thesis: 'futility' });
    expect(withThesis.stance === plain.stance || withThesis.cues.some((c) => c.includes('thesis'))).toBe(true);
    expect(tagStance(cases[4]![0], { model, thesis: 'pressure' }).stance).toBe('futility');
  });

  it('gives a confidence between 0 and 1', () => {
    const { confidence } = tagStance(cases[2]![0], { model: loadModel() });
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});

describe('describeFeature', () => {
  it('quotes the matched words of a cue class and of a pair', () => {
    const matches = { coercion: ['sanctions'], advocacy: ['should'] };
    expect(describeFeature('coercion', matches)).toBe('coercion: “sanctions”');
    expect(describeFeature('coercion×advocacy', matches)).toBe('coercion + advocacy: “sanctions” with “should”');
    expect(describeFeature('previous:failure', matches)).toBe('follows a sentence with failure cues');
  });
});
