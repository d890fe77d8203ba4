import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface FixtureBuild {
  status: number | null;
  output: string;
  dist: string;
  root: string;
}

// Strip the terminal's colour codes (ESC [ … m) from a build's output.
// eslint-disable-next-line no-control-regex -- the escape character is what is being matched
const clean = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * A copy of the project's sources with its packages linked, so a build writes
 * its caches (`.astro/` prerender chunks, `node_modules/.astro` content store,
 * `node_modules/.vite`) there and not in the shared checkout: two builds
 * sharing them at the same time break each other (one reads the other's essays).
 */
export function isolatedRoot(dir: string): string {
  const root = path.join(dir, 'project');
  mkdirSync(root);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.resolve(name), path.join(root, name), { recursive: true });
  }
  // Astro keeps its content store in node_modules/.astro and Vite its cache in node_modules/.vite:
  // link every package, but give each build its own caches.
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name !== '.astro' && name !== '.vite')
      symlinkSync(path.resolve('node_modules', name), path.join(root, 'node_modules', name));
  }
  return root;
}

/** A temp folder holding a copy of `content/` that `edit` has changed, and where its dist goes. */
function prepare(edit: (root: string) => void): { root: string; dist: string; cwd: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wedge-fixture-'));
  const root = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  cpSync('content', root, { recursive: true });
  edit(root);
  const env = {
    ...process.env,
    WEDGE_CONTENT: root,
    WEDGE_OUT: dist,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Vitest sets NODE_ENV=test, which would bundle libraries' development builds: build what `npm run build` builds.
    NODE_ENV: 'production',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  return { root, dist, cwd: isolatedRoot(dir), env };
}

/** Copy `content/` to a temp folder, let `edit` break it, and build the site from it into a temp dist. */
export function buildWithContent(edit: (root: string) => void): FixtureBuild {
  const { root, dist, cwd, env } = prepare(edit);
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], { cwd, env, encoding: 'utf8' });
  return { status: result.status, output: clean(`${result.stdout}\n${result.stderr}`), dist, root };
}

/** As `buildWithContent`, without blocking: several fixture builds can run side by side. */
export function buildWithContentAsync(edit: (root: string) => void): Promise<FixtureBuild> {
  const { root, dist, cwd, env } = prepare(edit);
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/astro'), ['build'], { cwd, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: clean(output), dist, root }));
  });
}

/** Run `tasks` with at most `limit` at a time; each result is available as soon as its task ends. */
export function limited<T>(limit: number, tasks: Array<() => Promise<T>>): Array<Promise<T>> {
  let running = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    running--;
    queue.shift()?.();
  };
  return tasks.map(
    (task) =>
      new Promise<T>((resolve, reject) => {
        const start = () => {
          running++;
          task().then(resolve, reject).finally(next);
        };
        if (running < limit) start();
        else queue.push(start);
      }),
  );
}
