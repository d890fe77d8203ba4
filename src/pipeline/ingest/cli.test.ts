/** `scripts/ingest.ts`, run as a process on made-up raw texts in a temporary folder. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitFrontMatter } from './essay-file.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = path.join(ROOT, 'scripts/ingest.ts');

const RAW = [
  'THE DAILY PAPER',
  '',
  'How to Split a Partnership',
  '',
  'By Jane Doe',
  '',
  'March 3, 2024',
  '',
  'Share on Twitter',
  '',
  'The first paragraph is long enough to be a body paragraph and has a typo: teh.',
  '',
  'No comments:',
].join('\n');

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wedge-ingest-'));
  writeFileSync(path.join(dir, 'doe-2024-daily-paper.txt'), RAW);
  writeFileSync(path.join(dir, 'doe-2024-daily-paper.fixes.yaml'), '- from: teh\n  to: the\n  reason: typo\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/ingest.ts', () => {
  it('writes <slug>.md with drafted front matter and reports drops, fixes and a count', () => {
    const out = path.join(dir, 'essays');
    const raw = path.join(dir, 'doe-2024-daily-paper.txt');
    const run = ingest(raw, '--out', out);
    expect(run.stderr).toBe(
      `ingest: note: ${raw} is outside content/, so the front matter records no source (the essay page lists no dropped lines); put raw texts in content/sources/\n`,
    );
    expect(run.status).toBe(0);

    const file = path.join(out, 'doe-2024.md');
    const { frontMatter, body } = splitFrontMatter(readFileSync(file, 'utf8'));
    expect(body).toBe('The first paragraph is long enough to be a body paragraph and has a typo: the.\n');
    expect(parse(frontMatter ?? '')).toMatchObject({
      title: 'How to Split a Partnership',
      author: 'Jane Doe',
      published: '2024-03-03',
      venue: expect.stringMatching(/^TODO/u),
      summary: expect.stringMatching(/^TODO/u),
      fixes: [{ from: 'teh', to: 'the', reason: 'typo' }],
    });

    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'dropped line 1 (masthead): THE DAILY PAPER',
      'dropped line 3 (title): How to Split a Partnership',
      'dropped line 5 (byline): By Jane Doe',
      'dropped line 7 (date line): March 3, 2024',
      'dropped line 9 (share/save/print button): Share on Twitter',
      'dropped line 13 (blog comments footer): No comments:',
      'fixed "teh" → "the" (typo)',
      `${file}: 1 paragraphs, 0 headings; 6 lines dropped, 0 normalised, 1 fixes applied; front matter drafted (fill in the TODOs)`,
    ]);
  });

  it('with --force, keeps the front matter of an existing essay, replaces only its body and lists the changes; --slug names the file', () => {
    const file = path.join(dir, 'custom.md');
    writeFileSync(file, '---\ntitle: "Kept"\n---\n\nOld body.\n');
    const run = ingest(path.join(dir, 'doe-2024-daily-paper.txt'), '--out', dir, '--slug', 'custom', '--force');
    expect(run.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: "Kept"\n---\n\nThe first paragraph is long enough to be a body paragraph and has a typo: the.\n',
    );
    expect(run.stdout).toContain('\nbody: 1 lines added, 1 lines removed\n');
    expect(run.stdout).toContain(
      '\nfront matter title: kept "Kept"; the fresh draft has "How to Split a Partnership"\n',
    );
    expect(run.stdout).toMatch(/front matter kept \(--force\)\n$/u);
  });

  it('fails with exit 1 naming the file when the raw text is missing', () => {
    const missing = path.join(dir, 'nope-2020.txt');
    const run = ingest(missing, '--out', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`ingest: ${missing}: no such file; expected a raw essay text (.txt)\n`);
  });

  it('fails with exit 1 naming the sidecar when a fix is not found, and writes nothing', () => {
    const sidecar = path.join(dir, 'doe-2024-daily-paper.fixes.yaml');
    writeFileSync(sidecar, '- from: absent\n  to: x\n  reason: r\n');
    const run = ingest(path.join(dir, 'doe-2024-daily-paper.txt'), '--out', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `ingest: ${sidecar}: doe-2024: fix 1 ("absent" → "x"): expected "absent" exactly once in the body, found it nowhere\n`,
    );
    expect(existsSync(path.join(dir, 'doe-2024.md'))).toBe(false);
  });
});
