/**
 * `npm run ingest -- <raw.txt> [--slug s] [--content dir] [--out dir] [--force]`
 *
 * Turn a raw essay text into `<content>/essays/<slug>.md` (or `<out>/<slug>.md`;
 * `--content` defaults to the project's `content/`) and report every raw line it
 * dropped and every fix it applied. Hand fixes are read from `<raw stem>.fixes.yaml`
 * beside the raw file, if present.
 *
 * Refuses, with one line `path: found …; expected …` and exit 1, what it cannot
 * handle: inputs are read by `readTextFile` (a regular file, UTF-8, no NUL bytes,
 * at most 2 MB, no line over 500,000 characters; non-UTF-8 text is refused, not
 * guessed), and a slug must match `SLUG` (the pattern the content folders' file names are checked with) (so the file stays in the essays
 * folder). An existing essay is never overwritten without `--force`; with it, the
 * hand-written front matter is kept, only the body is replaced, and the report
 * lists the body lines added and removed and every front-matter field the fresh
 * draft would have filled differently. `source:` is recorded only for a raw text
 * inside the content folder (the build refuses any other).
 */
import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { ContentError } from '../src/pipeline/content-error.ts';
import { readTextFile } from '../src/pipeline/read-text-file.ts';
import { slugProblem } from './cli.ts';
import {
  composeEssay,
  ingestRaw,
  parseFixes,
  splitFrontMatter,
  type Detected,
  type Fix,
} from '../src/pipeline/ingest/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

class CliError extends Error {}

/** `taffer-2025-asia-times.txt` → `taffer-2025`: the stem up to and including its first 4-digit year. */
export function defaultSlug(file: string): string {
  const stem = path.basename(file).replace(/\.[^.]+$/u, '');
  const match = /^(.*?(?<!\d)\d{4}(?!\d))/u.exec(stem);
  return match?.[1] ?? stem;
}

