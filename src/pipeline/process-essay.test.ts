import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { essayFrontmatterSchema } from './essay-schema.ts';
import { contentErrorOf, EMPTY_ESSAY, parseEssay, parseMarkdown, processEssay } from './process-essay.ts';
import { testContext } from './test-context.ts';
import { claimRows, claimRowsJson } from '../site/data-rows.ts';

const FIXTURES = path.resolve('tests/fixtures/process-essay');
const fixture = (name: string, value: string) => new VFile({ path: `content/essays/${name}.md`, value });
describe('processEssay', () => {
  // Each folder: input.md → claims.json. `UPDATE=1 npx vitest run --project unit src/pipeline/process-essay.test.ts` rewrites them.
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`turns ${name}/input.md into ${name}/claims.json`, () => {
      const input = readFileSync(path.join(FIXTURES, name, 'input.md'), 'utf8');
      // Named after its folder, which is its slug (claim ids and urls).
      const file = new VFile({ path: `${name}.md`, value: input });
      // A file without front matter is what `npm run tag` accepts: every field optional.
      const schema = input.startsWith('---\n') ? essayFrontmatterSchema : essayFrontmatterSchema.partial();
      const { claims } = processEssay(file, testContext(), { schema });
      // As claims.json and `npm run tag` publish them: the contract's row, its URL made from the id.
      const actual = claimRowsJson(claimRows(claims));
      const expected = path.join(FIXTURES, name, 'claims.json');
      if (process.env.UPDATE === '1' || !existsSync(expected)) writeFileSync(expected, actual);
      expect(actual).toBe(readFileSync(expected, 'utf8'));
      expect(file.messages).toEqual([]);
    });
  }

  it('writes the slug, the validated front matter, the claims and the blocks to file.data.wedge', () => {
    const file = fixture('e', readFileSync(path.join(FIXTURES, 'front-matter-and-thesis/input.md'), 'utf8'));
    const result = processEssay(file, testContext());
    expect(file.data.wedge).toBe(result);
    expect(result.slug).toBe('e');
    expect(result.frontmatter).toMatchObject({ thesis: 'futility', published: '2025-03-01', fixes: [] });
    expect(result.blocks?.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(result.claims[0]!.line).toBe(11);
  });

  it('applies the overrides handed in with the context, and leaves them out when asked', () => {
    const body = 'Sanctions must rise. Moscow will bend.\n';
    const overrides = new Map([
      [
        'e',
        {
          file: 'content/annotations/e.yaml',
          entries: [{ quote: 'Moscow will bend', stance: 'futility' as const, note: 'n' }],
        },
      ],
    ]);
    const schema = essayFrontmatterSchema.partial();
    expect(processEssay(fixture('e', body), testContext(overrides), { schema }).claims[1]).toMatchObject({
      stance: 'futility',
      origin: 'editor',
    });
    expect(
      processEssay(fixture('e', body), testContext(overrides), { schema, withOverrides: false }).claims[1]!.origin,
    ).toBe('auto');
  });

  it('fails at the line and column of each ill-typed front-matter field', () => {
    const file = fixture(
      'e',
      '---\ntitle: T\nauthor: A\nvenue: V\npublished: "Feb 2025"\nurl: https://example.org/e\nthesis: hawkish\nsummary: S.\n---\n\nBody.\n',
    );
    expect(() => processEssay(file, testContext())).toThrow('front matter › thesis');
    expect(file.messages.map((m) => [String(m), m.ruleId, m.source])).toMatchInlineSnapshot(`
      [
        [
          "content/essays/e.md:5:12-5:22: front matter › published: expected a date written YYYY-MM-DD (got "Feb 2025")",
          "frontmatter-schema",
          "wedge",
        ],
        [
          "content/essays/e.md:7:9-7:16: front matter › thesis: expected one of pressure, conciliation, futility (got "hawkish")",
          "frontmatter-schema",
          "wedge",
        ],
      ]
    `);
    expect(contentErrorOf(file).message).toMatchInlineSnapshot(`
      "content/essays/e.md:5:12: front matter › published: expected a date written YYYY-MM-DD (got "Feb 2025")
      content/essays/e.md:7:9: front matter › thesis: expected one of pressure, conciliation, futility (got "hawkish")"
    `);
  });

  it('names each unknown front-matter key (a typo, a slug) at its line, with the keys it expected', () => {
    const file = fixture(
      'e',
      '---\ntitle: T\nslug: other-essay\nauthor: A\nvenue: V\npublished: "2025-01-02"\nurl: https://example.org/e\nthesis: pressure\nsumary: S.\n---\n\nBody.\n',
    );
    expect(() => processEssay(file, testContext())).toThrow();
    expect(contentErrorOf(file).message).toMatchInlineSnapshot(`
      "content/essays/e.md:2:1: front matter › summary: missing; expected string
      content/essays/e.md:3:1: front matter › slug: unknown key; expected only title, subtitle, author, venue, published, url, thesis, summary, attribution, source, fixes
      content/essays/e.md:9:1: front matter › sumary: unknown key; expected only title, subtitle, author, venue, published, url, thesis, summary, attribution, source, fixes"
    `);
  });

  it('fails at the front matter of a missing field, and on front matter that is not YAML', () => {
    const missing = fixture(
      'e',
      '---\ntitle: T\nthesis: pressure\nurl: https://example.org/e\npublished: "2025-01-02"\nvenue: V\nauthor: A\n---\n\nBody.\n',
    );
    expect(() => processEssay(missing, testContext())).toThrow();
    expect(contentErrorOf(missing).message).toMatchInlineSnapshot(
      `"content/essays/e.md:2:1: front matter › summary: missing; expected string"`,
    );
    const broken = fixture('e', '---\ntitle: "T\nauthor: A\n---\n\nBody.\n');
    expect(() => processEssay(broken, testContext())).toThrow();
    expect(contentErrorOf(broken).message).toMatchInlineSnapshot(
      `"content/essays/e.md:3:10: front matter: invalid YAML: Missing closing "quote"`,
    );
  });

  it('stops on an essay with no paragraphs, naming the file and the body', () => {
    for (const body of ['', '\n\n', '# Only\n\n## Headings\n']) {
      const file = fixture('e', body);
      expect(() => processEssay(file, testContext(), { schema: essayFrontmatterSchema.partial() })).toThrow(
        EMPTY_ESSAY,
      );
      expect(file.messages[0]!.ruleId).toBe('empty-essay');
    }
  });
});

