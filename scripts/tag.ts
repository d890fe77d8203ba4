/**
 * `npm run tag -- <essay.md> [--no-overrides] [--content dir]`
 * Prints the essay's claims as JSON (the claims.json row shape), no site build.
 * An essay outside the site needs no front matter; its thesis, if given, only breaks ties.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/pipeline/content-error.ts';
import { claimRows, claimRowsJson } from '../src/site/data-rows.ts';
import { analyzeFile, loadContext } from '../src/pipeline/wedge-context.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'no-overrides': { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
});

if (positionals.length !== 1) {
  console.error('usage: npm run tag -- <essay.md> [--no-overrides] [--content dir]');
  process.exit(2);
}

try {
  const context = loadContext(path.resolve(values.content));
  const { claims } = analyzeFile(path.resolve(positionals[0]!), context, {
    withOverrides: !values['no-overrides'],
    requireFrontmatter: false,
  });
  process.stdout.write(claimRowsJson(claimRows(claims)));
} catch (error) {
  if (error instanceof ContentError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`tag: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
