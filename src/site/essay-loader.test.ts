import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { contextLoads } from '../pipeline/wedge-context.ts';
import { essayLoader, type AnalysedEssayEntry } from './essay-loader.ts';

/** Just enough of Astro's loader context: a store and a parseData that validates nothing. */
function fakeContext() {
  const entries = new Map<string, { id: string; data: AnalysedEssayEntry; filePath?: string }>();
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: AnalysedEssayEntry; filePath?: string }) => (entries.set(entry.id, entry), true),
    },
    parseData: async ({ data }: { data: unknown }) => data,
  } as unknown as LoaderContext;
  return { context, entries };
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
});
