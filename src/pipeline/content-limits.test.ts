/** Nesting and line limits checked before any parser runs (see tests/hostile/README.md, "CLI and reading limits"). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { checkMarkdownLimits, checkYamlLimits, MAX_NESTING } from './content-limits.ts';
import { readYamlFile, relative } from './load-content.ts';
import { processEssay } from './process-essay.ts';
import { testContext } from './test-context.ts';
import { errorOf } from '../../tests/support/content-folder.ts';

describe('checkMarkdownLimits', () => {
  it('lets ordinary nesting through: quotes in lists, a thematic break, numbered lists', () => {
    const text = `Intro.\n\n> quoted\n> > twice\n\n- a\n  - b\n    1. c\n\n* * *\n\n${'> '.repeat(MAX_NESTING)}deep but allowed\n`;
    expect(() => checkMarkdownLimits(text, 'ok.md')).not.toThrow();
  });

  it('refuses 101 nested > at the column of the 101st', () => {
    expect(
      errorOf(() => checkMarkdownLimits(`Intro.\n\n${'>'.repeat(MAX_NESTING + 1)} x\n`, 'quotes.md')),
    ).toMatchInlineSnapshot(
      `"quotes.md:3:101: nested deeper than 100 Markdown block containers (> or list items); expected at most 100 levels"`,
    );
  });

  it('refuses list items nested past the limit on one line, and by indentation', () => {
    expect(errorOf(() => checkMarkdownLimits(`${'- '.repeat(MAX_NESTING + 1)}x\n`, 'list.md'))).toMatchInlineSnapshot(
      `"list.md:1:201: nested deeper than 100 Markdown block containers (> or list items); expected at most 100 levels"`,
    );
    expect(
      errorOf(() => checkMarkdownLimits(`- a\n${' '.repeat(2 * MAX_NESTING + 2)}- b\n`, 'indent.md')),
    ).toMatchInlineSnapshot(
      `"indent.md:2:203: nested deeper than 100 list levels (by indentation); expected at most 100 levels"`,
    );
  });

  it('processEssay refuses 20,000 nested > with the file, line and column instead of overflowing the stack', () => {
    const file = new VFile({
      path: 'content/essays/deep.md',
      value: `---\ntitle: "t"\n---\n\n${'> '.repeat(20_000)}deep\n`,
    });
    expect(errorOf(() => processEssay(file, testContext()))).toMatchInlineSnapshot(
      `"content/essays/deep.md:5:201: nested deeper than 100 Markdown block containers (> or list items); expected at most 100 levels"`,
    );
  });
});

describe('checkYamlLimits', () => {
  it('lets the usual content shapes through', () => {
    const text = `- id: a\n  sources:\n    - {title: "x [1]", url: "https://e.org/{a}"}\n  note: "don't [ count"\n# [[[[ a comment\n`;
    expect(() => checkYamlLimits(text, 'ok.yaml')).not.toThrow();
  });

  it('refuses flow collections nested past the limit, at the bracket', () => {
    expect(
      errorOf(() => checkYamlLimits(`a: ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}\n`, 'flow.yaml')),
    ).toMatchInlineSnapshot(
      `"flow.yaml:1:104: nested deeper than 100 YAML flow collections ([ or {); expected at most 100 levels"`,
    );
  });

  it('refuses block mappings nested past the limit, at the line that goes too deep', () => {
    const text = Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(errorOf(() => checkYamlLimits(text, 'block.yaml'))).toMatchInlineSnapshot(
      `"block.yaml:101:101: nested deeper than 100 YAML levels (indentation and "- " entries); expected at most 100 levels"`,
    );
  });

  it('refuses a sequence of sequences written "- - - …" on one line', () => {
    expect(errorOf(() => checkYamlLimits(`${'- '.repeat(MAX_NESTING + 1)}x\n`, 'dashes.yaml'))).toMatchInlineSnapshot(
      `"dashes.yaml:1:1: nested deeper than 100 YAML levels (indentation and "- " entries); expected at most 100 levels"`,
    );
  });
});

describe('the YAML reader (load-content readYamlFile) checks nesting before parsing', () => {
  it('refuses an annotations file nested 1,000 flow levels deep with its file, line and column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wedge-yaml-deep-'));
    try {
      const file = path.join(dir, 'deep.yaml');
      writeFileSync(file, `- quote: "x"\n  note: ${'['.repeat(1000)}${']'.repeat(1000)}\n`);
      expect(errorOf(() => readYamlFile(file)).replace(relative(dir), '<tmp>')).toMatchInlineSnapshot(
        `"<tmp>/deep.yaml:2:109: nested deeper than 100 YAML flow collections ([ or {); expected at most 100 levels"`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
