import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './search-excerpt.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#x27; &#8217;')).toBe(
      `Tom & Jerry <3 "x" 'y' \u2019`,
    );
  });

  it('leaves unknown and out-of-range entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; & alone')).toBe('&bogus; &#0; &#x110000; & alone');
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptParts('the <mark>Nord</mark> <mark>Stream</mark> 2 pipeline')).toEqual([
      { text: 'the ', mark: false },
      { text: 'Nord', mark: true },
      { text: ' ', mark: false },
      { text: 'Stream', mark: true },
      { text: ' 2 pipeline', mark: false },
    ]);
  });

  it('returns escaped markup as text, never as elements', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> ', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('drops any tag other than mark, keeping its text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><b>bold</b> <MARK>hit</MARK>')).toEqual([
      { text: 'bold ', mark: false },
      { text: 'hit', mark: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
