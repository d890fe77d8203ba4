/**
 * What every CLI shares about bad input: a slug is checked before it names a
 * file, and a content problem is one line `<cli>: path[:line:column]: reason`
 * with exit 1, never a stack trace.
 */
import { ContentError } from '../src/pipeline/content-error.ts';
import { SLUG } from '../src/pipeline/load-content.ts';

export const MAX_SLUG_LENGTH = 80;

/** Why `slug` is refused (`from` names where it came from: `--slug`, a file name), or undefined if it is safe. */
export function slugProblem(slug: string, from: string): string | undefined {
  if (slug.length <= MAX_SLUG_LENGTH && SLUG.test(slug)) return undefined;
  return `${from}: slug ${JSON.stringify(slug)}; expected 1 to ${MAX_SLUG_LENGTH} lower-case letters and digits in hyphen-separated words (e.g. doe-2024)`;
}

/**
 * For CLIs that run at module top level: a `ContentError` (or a file-system error
 * with a code) that escapes ends the process with its one-line message and exit 1.
 */
export function exitOnBadInput(cli: string): void {
  process.on('uncaughtException', (error) => {
    const known = error instanceof ContentError || typeof (error as NodeJS.ErrnoException).code === 'string';
    process.stderr.write(`${cli}: ${known ? error.message : (error.stack ?? String(error))}\n`);
    process.exit(1);
  });
}
