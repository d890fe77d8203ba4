import { describe, expect, it } from 'vitest';
import { ContentError, parseList } from './content-error.ts';
import { applyOverrides, overridesFileSchema } from './overrides.ts';
import { parseYamlFile } from './yaml-file.ts';

const claims = [
  {
    id: 'a',
    text: 'Sanctions should be tightened on Beijing.',
    stance: 'pressure' as const,
    topics: [],
    cues: ['coercion'],
    confidence: 0.8,
    origin: 'auto' as const,
  },
  {
    id: 'b',
    text: 'Sanctions relief would tempt Moscow.',
    stance: 'pressure' as const,
    topics: [],
    cues: ['coercion'],
    confidence: 0.6,
    origin: 'auto' as const,
  },
];
const topics = new Set(['sanctions-trade']);
const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected a ContentError');
};

describe('applyOverrides', () => {
  it('sets the stance, keeps the tagger’s own and marks the claim as the editor’s', () => {
    const [, b] = applyOverrides(
      claims,
      [{ quote: 'relief would tempt', stance: 'conciliation', note: 'relief is an inducement' }],
      'a.yaml',
      topics,
    );
    expect(b).toMatchObject({ stance: 'conciliation', auto: 'pressure', origin: 'editor', confidence: 1 });
    expect(b!.cues[0]).toBe('editor (tagger said pressure): relief is an inducement');
  });

  it('matches a quote copied with a soft hyphen or a zero-width space inside a word', () => {
    const [, b] = applyOverrides(
      claims,
      [{ quote: 'relief would tem\u00ADpt Mos\u200Bcow', stance: 'conciliation', note: 'n' }],
      'a.yaml',
      topics,
    );
    expect(b).toMatchObject({ id: 'b', stance: 'conciliation' });
  });

  it('does not change its input', () => {
    applyOverrides(claims, [{ quote: 'relief would tempt', stance: 'none', note: 'n' }], 'a.yaml', topics);
    expect(claims[1]!.stance).toBe('pressure');
  });

  it('fails naming the file and entry when a quote matches no claim', () => {
    expect(
      message(() =>
        applyOverrides(
          claims,
          [{ quote: 'no such sentence here', stance: 'none', note: 'n' }],
          'content/annotations/x.yaml',
          topics,
        ),
      ),
    ).toMatchInlineSnapshot(
      `"content/annotations/x.yaml: entry 1 › quote: quote matches no claim; expected a quote of exactly one sentence of the essay (quote: "no such sentence here")"`,
    );
  });

  it('points at the line and column of the quote when the overrides came from a file', () => {
    const yaml = parseYamlFile(
      '- quote: relief would tempt\n  stance: none\n  note: n\n\n- quote: "no such sentence here"\n  stance: none\n  note: n\n',
      'content/annotations/x.yaml',
    );
    const overrides = parseList(overridesFileSchema, yaml.data, yaml.file, yaml.locate);
    expect(() => applyOverrides(claims, overrides, yaml.file, topics)).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/annotations/x.yaml:5:10: entry 2 › quote: quote matches no claim; expected a quote of exactly one sentence of the essay (quote: "no such sentence here")]`,
    );
  });

  it('points at an unknown topic in a file', () => {
    const yaml = parseYamlFile(
      '- quote: relief would tempt\n  topics: [sanctions-trade, tarifs]\n  note: n\n',
      'content/annotations/x.yaml',
    );
    const overrides = parseList(overridesFileSchema, yaml.data, yaml.file, yaml.locate);
    expect(() => applyOverrides(claims, overrides, yaml.file, topics)).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/annotations/x.yaml:2:29: entry 1 › topics: unknown topic "tarifs"; expected one of sanctions-trade]`,
    );
  });

  it('fails when a quote matches two claims', () => {
    expect(
      message(() => applyOverrides(claims, [{ quote: 'Sanctions', stance: 'none', note: 'n' }], 'x.yaml', topics)),
    ).toContain('entry 1 › quote: quote matches 2 claims (a, b); expected a longer quote');
  });

  it('fails on an unknown topic', () => {
    expect(
      message(() =>
        applyOverrides(claims, [{ quote: 'relief would tempt', topics: ['tarifs'], note: 'n' }], 'x.yaml', topics),
      ),
    ).toMatchInlineSnapshot(`"x.yaml: entry 1 › topics: unknown topic "tarifs"; expected one of sanctions-trade"`);
  });
});

describe('overridesFileSchema', () => {
  it('rejects an unknown stance, naming the entry and field', () => {
    expect(
      message(() =>
        parseList(overridesFileSchema, [{ quote: 'relief would tempt', stance: 'appeasement', note: 'n' }], 'x.yaml'),
      ),
    ).toMatchInlineSnapshot(
      `"x.yaml: entry 1 › stance: expected one of pressure, conciliation, futility, none (got "appeasement")"`,
    );
  });

  it('rejects an entry without a note', () => {
    expect(
      message(() => parseList(overridesFileSchema, [{ quote: 'relief would tempt', stance: 'none' }], 'x.yaml')),
    ).toContain('entry 1 › note:');
  });
});
