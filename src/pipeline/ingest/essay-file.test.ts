import { describe, it, expect } from 'vitest';
import { composeEssay, splitFrontMatter } from './essay-file.ts';

describe('splitFrontMatter / composeEssay', () => {
  it('round-trips front matter and body', () => {
    const file = composeEssay('title: "T"', 'Body.\n');
    expect(file).toBe('---\ntitle: "T"\n---\n\nBody.\n');
    expect(splitFrontMatter(file)).toEqual({ frontMatter: 'title: "T"', body: 'Body.\n' });
  });

  it('returns the whole text as body when there is no front matter', () => {
    expect(splitFrontMatter('Body only.\n')).toEqual({ body: 'Body only.\n' });
  });
});
