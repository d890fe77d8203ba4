/**
 * `scripts/ingest.ts` refuses what it cannot handle: one line `ingest: <file>: found …; expected …`
 * and exit 1, nothing written. Inputs are generated in a temp folder (see tests/hostile/README.md,
 * "CLI and reading limits"); the raw-text fixtures are in tests/hostile/cli/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve('.');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wedge-ingest-hostile-'));
  mkdirSync(path.join(dir, 'essays'));
  copyFileSync(path.join(ROOT, 'tests/hostile/cli/doe-2024-ok.txt'), path.join(dir, 'doe-2024-ok.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI from the temp folder (so messages name files as `x.txt`), writing into `<tmp>/essays`. */
function ingest(...args: string[]) {
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  const clean = (text: string) => text.replaceAll(dir, '<tmp>');
  return { status: run.status, stdout: clean(run.stdout), stderr: clean(run.stderr) };
}
const ingestFile = (name: string, content: string | Uint8Array, ...args: string[]) => {
  writeFileSync(path.join(dir, name), content);
  return ingest(name, '--content', dir, ...args);
};
const written = () => readdirSync(path.join(dir, 'essays'));

describe('ingest refuses input it cannot handle, in one line, exit 1, writing nothing', () => {
  it('an empty file', () => {
    expect(ingestFile('empty-2024.txt', '')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: empty-2024.txt: found an empty file; expected a raw essay text (.txt)
      ",
        "stdout": "",
      }
    `);
  });

  it('a binary file (a PNG)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(ingestFile('image-2024.png', png)).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: image-2024.png:3:1: found a NUL byte (a binary file?); expected a raw essay text (.txt)
      ",
        "stdout": "",
      }
    `);
  });

  it('Windows-1252 text (refused, not guessed)', () => {
    copyFileSync(path.join(ROOT, 'tests/hostile/cli/latin1-2024.txt'), path.join(dir, 'latin1-2024.txt'));
    expect(ingest('latin1-2024.txt', '--content', dir).stderr).toMatchInlineSnapshot(`
      "ingest: latin1-2024.txt:3:7: found byte 0xe9, which is not UTF-8 (Windows-1252 or Latin-1?); expected a raw essay text (.txt) in UTF-8 (re-save it as UTF-8)
      "
    `);
  });

  it('a directory', () => {
    mkdirSync(path.join(dir, 'folder-2024.txt'));
    expect(ingest('folder-2024.txt', '--content', dir)).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: folder-2024.txt: found a directory; expected a raw essay text (.txt)
      ",
        "stdout": "",
      }
    `);
  });

  it('/dev/zero, without reading it', () => {
    expect(ingest('/dev/zero', '--content', dir)).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: /dev/zero: found a character device; expected a raw essay text (.txt)
      ",
        "stdout": "",
      }
    `);
  });

  it('a FIFO, without opening it', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe-2024.txt')]);
    expect(ingest('pipe-2024.txt', '--content', dir)).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: pipe-2024.txt: found a FIFO (named pipe); expected a raw essay text (.txt)
      ",
        "stdout": "",
      }
    `);
  });

  it('a file over 2 MB', () => {
    expect(ingestFile('big-2024.txt', 'Long enough sentence here.\n'.repeat(80_000))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: big-2024.txt: found 2,160,000 bytes; expected a raw essay text (.txt) of at most 2,097,152 bytes
      ",
        "stdout": "",
      }
    `);
  });

  it('a slug that leaves the essays folder, is empty or has a space', () => {
    for (const slug of ['../../x', '', 'a b'])
      expect(ingest('doe-2024-ok.txt', '--content', dir, '--slug', slug).stderr).toBe(
        `ingest: --slug: slug ${JSON.stringify(slug)}; expected 1 to 80 lower-case letters and digits in hyphen-separated words (e.g. doe-2024)\n`,
      );
  });

  it('a file name that makes no safe slug, without --slug', () => {
    copyFileSync(path.join(dir, 'doe-2024-ok.txt'), path.join(dir, 'Doe Ünal 2024.txt'));
    expect(ingest('Doe Ünal 2024.txt', '--content', dir).stderr).toMatchInlineSnapshot(`
      "ingest: Doe Ünal 2024.txt: slug "Doe Ünal 2024"; expected 1 to 80 lower-case letters and digits in hyphen-separated words (e.g. doe-2024)
      "
    `);
  });

  it('nothing was written by any refused run', () => {
    expect(written()).toEqual([]);
  });
});

