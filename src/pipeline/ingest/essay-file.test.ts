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

describe('splitFrontMatter', () => {
  it('splits where the pipeline finds the front matter, empty or with CRLF line endings', () => {
    expect(splitFrontMatter('---\n---\n\nBody.\n')).toEqual({ frontMatter: '', body: 'Body.\n' });
    expect(splitFrontMatter('---\r\na: 1\r\n---\r\n\r\nBody.\r\n')).toEqual({ frontMatter: 'a: 1', body: 'Body.\r\n' });
  });

  it('takes a thematic break further down for body, not front matter', () => {
    expect(splitFrontMatter('Body.\n\n---\n\nMore.\n')).toEqual({ body: 'Body.\n\n---\n\nMore.\n' });
  });
});
