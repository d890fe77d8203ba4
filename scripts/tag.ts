/**
 * `npm run tag -- <essay.md> [--no-overrides] [--content dir]`
 * Prints the essay's claims as JSON (the claims.json row shape), no site build.
 * An essay outside the site needs no front matter; its thesis, if given, only breaks ties.
 * Bad input (not a regular UTF-8 file within the limits, bad content) is one line
 * `tag: path[:line:column]: reason` and exit 1; bad arguments exit 2.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/pipeline/content-error.ts';
import { claimRows, claimRowsJson } from '../src/site/data-rows.ts';
import { analyzeFile, loadContext } from '../src/pipeline/wedge-context.ts';

const USAGE = 'usage: npm run tag -- <essay.md> [--no-overrides] [--content dir]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { 'no-overrides': { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
  });
} catch (error) {
  console.error(`tag: ${(error as Error).message}; ${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;

if (positionals.length !== 1) {
  console.error(USAGE);
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
  // The essay is read by readEssayFile (src/pipeline/read-text-file.ts): a directory, device, FIFO, empty,
  // binary, non-UTF-8 or oversized file is a ContentError naming it. Never a stack trace for bad input.
  const known = error instanceof ContentError || typeof (error as NodeJS.ErrnoException).code === 'string';
  console.error(`tag: ${known ? (error as Error).message : String(error)}`);
  process.exit(1);
}
