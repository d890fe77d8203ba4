import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestRaw, parseFixes, type Dropped } from '../pipeline/ingest/index.ts';

/**
 * What ingestion left out of an essay's source, for the reader: the same report
 * `npm run ingest` prints, recomputed from the raw file named in the front
 * matter (`source`), so the page can never drift from the source. Empty when the
 * essay names no source or the file is absent (an essay written directly in Markdown).
 */
export function droppedLines(slug: string, source: string | undefined): Dropped[] {
  if (!source) return [];
  const raw = path.resolve(source);
  if (!existsSync(raw)) return [];
  const sidecar = raw.replace(/\.[^./\\]+$/u, '') + '.fixes.yaml';
  const fixes = existsSync(sidecar) ? parseFixes(readFileSync(sidecar, 'utf8')) : [];
  return ingestRaw(readFileSync(raw, 'utf8'), { slug, fixes }).dropped;
}
