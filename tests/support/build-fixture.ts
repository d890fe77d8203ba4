import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Copy `content/` to a temp folder, let `edit` break it, and build the site from it into a temp dist. */
export function buildWithContent(edit: (root: string) => void): { status: number | null; output: string; dist: string; root: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wedge-fixture-'));
  const root = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  cpSync('content', root, { recursive: true });
  edit(root);
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
    env: { ...process.env, WEDGE_CONTENT: root, WEDGE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist, root };
}
