/**
 * The essays collection's loader: reads each `<content>/essays/*.md` once into a
 * `VFile`, runs it through `processEssay` with a context loaded once per load
 * (one per build), and stores the analysed essay — front matter, claims and
 * blocks — as the entry's data. Pages get analysed essays from the collection;
 * nothing renders Markdown to find them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import type { Block, Claim } from '../pipeline/claim.ts';
import { essayFrontmatterSchema } from '../pipeline/essay-schema.ts';
import { readEssayFile } from '../pipeline/load-content.ts';
import { contentErrorOf, isFileMessage, processEssay } from '../pipeline/process-essay.ts';
import { loadContext, type WedgeContext } from '../pipeline/wedge-context.ts';

/** An entry of the essays collection: the validated front matter and what the pipeline found. */
export const analysedEssaySchema = z.object({
  frontmatter: essayFrontmatterSchema,
  // Made by the pipeline, not written by hand: typed, not re-validated.
  claims: z.array(z.custom<Claim>()),
  blocks: z.array(z.custom<Block>()),
});
export type AnalysedEssayEntry = z.output<typeof analysedEssaySchema>;

export interface EssayLoaderOptions {
  /** The content folder; essays are the Markdown files in its `essays/`. */
  root: string;
  /** How the context is loaded (tests count the calls). Default `loadContext`. */
  load?: (root: string) => WedgeContext;
}

/** Astro content loader for `<root>/essays/*.md`, analysed by `processEssay`. */
export function essayLoader(options: EssayLoaderOptions): Loader {
  const { root, load = loadContext } = options;
  return {
    name: 'wedge-essays',
    schema: analysedEssaySchema,
    async load({ store, parseData }) {
      const context = load(root);
      const dir = path.join(root, 'essays');
      const names = readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort();
      store.clear();
      for (const name of names) {
        const file = readEssayFile(path.join(dir, name));
        let essay;
        try {
          essay = processEssay(file, context);
        } catch (error) {
          throw isFileMessage(error) ? contentErrorOf(file) : error;
        }
        const { slug, frontmatter, claims, blocks } = essay;
        const data = await parseData({ id: slug, data: { frontmatter, claims, blocks }, filePath: file.path });
        store.set({ id: slug, data, filePath: file.path });
      }
    },
  };
}
