import { describe, expect, it } from 'vitest';
import { parseList } from './content-error.ts';
import { cuePattern, topicMatcher, topicsFileSchema } from './topics.ts';
import { TEST_TOPICS } from './test-context.ts';

describe('cuePattern', () => {
  it('matches whole words, with * for any ending', () => {
    expect(cuePattern('sanction*').test('new sanctions on banks')).toBe(true);
    expect(cuePattern('arms').test('harms done')).toBe(false);
    expect(cuePattern('s-400').test('its s 400 system')).toBe(true);
  });
});

describe('topicMatcher', () => {
  it('assigns every topic whose cue occurs, with the cue', () => {
    expect(topicMatcher(TEST_TOPICS).match('Tariffs, and talks on arms control.')).toEqual([
      { topic: 'sanctions-trade', cue: 'tariff*' },
      { topic: 'arms-control', cue: 'arms control' },
    ]);
  });
});

describe('topicsFileSchema', () => {
  it('rejects a topic without cues, naming the entry and field', () => {
    const bad = [TEST_TOPICS[1], { ...TEST_TOPICS[0], cues: [] }];
    expect(() => parseList(topicsFileSchema, bad, 'content/topics.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/topics.yaml: entry 2 (sanctions-trade) › cues: expected at least one cue phrase]`,
    );
  });

  it('rejects a duplicate id', () => {
    expect(() =>
      parseList(topicsFileSchema, [TEST_TOPICS[0], TEST_TOPICS[0]], 'content/topics.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/topics.yaml: entry 2 (sanctions-trade) › id: duplicate topic id "sanctions-trade" (got "sanctions-trade")]`,
    );
  });
});
