/**
 * `npm run ingest -- <raw.txt> [--slug s] [--out dir]`
 *
 * Turn a raw essay text into `content/essays/<slug>.md` (or `<out>/<slug>.md`)
 * and report every raw line it dropped and every fix it applied. Hand fixes
 * are read from `<raw stem>.fixes.yaml` beside the raw file, if present. An
 * existing essay file keeps its front matter; only its body is replaced.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
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

function draftFrontMatter(detected: Detected, source: string, fixes: Fix[]): string {
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
    source,
    fixes,
  };
  // Quote every string so `published` stays a string, as the schema expects.
  return stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

function readText(file: string, expected: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliError(`${file}: ${why}; expected ${expected}`);
  }
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { slug: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1 || !positionals[0]) {
    throw new CliError('usage: tsx scripts/ingest.ts <raw.txt> [--slug s] [--out dir]; expected one raw text file');
  }
  const rawPath = path.resolve(positionals[0]);
  const raw = readText(rawPath, 'a raw essay text (.txt)');
  const slug = values.slug ?? defaultSlug(rawPath);
  const sidecar = rawPath.replace(/\.[^./\\]+$/u, '') + '.fixes.yaml';
  let fixes: Fix[] = [];
  if (existsSync(sidecar)) {
    try {
      fixes = parseFixes(readText(sidecar, 'a YAML list of fixes'));
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

  const outDir = path.resolve(values.out ?? path.join(ROOT, 'content/essays'));
  const outPath = path.join(outDir, `${slug}.md`);
  let frontMatter: string;
  let kept = false;
  if (existsSync(outPath)) {
    const existing = splitFrontMatter(readFileSync(outPath, 'utf8'));
    if (existing.frontMatter === undefined) {
      throw new CliError(`${outPath}: expected front matter between --- lines at the top; fix or remove the file`);
    }
    frontMatter = existing.frontMatter;
    kept = true;
  } else {
    frontMatter = draftFrontMatter(result.detected, relativeToRoot(rawPath), result.applied);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outPath, composeEssay(frontMatter, result.body));

  const out: string[] = [];
  for (const entry of result.dropped) out.push(`dropped line ${entry.line} (${entry.reason}): ${entry.text}`);
  for (const fix of result.applied)
    out.push(`fixed ${JSON.stringify(fix.from)} → ${JSON.stringify(fix.to)} (${fix.reason})`);
  const paragraphs = result.body.split('\n\n').filter((block) => block.trim() !== '');
  const headings = paragraphs.filter((block) => block.startsWith('## ')).length;
  out.push(
    `${relativeToRoot(outPath)}: ${paragraphs.length - headings} paragraphs, ${headings} headings; ` +
      `${result.dropped.length} lines dropped, ${result.applied.length} fixes applied` +
      (kept ? '; front matter kept' : '; front matter drafted (fill in the TODOs)'),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
