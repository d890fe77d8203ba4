import { describe, expect, it } from 'vitest';
import { loadAllOverrides } from './wedge-context.ts';
import { contentFolder, errorOf as messageOf } from '../../tests/support/content-folder.ts';

const folder = (files: Record<string, string>) => contentFolder(files, 'wedge-context-');
const OVERRIDE = '- quote: "a long enough quote"\n  stance: none\n  note: n\n';
/** The error `fn` throws, with the temporary folder left out of every path. */
const errorOf = (fn: () => unknown): string =>
  messageOf(fn).replace(/(?:\.\.\/)*\/?(?:[\w.-]+\/)*wedge-context-\w+\//g, '');

describe('loadAllOverrides', () => {
  it('reads each essay’s overrides by slug', () => {
    const root = folder({ 'essays/a.md': '', 'essays/b.md': '', 'annotations/a.yaml': OVERRIDE });
    const overrides = loadAllOverrides(root);
    expect([...overrides.keys()]).toEqual(['a']);
    expect(overrides.get('a')!.entries).toMatchObject([{ quote: 'a long enough quote', stance: 'none' }]);
  });

  it('stops on overrides for an essay that does not exist, naming the annotations file and the missing essay', () => {
    const root = folder({ 'essays/a.md': '', 'essays/b.md': '', 'annotations/c.yaml': OVERRIDE });
    expect(errorOf(() => loadAllOverrides(root))).toMatchInlineSnapshot(
      `"annotations/c.yaml: (file): overrides for an essay that does not exist: no essays/c.md; expected annotations/<slug>.yaml for one of the essays (a, b)"`,
    );
    expect(errorOf(() => loadAllOverrides(folder({ 'annotations/a.yaml': OVERRIDE })))).toMatchInlineSnapshot(
      `"annotations/a.yaml: (file): overrides for an essay that does not exist: no essays/a.md; expected annotations/<slug>.yaml for one of the essays (none)"`,
    );
  });

  it('stops on an annotations file it would not read (x.yml)', () => {
    const root = folder({ 'essays/a.md': '', 'annotations/a.yml': OVERRIDE });
    expect(errorOf(() => loadAllOverrides(root))).toMatchInlineSnapshot(
      `"annotations/a.yml: (file): unknown extension ".yml", so it would not be read; expected <slug>.yaml, a slug being lower-case letters, digits and single hyphens"`,
    );
  });
});
