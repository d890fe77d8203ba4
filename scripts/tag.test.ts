import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tag = (...args: string[]) =>
  spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/tag.ts', ...args], { encoding: 'utf8' });

describe('npm run tag', () => {
  it('prints the claims of an essay that is not in the site, as claims.json rows', () => {
    const result = tag('tests/fixtures/essays/made-up-2030.md');
    expect(result.status).toBe(0);
    const claims = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(claims).toHaveLength(6);
    expect(Object.keys(claims[0]!)).toEqual([
      'id',
      'essay',
      'section',
      'paragraph',
      'index',
      'text',
      'stance',
      'confidence',
      'cues',
      'origin',
      'topics',
      'events',
      'url',
    ]);
    for (const claim of claims) {
      expect(['pressure', 'conciliation', 'futility', 'none']).toContain(claim.stance);
      expect(claim.confidence).toBeGreaterThan(0);
      expect((claim.cues as string[]).length).toBeGreaterThan(0);
    }
    expect(claims[0]).toMatchObject({
      essay: 'made-up-2030',
      section: null,
      origin: 'auto',
      topics: ['sanctions-trade'],
    });
    expect(claims[2]).toMatchObject({ section: 'Other views' });
    expect(claims.find((c) => String(c.text).startsWith('In 1969'))?.events).toContain('zhenbao-island-clash-1969');
    expect(claims.at(-1)!.text).toBe('Dr. Smith of the U.S. Army War College wrote about it at 9 a.m. on a Tuesday.');
  });

  it('works on an essay with no front matter and no thesis', () => {
    const result = tag('tests/fixtures/essays/no-front-matter.md');
    expect(result.status).toBe(0);
    const claims = JSON.parse(result.stdout) as Array<{ essay: string; stance: string; cues: string[] }>;
    expect(claims[0]).toMatchObject({ essay: 'no-front-matter' });
    expect(claims.every((c) => c.cues.length > 0)).toBe(true);
  });

  it('fails with a message naming a missing file', () => {
    const result = tag('tests/fixtures/essays/not-there.md');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/tag: .*not-there.md/);
  });
});

/**
 * Hostile input (tests/hostile/README.md, "CLI and reading limits"): one line naming the file,
 * what was found and what was expected, exit 1, no stack trace. Inputs are generated in a
 * temp folder (named <tmp> in the messages).
 */
describe('npm run tag refuses what it cannot read', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wedge-tag-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tagIn = (...args: string[]) => {
    const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/tag.ts', ...args], { encoding: 'utf8' });
    // Messages name files relative to the working directory; make them the same in any checkout.
    const clean = (text: string) =>
      text
        .replaceAll(path.relative(process.cwd(), dir), '<tmp>')
        .replaceAll(path.relative(process.cwd(), '/dev/zero'), '<rel>/dev/zero');
    return { status: run.status, stdout: run.stdout, stderr: clean(run.stderr) };
  };

  it('a directory (was an uncaught stack trace)', () => {
    mkdirSync(path.join(dir, 'essays'));
    expect(tagIn(path.join(dir, 'essays'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "tag: <tmp>/essays: found a directory; expected a UTF-8 Markdown essay
      ",
        "stdout": "",
      }
    `);
  });

  it('/dev/zero, without reading it', () => {
    expect(tagIn('/dev/zero')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "tag: <rel>/dev/zero: found a character device; expected a UTF-8 Markdown essay
      ",
        "stdout": "",
      }
    `);
  });

  it('a binary file', () => {
    writeFileSync(path.join(dir, 'image.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(tagIn(path.join(dir, 'image.md'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "tag: <tmp>/image.md:3:1: found a NUL byte (a binary file?); expected a UTF-8 Markdown essay
      ",
        "stdout": "",
      }
    `);
  });

  it('a FIFO, without opening it', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    expect(tagIn(path.join(dir, 'pipe.md'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "tag: <tmp>/pipe.md: found a FIFO (named pipe); expected a UTF-8 Markdown essay
      ",
        "stdout": "",
      }
    `);
  });

  it("20,000 nested > (overflowed the parser's stack) at the line and column past the limit", () => {
    writeFileSync(path.join(dir, 'deep.md'), `Intro paragraph.\n\n${'> '.repeat(20_000)}deep\n`);
    expect(tagIn(path.join(dir, 'deep.md'))).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "tag: <tmp>/deep.md:3:201: nested deeper than 100 Markdown block containers (> or list items); expected at most 100 levels
      ",
        "stdout": "",
      }
    `);
  });
});
