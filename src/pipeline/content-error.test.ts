import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, fileOf, parseList, placeOf } from './content-error.ts';
import { parseYamlFile } from './yaml-file.ts';

describe('ContentError', () => {
  it('reads one line a problem, file:line:column when the place is known', () => {
    expect(
      new ContentError('content/topics.yaml', [
        { reason: 'entry 2 (arms) › cues: expected at least one cue phrase', place: { line: 9, column: 9 } },
        'entry 3 › (entry): something without a place',
      ]).message,
    ).toMatchInlineSnapshot(`
      "content/topics.yaml:9:9: entry 2 (arms) › cues: expected at least one cue phrase
      content/topics.yaml: entry 3 › (entry): something without a place"
    `);
  });
});

describe('parseList', () => {
  const schema = z.array(z.object({ id: z.string(), size: z.number().int({ message: 'expected a whole number' }) }));

  it('places each problem at the value it is about, or at the entry that lacks the field', () => {
    const yaml = parseYamlFile('- id: a\n  size: 1.5\n- id: b\n', 'x.yaml');
    expect(() => parseList(schema, yaml.data, yaml.file, yaml.locate)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: x.yaml:2:9: entry 1 (a) › size: expected a whole number (got 1.5)
      x.yaml:3:3: entry 2 (b) › size: missing; expected number]
    `);
  });

  it('without places, names only the file', () => {
    expect(() => parseList(schema, [{ id: 'a' }], 'x.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: x.yaml: entry 1 (a) › size: missing; expected number]`,
    );
  });
});

describe('placeOf', () => {
  it('finds places inside an entry parseList returned, and its file', () => {
    const yaml = parseYamlFile('- id: a\n  size: 1\n- id: b\n  size: 2\n', 'x.yaml');
    const [, b] = parseList(z.array(z.object({ id: z.string(), size: z.number() })), yaml.data, yaml.file, yaml.locate);
    expect(placeOf(b!, 'size')).toEqual({ line: 4, column: 9 });
    expect(fileOf(b!)).toBe('x.yaml');
    expect(placeOf({ ...b! }, 'size')).toBeUndefined();
  });
});
