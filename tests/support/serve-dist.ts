import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

/**
 * Global setup for the browser tests: build the site and its search index once (unless
 * WEDGE_SKIP_BUILD=1 and dist/ exists) and serve dist/ on a free loopback port.
 */
export default async function setup(project: TestProject) {
  const dist = path.resolve(process.env.WEDGE_OUT ?? 'dist');
  if (!(process.env.WEDGE_SKIP_BUILD === '1' && existsSync(dist))) {
    // NODE_ENV: Vitest sets `test`, which would bundle libraries' development builds; test what `npm run build` ships.
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WEDGE_OUT: dist, NODE_ENV: 'production' };
    // What `npm run build` does: the site, then its search index.
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--silent'], { stdio: 'inherit', env });
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/index-search.ts', dist], { stdio: 'inherit', env });
  }
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  project.provide('distDir', dist);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
