import { describe, expect, it } from 'vitest';
import { essayFrontmatterSchema } from './essay-schema.ts';

const valid = {
  title: 'T',
  author: 'A',
  venue: 'V',
  published: '2024-01-01',
  url: 'https://example.org/essay',
  thesis: 'pressure',
  summary: 'S',
};

describe('essayFrontmatterSchema', () => {
  it('accepts an http(s) URL for the original publication', () => {
    expect(essayFrontmatterSchema.safeParse(valid).success).toBe(true);
    expect(essayFrontmatterSchema.safeParse({ ...valid, url: 'http://example.org/a?b=1' }).success).toBe(true);
  });

  it('rejects a URL that would run a script or load inline data when the header link is clicked', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const result = essayFrontmatterSchema.safeParse({ ...valid, url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('expected the http(s) URL of the original publication');
    }
  });

  it('rejects a thesis that is not a position, a published value that is not a date and a url that is not a URL', () => {
    const result = essayFrontmatterSchema.safeParse({
      ...valid,
      thesis: 3,
      published: 'last spring',
      url: 'not a url',
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['published', 'thesis', 'url']);
  });

  it('rejects a published date the calendar does not have, instead of rolling it into the next month', () => {
    const result = essayFrontmatterSchema.safeParse({ ...valid, published: '2025-02-30' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['expected a date the calendar has (YYYY-MM-DD)']);
  });

  it('rejects a key it does not know, naming the keys it allows, in the front matter and in a fix', () => {
    const result = essayFrontmatterSchema.safeParse({
      ...valid,
      draft: true,
      fixes: [{ from: 'a', to: 'b', reason: 'r', because: 'x' }],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
      ['fixes.0', 'unrecognized_keys', 'unknown key; expected only from, to, reason'],
      [
        '',
        'unrecognized_keys',
        'unknown key; expected only title, subtitle, author, venue, published, url, thesis, summary, attribution, source, fixes',
      ],
    ]);
    expect(essayFrontmatterSchema.partial().safeParse({ draft: true }).success).toBe(false);
  });
});
