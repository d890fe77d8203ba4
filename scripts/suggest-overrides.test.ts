/** `npm run suggest-overrides -- <slug>` checks the slug before it names a file (tests/hostile/README.md, "CLI and reading limits"). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const suggest = (...args: string[]) => {
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/suggest-overrides.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('npm run suggest-overrides refuses an unsafe slug', () => {
  it('a slug that climbs out of the content folder, in one line, exit 1, before reading anything', () => {
    expect(suggest('../../etc/passwd')).toMatchInlineSnapshot(`
      {
        "status": 1,
        "stderr": "suggest-overrides: slug "../../etc/passwd"; expected 1 to 80 lower-case letters and digits in hyphen-separated words (e.g. doe-2024)
      ",
        "stdout": "",
      }
    `);
  });
});
