import { describe, expect, it } from 'vitest';
import { parseYamlFile } from './yaml-file.ts';

const LIST = `- id: first
  date: "1969-03-02"
  sources: [{title: S, url: "https://example.org"}]
- {id: second}
- id: third
  note:
`;

describe('parseYamlFile', () => {
  it('reads the value and finds the line and column of any node by its data path', () => {
    const { data, locate } = parseYamlFile(LIST, 'a.yaml');
    expect(data).toEqual([
      { id: 'first', date: '1969-03-02', sources: [{ title: 'S', url: 'https://example.org' }] },
      { id: 'second' },
      { id: 'third', note: null },
    ]);
    expect(locate([0, 'date'])).toEqual({ line: 2, column: 9 });
    expect(locate([0, 'sources', 0, 'url'])).toEqual({ line: 3, column: 29 });
    expect(locate([1, 'id'])).toEqual({ line: 4, column: 8 });
  });

  it('points at the entry when a key is missing, and at the key when its value is empty', () => {
    const { locate } = parseYamlFile(LIST, 'a.yaml');
    expect(locate([1, 'date'])).toEqual({ line: 4, column: 3 });
    expect(locate([2, 'note'])).toEqual({ line: 6, column: 3 });
    expect(locate([7])).toEqual({ line: 1, column: 1 });
  });

  it('reports invalid YAML at file:line:column, once', () => {
    expect(() =>
      parseYamlFile('- quote: "never closed\n  note: n\n', 'annotations/x.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: annotations/x.yaml:3:1: invalid YAML: Missing closing "quote]`,
    );
    expect(() => parseYamlFile('a: 1\n---\nb: 2\n', 'x.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: x.yaml:2:1: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()]`,
    );
  });
});
