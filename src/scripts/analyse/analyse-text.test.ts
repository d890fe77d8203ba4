import { readFileSync } from 'node:fs';
import path from 'node:path';
import winkModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { analyzeFile, loadContext } from '../../pipeline/wedge-context.ts';
import { analyseContext } from '../../site/analyse-context.ts';
import { createAnalyser } from './analyse-text.ts';

const FIXTURE = 'tests/fixtures/essays/made-up-2030.md';
const root = path.resolve('content');
const analyse = createAnalyser(JSON.parse(JSON.stringify(analyseContext(root))), winkModel);

describe('createAnalyser', () => {
  it('gives exactly the rows `npm run tag -- file.md --no-overrides` prints, from the JSON context', () => {
    const cli = analyzeFile(path.resolve(FIXTURE), loadContext(root), {
      withOverrides: false,
      requireFrontmatter: false,
    }).claims.map(({ line: _line, ...row }) => row);
    const page = analyse({ text: readFileSync(FIXTURE, 'utf8'), slug: 'made-up-2030' });
    expect(JSON.stringify(page.claims)).toBe(JSON.stringify(cli));
    expect(page.thesis).toBe('pressure');
    expect(page.title).toBe('A Made-Up Essay on the Wedge');
  });

  it("lets the reader's thesis win over the front matter's, and names the topics and events it links", () => {
    const result = analyse({ text: readFileSync(FIXTURE, 'utf8'), slug: 'x', thesis: 'futility' });
    expect(result.thesis).toBe('futility');
    const topic = result.claims.flatMap((c) => c.topics)[0]!;
    expect(result.names[`topic:${topic}`]).toMatch(/\w/);
    expect(result.claims.some((c) => c.events.length > 0)).toBe(true);
  });

  it('keeps HTML and script as the literal text of a claim', () => {
    const result = analyse({ text: '<script>alert(1)</script>\n\nSee <img src=x onerror=alert(1)> now.', slug: 'x' });
    expect(result.claims.map((c) => c.text)).toEqual([
      '<script>alert(1)</script>',
      'See <img src=x onerror=alert(1)> now.',
    ]);
  });

  it('refuses what the build refuses, naming every problem at its line and column', () => {
    const text = 'Washington should press Moscow.\n\n1. A numbered point.\n\n    indented code\n';
    expect(() => analyse({ text, slug: 'draft' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: draft.md:3:1: body: numbered list: the page shows each item as a paragraph and its number would vanish; expected paragraphs (write \`1\\.\` to keep a number as text)]`,
    );
  });
});
