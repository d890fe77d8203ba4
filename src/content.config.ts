import { defineCollection } from 'astro:content';
import { essayLoader } from './site/essay-loader.ts';
import { contentRoot } from './site/content-root.ts';

/** The essays: one Markdown file each, made by `npm run ingest` and edited by hand, analysed by the claim pipeline. */
const essays = defineCollection({ loader: essayLoader({ root: contentRoot }) });

export const collections = { essays };
