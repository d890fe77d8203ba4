import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../pipeline/content-error.ts';
import { ingestRaw, parseFixes, type Dropped } from '../pipeline/ingest/index.ts';
import { readTextFile, relative } from '../pipeline/read-text-file.ts';
import { contentRoot } from './content-root.ts';

/**
 * Where an essay's `source:` points: a path relative to the folder that holds the
 * content folder (the project root: `content/sources/x.txt`), which must resolve
 * inside the content folder. Anything else (`../../etc/passwd`, `/dev/zero`) stops
 * the build naming the essay and the field.
 */
export function sourcePath(slug: string, source: string, root = contentRoot): string {
  const raw = path.resolve(path.dirname(root), source);
  const inside = path.relative(root, raw);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside))
    throw new ContentError(relative(path.join(root, 'essays', `${slug}.md`)), [
      `source: ${JSON.stringify(source)} is outside ${relative(root)}/; expected the path of the raw text inside the content folder, e.g. "content/sources/<file>.txt"`,
    ]);
  return raw;
}

/**
 * What ingestion left out of an essay's source, for the reader: the same report
 * `npm run ingest` prints, recomputed from the raw file named in the front
 * matter (`source`), so the page can never drift from the source. Empty when the
 * essay names no source or the file is absent (an essay written directly in Markdown).
 * The raw file and its fixes are read with limits (`readTextFile`: a regular UTF-8 file, really inside the
 * content folder, symlinks resolved).
 */
export function droppedLines(slug: string, source: string | undefined, root = contentRoot): Dropped[] {
  if (!source) return [];
  const raw = sourcePath(slug, source, root);
  if (!existsSync(raw)) return [];
  const sidecar = raw.replace(/\.[^./\\]+$/u, '') + '.fixes.yaml';
  const fixes = existsSync(sidecar)
    ? parseFixes(readTextFile(sidecar, { expected: 'a YAML list of fixes', allowEmpty: true, within: root }))
    : [];
  return ingestRaw(readTextFile(raw, { expected: 'a raw essay text (.txt)', within: root }), { slug, fixes }).dropped;
}