function relativeToRoot(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

const USAGE = 'usage: tsx scripts/ingest.ts <raw.txt> [--slug s] [--content dir] [--out dir] [--force]';

function draftFrontMatter(
  detected: Detected,
  source: string | undefined,
  fixes: Fix[],
): { data: Record<string, unknown>; yaml: string } {
  const data: Record<string, unknown> = {
    title: detected.title ?? 'TODO: title',
    ...(detected.subtitle ? { subtitle: detected.subtitle } : {}),
    author: detected.author ?? 'TODO: author',
    venue: 'TODO: venue',
    published: detected.date ?? 'TODO: YYYY-MM-DD',
    url: 'TODO: https://… (the original publication)',
    thesis: 'TODO: pressure | conciliation | futility',
    summary: 'TODO: a one-paragraph neutral summary',
    ...(detected.attribution ? { attribution: detected.attribution } : {}),
    ...(source === undefined ? {} : { source }),
    fixes,
  };
  // Quote every string so `published` stays a string, as the schema expects.
  const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return { data, yaml };
}

/** Refuse a slug that could name a path outside the essays folder, or no file at all. */
function checkSlug(slug: string, from: string): string {
  const problem = slugProblem(slug, from);
  if (problem) throw new CliError(problem);
  return slug;
}

/** Read a file with the pipeline's limits; its problems become one-line CLI errors. */
function readText(file: string, name: string, expected: string, allowEmpty = false): string {
  try {
    return readTextFile(file, { name, expected, allowEmpty });
  } catch (error) {
    throw error instanceof ContentError ? new CliError(error.message) : error;
  }
}

/** Lines of `after` not in `before`, and of `before` not in `after`, counted as multisets (blank lines ignored). */
function bodyChanges(before: string, after: string): { added: number; removed: number } {
  const count = (text: string) => {
    const lines = new Map<string, number>();
    for (const line of text.split('\n')) if (line.trim() !== '') lines.set(line, (lines.get(line) ?? 0) + 1);
    return lines;
  };
  const a = count(before);
  const b = count(after);
  let added = 0;
  let removed = 0;
  for (const [line, n] of b) added += Math.max(0, n - (a.get(line) ?? 0));
  for (const [line, n] of a) removed += Math.max(0, n - (b.get(line) ?? 0));
  return { added, removed };
}

/** Front-matter keys the fresh draft fills (not with a TODO) and the kept front matter holds differently. */
function frontMatterDifferences(kept: unknown, draft: Record<string, unknown>): string[] {
  const old = kept !== null && typeof kept === 'object' ? (kept as Record<string, unknown>) : {};
  return Object.entries(draft).flatMap(([key, value]) => {
    if (typeof value === 'string' && value.startsWith('TODO')) return [];
    if (JSON.stringify(old[key]) === JSON.stringify(value)) return [];
    if (!(key in old) && Array.isArray(value) && value.length === 0) return [];
    const was = key in old ? JSON.stringify(old[key]) : '(absent)';
    return [`front matter ${key}: kept ${was}; the fresh draft has ${JSON.stringify(value)}`];
  });
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1 || !positionals[0]) {
    throw new CliError(`${USAGE}; expected one raw text file`);
  }
  const given = positionals[0];
  const rawPath = path.resolve(given);
  const raw = readText(rawPath, given, 'a raw essay text (.txt)');
  const slug = checkSlug(values.slug ?? defaultSlug(rawPath), values.slug === undefined ? given : '--slug');
  const sidecar = rawPath.replace(/\.[^./\\]+$/u, '') + '.fixes.yaml';
  let fixes: Fix[] = [];
  if (existsSync(sidecar)) {
    try {
      fixes = parseFixes(readText(sidecar, sidecar, 'a YAML list of fixes', true));
    } catch (error) {
      throw error instanceof CliError ? error : new CliError(`${sidecar}: ${(error as Error).message}`);
    }
  }

  let result;
  try {
    result = ingestRaw(raw, { slug, fixes });
  } catch (error) {
    throw new CliError(`${existsSync(sidecar) ? sidecar : rawPath}: ${(error as Error).message}`);
  }

  const content = path.resolve(values.content ?? path.join(ROOT, 'content'));
  const outDir = path.resolve(values.out ?? path.join(content, 'essays'));
  const outPath = path.resolve(outDir, `${slug}.md`);
  if (path.dirname(outPath) !== outDir) throw new CliError(`${outPath}: expected a file directly in ${outDir}`);
  // `source:` is read by the build (src/site/ingest-report.ts) relative to the folder holding the content folder.
  const inContent = path.relative(content, rawPath);
  const source =
    inContent.startsWith('..') || path.isAbsolute(inContent)
      ? undefined
      : path.relative(path.dirname(content), rawPath).split(path.sep).join('/');
  const draft = draftFrontMatter(result.detected, source, result.applied);
  const notes: string[] = [];
  let frontMatter: string;
  let kept = false;
  // Write only a plain file in the essays folder: never through a link that may point anywhere.
  if (lstatSync(outPath, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new CliError(`${outPath}: found a symbolic link; expected a new essay file or an existing regular one`);
  if (existsSync(outPath)) {
    const existingText = readText(outPath, outPath, 'an essay file (Markdown with front matter)', true);
    if (!values.force)
      throw new CliError(
        `${outPath}: found an existing essay; expected a new file — pass --force to replace its body (its front matter is kept and the changes listed)`,
      );
    const existing = splitFrontMatter(existingText);
    if (existing.frontMatter === undefined) {
      throw new CliError(`${outPath}: expected front matter between --- lines at the top; fix or remove the file`);
    }
    frontMatter = existing.frontMatter;
    kept = true;
    let keptData: unknown;
    try {
      keptData = parse(existing.frontMatter);
    } catch {
      keptData = {};
    }
    const { added, removed } = bodyChanges(existing.body, result.body);
    notes.push(`body: ${added} lines added, ${removed} lines removed`);
    notes.push(...frontMatterDifferences(keptData, draft.data));
  } else {
    frontMatter = draft.yaml;
  }
  if (source === undefined)
    process.stderr.write(
      `ingest: note: ${given} is outside ${path.relative(process.cwd(), content) || content}/, so the front matter records no source (the essay page lists no dropped lines); put raw texts in ${path.relative(process.cwd(), content) || content}/sources/\n`,
    );
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outPath, composeEssay(frontMatter, result.body));

  const out: string[] = [];
  for (const entry of result.dropped) out.push(`dropped line ${entry.line} (${entry.reason}): ${entry.text}`);
  for (const entry of result.normalised) out.push(`normalised line ${entry.line}: ${entry.changes.join(', ')}`);
  for (const fix of result.applied)
    out.push(`fixed ${JSON.stringify(fix.from)} → ${JSON.stringify(fix.to)} (${fix.reason})`);
  out.push(...notes);
  const paragraphs = result.body.split('\n\n').filter((block) => block.trim() !== '');
  const headings = paragraphs.filter((block) => block.startsWith('## ')).length;
  out.push(
    `${relativeToRoot(outPath)}: ${paragraphs.length - headings} paragraphs, ${headings} headings; ` +
      `${result.dropped.length} lines dropped, ${result.normalised.length} normalised, ${result.applied.length} fixes applied` +
      (kept ? '; front matter kept (--force)' : '; front matter drafted (fill in the TODOs)'),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