describe('ingest never overwrites an essay without --force', () => {
  it('refuses to write through a symbolic link in the essays folder, even with --force', () => {
    const outside = path.join(dir, 'outside.md');
    writeFileSync(outside, '---\ntitle: "Elsewhere"\n---\n\nNot an essay of this site.\n');
    symlinkSync(outside, path.join(dir, 'essays/doe-2024.md'));
    expect(ingest('doe-2024-ok.txt', '--content', dir, '--force')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: <tmp>/essays/doe-2024.md: found a symbolic link; expected a new essay file or an existing regular one
      ",
        "stdout": "",
      }
    `);
    expect(readFileSync(outside, 'utf8')).toBe('---\ntitle: "Elsewhere"\n---\n\nNot an essay of this site.\n');
    rmSync(path.join(dir, 'essays/doe-2024.md'));
  });

  it('refuses an existing essay and leaves it as it was; with --force keeps its front matter and lists what changed', () => {
    // The raw text where the README puts it, so the draft's source: is content/sources/….
    const content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'essays'), { recursive: true });
    mkdirSync(path.join(content, 'sources'));
    const raw = path.join(content, 'sources/doe-2024-ok.txt');
    copyFileSync(path.join(dir, 'doe-2024-ok.txt'), raw);
    const file = path.join(content, 'essays/doe-2024.md');
    const before = '---\ntitle: "Hand-written title"\nauthor: "Jane Doe"\n---\n\nAn old first paragraph.\n';
    writeFileSync(file, before);
    expect(ingest(raw, '--content', content)).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "ingest: <tmp>/content/essays/doe-2024.md: found an existing essay; expected a new file — pass --force to replace its body (its front matter is kept and the changes listed)
      ",
        "stdout": "",
      }
    `);
    expect(readFileSync(file, 'utf8')).toBe(before);

    const forced = ingest(raw, '--content', content, '--force');
    expect(forced).toMatchInlineSnapshot(`
      {
        "status": 0,
        "stderr": "",
        "stdout": "dropped line 1 (title): A Title Line
      dropped line 3 (byline): By Jane Doe
      dropped line 5 (date line): March 3, 2024
      body: 2 lines added, 1 lines removed
      front matter title: kept "Hand-written title"; the fresh draft has "A Title Line"
      front matter published: kept (absent); the fresh draft has "2024-03-03"
      front matter source: kept (absent); the fresh draft has "content/sources/doe-2024-ok.txt"
      <tmp>/content/essays/doe-2024.md: 2 paragraphs, 0 headings; 3 lines dropped, 0 normalised, 0 fixes applied; front matter kept (--force)
      ",
      }
    `);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^---\ntitle: "Hand-written title"\nauthor: "Jane Doe"\n---\n\nThe first/u,
    );
    rmSync(file);
  });
});

describe('ingest reports what it normalised', () => {
  it('lists each line whose invisible characters it removed', () => {
    const raw = readFileSync(path.join(dir, 'doe-2024-ok.txt'), 'utf8').replace(
      'partnership',
      'partner\u00ADship\u200B',
    );
    const run = ingestFile('shy-2024.txt', raw);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((line) => /normalised/.test(line))).toMatchInlineSnapshot(`
      [
        "normalised line 9: 1 × soft hyphen U+00AD, 1 × zero-width space U+200B",
        "<tmp>/essays/shy-2024.md: 2 paragraphs, 0 headings; 3 lines dropped, 1 normalised, 0 fixes applied; front matter drafted (fill in the TODOs)",
      ]
    `);
    expect(readFileSync(path.join(dir, 'essays/shy-2024.md'), 'utf8')).toContain('about the partnership.');
  });
});
