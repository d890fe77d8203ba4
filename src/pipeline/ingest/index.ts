/** Ingestion of raw essay texts into clean Markdown. Pure: no file system, no Astro. */
export { ingestRaw, type IngestOptions, type IngestResult } from './ingest-raw.ts';
export { applyFixes, parseFixes, FixError, type Fix } from './fixes.ts';
export { splitFrontMatter, composeEssay } from './essay-file.ts';
export type { Detected, Dropped, Normalised } from './types.ts';
export { normaliseInvisible, INVISIBLE_CHARACTERS } from './text.ts';
