import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { EMPTY_ESSAY, remarkClaims } from './remark-claims.ts';

const run = (body: string) => {
  const file = new VFile({ path: path.resolve('content/essays/test-essay.md'), value: body });
  file.data = { astro: { frontmatter: { thesis: 'pressure' } } };
  remarkClaims({ content: 'content' })(unified().use(remarkParse).parse(body), file);
  return file;
};

describe('remarkClaims', () => {
  it('hands the claims of an essay to the page through the remark front matter', () => {
    const file = run('## A section\n\nSanctions must rise. Moscow will bend.\n');
    const wedge = (file.data as { astro: { frontmatter: { wedge: { claims: Array<{ text: string }> } } } }).astro
      .frontmatter.wedge;
    expect(wedge.claims.map((c) => c.text)).toEqual(['Sanctions must rise.', 'Moscow will bend.']);
  });

  it('stops the build on an essay with no paragraphs, naming the file and the body', () => {
    for (const body of ['', '\n\n', '# Only\n\n## Headings\n']) {
      expect(() => run(body)).toThrow(EMPTY_ESSAY);
    }
    expect(() => run('')).toThrow(/^content\/essays\/test-essay\.md: body: no paragraphs/);
  });

  it('leaves Markdown outside the essays folder alone', () => {
    const file = new VFile({ path: path.resolve('README.md'), value: '' });
    remarkClaims({ content: 'content' })(unified().use(remarkParse).parse(''), file);
    expect(file.data).toEqual({});
  });
});
