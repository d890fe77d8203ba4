import { describe, expect, it } from 'vitest';
import { slugFor } from './slug.ts';

describe('slugFor', () => {
  it('turns a file name or title into a claim-id slug', () => {
    expect(slugFor('made-up-2030.md')).toBe('made-up-2030');
    expect(slugFor('My Draft (v2).TXT')).toBe('my-draft-v2');
    expect(slugFor('<script>')).toBe('script');
    expect(slugFor('…')).toBe('your-text');
  });
});