describe('processEssay: nothing lost, nothing injected', () => {
  const partial = { schema: essayFrontmatterSchema.partial() };
  it('stops at the line and column of every construct whose words the page would not show, naming the file', () => {
    const file = fixture(
      'e',
      'Sanctions must rise.\n\n    indented code\n\n<!-- a note -->\n\n[^1]: https://example.org/note\n\nText.\n\n<!-- open\n\n## Swallowed\n\nSwallowed too.\n',
    );
    expect(() => processEssay(file, testContext(), partial)).toThrow('HTML comment never closed');
    expect(file.messages.map((m) => [String(m), m.ruleId, m.fatal])).toMatchInlineSnapshot(`
      [
        [
          "content/essays/e.md:3:1-3:18: body: code block (lines indented 4 spaces, or fenced with \`\`\`): the page shows no code, so its text would vanish; expected essay text (unindent the lines, or remove the fences)",
          "code-block",
          false,
        ],
        [
          "content/essays/e.md:5:1-5:16: body: HTML comment: its text would be hidden from the page; expected essay text (remove the comment)",
          "html-comment",
          false,
        ],
        [
          "content/essays/e.md:7:1-7:31: body: footnote definition: Wedge reads CommonMark without footnotes, so the note would vanish; expected the note as a sentence of the text",
          "footnote",
          false,
        ],
        [
          "content/essays/e.md:11:1-16:1: body: HTML comment never closed: \`<!--\` without \`-->\` hides everything after it (lines 11–15, headings included); expected \`-->\`, or no comment",
          "html-comment",
          true,
        ],
      ]
    `);
    expect(file.data.wedge?.claims).toBeUndefined();
  });

  it('warns where it removed invisible characters, and tags the text as if they had never been there', () => {
    const clean = processEssay(fixture('e', 'Washington should impose sanctions on Moscow.\n'), testContext(), partial);
    const file = fixture('e', 'Washington should impose sanc\u00ADtions on Mos\u200Bcow.\n');
    const dirty = processEssay(file, testContext(), partial);
    expect(dirty.claims).toEqual(clean.claims);
    expect(file.messages.map((m) => [String(m), m.ruleId, m.fatal])).toMatchInlineSnapshot(`
      [
        [
          "content/essays/e.md:1:1-1:48: body: removed from the text: 1 × soft hyphen U+00AD, 1 × zero-width space U+200B; expected visible characters only (the page and the tagger see the text without them)",
          "invisible-characters",
          false,
        ],
      ]
    `);
  });
});

describe('parseEssay', () => {
  it('validates the front matter with the schema it is given and tags nothing', () => {
    const file = fixture('e', '---\nthesis: pressure\n---\n\nOne. Two.\n');
    const { frontmatter, tree, claims } = parseEssay(file, { schema: essayFrontmatterSchema.pick({ thesis: true }) });
    expect(frontmatter).toEqual({ thesis: 'pressure' });
    expect(claims).toBeUndefined();
    expect(tree.children.map((c) => [c.type, c.position?.start.line])).toEqual([
      ['yaml', 1],
      ['paragraph', 5],
    ]);
  });
});

describe('parseMarkdown', () => {
  it('keeps front matter as a yaml node and reads plain CommonMark', () => {
    expect(parseMarkdown('---\na: 1\n---\n\n| a |\n| - |\n').children.map((c) => c.type)).toEqual([
      'yaml',
      'paragraph',
    ]);
  });
});
