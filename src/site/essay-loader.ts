/**
 * The essays collection's loader: reads each `<content>/essays/*.md` once into a
 * `VFile`, runs it through `processEssay` with a context loaded once per load
 * (one per build), and stores the analysed essay — front matter, claims and
 * blocks — as the entry's data. Pages get analysed essays from the collection;
 * nothing renders Markdown to find them.
 */
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import type { Block, Claim } from '../pipeline/claim.ts';
import { essayFrontmatterSchema } from '../pipeline/essay-schema.ts';
import { listEssayFiles, readEssayFile } from '../pipeline/load-content.ts';
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
  let watching = false;

  async function run(loader: LoaderContext): Promise<void> {
    const { store, parseData, watcher, logger } = loader;
    // In `astro dev`, any change to the content folder (an essay, an override, a topic…) reloads
    // everything once: the context is shared by every essay, so there is no cheaper correct reload.
    if (watcher && !watching) {
      watching = true;
      watcher.add(root);
      const reload = (changed: string) => {
        if (path.resolve(changed).startsWith(root + path.sep))
          run(loader).catch((error: Error) => logger.error(error.message));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    }
    const context = load(root);
    // Every file in essays/ is an essay or an error (another extension, a name that is not a slug, two files for one slug).
    const sources = listEssayFiles(root);
    // Analyse every essay before touching the store: one bad file leaves the last good set in place.
    const entries = [];
    for (const source of sources) {
      const file = readEssayFile(source.file);
      let essay;
      try {
        essay = processEssay(file, context);
      } catch (error) {
        throw isFileMessage(error) ? contentErrorOf(file) : error;
      }
      // Warnings (invisible characters removed from the text) are shown, not fatal.
      for (const message of file.messages) logger.warn(String(message));
      const { slug, frontmatter, claims, blocks } = essay;
      const data = await parseData({ id: slug, data: { frontmatter, claims, blocks }, filePath: file.path });
      entries.push({ id: slug, data, filePath: file.path });
    }
    store.clear();
    for (const entry of entries) store.set(entry);
  }

  return { name: 'wedge-essays', schema: analysedEssaySchema, load: run };
}
