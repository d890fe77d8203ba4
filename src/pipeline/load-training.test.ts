import { describe, expect, it } from 'vitest';
import { loadTrainingData } from './load-training.ts';
import { contentFolder } from '../../tests/support/content-folder.ts';

const folder = (files: Record<string, string>) => contentFolder(files, 'wedge-training-');

const FRONT =
  '---\ntitle: T\nauthor: A\nvenue: V\npublished: "2025-01-02"\nurl: https://example.org/e\nthesis: futility\nsummary: S.\n---\n\n';
const GOLD = 'essay: e\nsentences:\n  - {text: "One sentence.", stance: none}\n';

describe('loadTrainingData', () => {
  it('labels each sentence of an essay that has a gold set', () => {
    const root = folder({ 'essays/e.md': `${FRONT}One sentence.\n`, 'gold/e.yaml': GOLD });
    const { seeds, corpus } = loadTrainingData(root);
    expect(seeds).toEqual([
      expect.objectContaining({
        slug: 'e',
        thesis: 'futility',
        gold: ['none'],
        sentences: [expect.objectContaining({ text: 'One sentence.' })],
      }),
    ]);
    expect(corpus).toEqual([]);
  });

  it('names the file, line and column of a body the pipeline refuses (a code block), as the build does', () => {
    const root = folder({ 'essays/e.md': `${FRONT}One sentence.\n\n    indented code\n`, 'gold/e.yaml': GOLD });
    expect(() => loadTrainingData(root)).toThrow(/essays\/e\.md:13:1: /);
  });
});
