import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
