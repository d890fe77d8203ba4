import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { testContext } from '../pipeline/test-context.ts';
import { contextLoads } from '../pipeline/wedge-context.ts';
import { essayLoader, type AnalysedEssayEntry } from './essay-loader.ts';

/** Just enough of Astro's loader context: a store and a parseData that validates nothing. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: AnalysedEssayEntry; filePath?: string }>();
  const warnings: string[] = [];
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: AnalysedEssayEntry; filePath?: string }) => (entries.set(entry.id, entry), true),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { warn: (message: string) => warnings.push(message) },
  } as unknown as LoaderContext;
  return { context, entries, warnings };
}

describe('essayLoader', () => {
  it('loads the context once for every essay, and stores each analysed essay as its entry', async () => {
    const root = path.resolve('content');
    const before = contextLoads.count;
    const { context, entries } = fakeContext();
    await essayLoader({ root }).load(context);
    expect(contextLoads.count - before).toBe(1);
    const slugs = readdirSync(path.join(root, 'essays'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.slice(0, -3))
      .sort();
    expect([...entries.keys()]).toEqual(slugs);
    for (const [slug, entry] of entries) {
      expect(entry.filePath).toBe(`content/essays/${slug}.md`);
      expect(entry.data.frontmatter.thesis).toMatch(/^(pressure|conciliation|futility)$/);
      expect(entry.data.claims.length).toBeGreaterThan(0);
      expect(entry.data.claims.every((c) => c.essay === slug)).toBe(true);
      expect(entry.data.blocks.some((b) => b.kind === 'paragraph')).toBe(true);
    }
  });

  const FRONT =
    '---\ntitle: T\nauthor: A\nvenue: V\npublished: "2025-01-02"\nurl: https://example.org/e\nthesis: futility\nsummary: S.\n---\n\n';
  /** A content folder with these essays (name → body). */
  const essays = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'wedge-loader-'));
    mkdirSync(path.join(root, 'essays'));
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(root, 'essays', name), FRONT + body);
    return root;
  };
  const load = (root: string) => {
    const { context, entries, warnings } = fakeContext();
    return { done: essayLoader({ root, load: () => testContext() }).load(context), entries, warnings };
  };

  it('warns, naming the file and line, where it removed invisible characters from an essay', async () => {
    const root = essays({ 'e.md': 'Sanctions will not split them.\n\nThe sanc\u00ADtions failed.\n' });
    const { done, entries, warnings } = load(root);
    await done;
    expect(entries.get('e')!.data.claims.map((c) => c.text)).toEqual([
      'Sanctions will not split them.',
      'The sanctions failed.',
    ]);
    expect(warnings.map((w) => w.replace(/^.*essays\//, 'essays/'))).toEqual([
      'essays/e.md:13:1-13:23: body: removed from the text: 1 × soft hyphen U+00AD; expected visible characters only (the page and the tagger see the text without them)',
    ]);
  });

  it('stops on a file in essays/ it would not read, naming it, and on two files for one slug, naming both', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { 'x.markdown': 'Text.\n' },
        /essays\/x\.markdown: \(file\): unknown extension "\.markdown", so it would not be read; expected <slug>\.md/,
      ],
      [{ 'Essay.md': 'Text.\n' }, /essays\/Essay\.md: \(file\): "Essay" is not a slug; expected <slug>\.md/],
      [
        { 'x.md': 'Text.\n', 'X.md': 'Text.\n' },
        /essays\/x\.md: \(file\): same slug "x" as .*essays\/X\.md; expected one file per slug/,
      ],
    ];
    for (const [files, message] of cases) {
      const { done, entries } = load(essays(files));
      await expect(done).rejects.toThrow(message);
      expect(entries.size).toBe(0);
    }
  });
});
