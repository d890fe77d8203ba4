import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { essayFrontmatterSchema } from './pipeline/essay-schema.ts';
import { contentRoot } from './site/content-root.ts';

/** The essays: one Markdown file each, made by `npm run ingest` and edited by hand. */
const essays = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentRoot}/essays` }),
  schema: essayFrontmatterSchema,
});

export const collections = { essays };
