/**
 * `tsx scripts/check-reproducible.ts` — build the site twice into two temporary
 * directories (WEDGE_OUT, honoured by astro.config.mjs), index each for search
 * when scripts/index-search.ts exists, and compare every file byte for byte.
 * Lists files that differ or exist in one build only; exits 1 if any do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const bin = (name: string) => path.resolve('node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function build(out: string): void {
  execFileSync(bin('astro'), ['build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, WEDGE_OUT: out },
  });
  if (existsSync('scripts/index-search.ts'))
    execFileSync(bin('tsx'), ['scripts/index-search.ts', out], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(root, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

const work = mkdtempSync(path.join(tmpdir(), 'wedge-repro-'));
const [a, b] = [path.join(work, 'a'), path.join(work, 'b')];
try {
  build(a);
  build(b);
  const [left, right] = [files(a), files(b)];
  const onlyIn = (xs: string[], ys: Set<string>) => xs.filter((f) => !ys.has(f));
  const problems = [
    ...onlyIn(left, new Set(right)).map((f) => `only in the first build: ${f}`),
    ...onlyIn(right, new Set(left)).map((f) => `only in the second build: ${f}`),
    ...left
      .filter((f) => right.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))
      .map((f) => `differs: ${f}`),
  ];
  for (const line of problems) console.log(line);
  const indexed = existsSync('scripts/index-search.ts')
    ? ', search index included'
    : ', no search indexer (scripts/index-search.ts) to run';
  console.log(`check-reproducible: ${left.length} files${indexed}; ${problems.length} differences`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  if (process.env.WEDGE_KEEP_REPRO !== '1') rmSync(work, { recursive: true, force: true });
  else console.log(`builds kept in ${work}`);
}
