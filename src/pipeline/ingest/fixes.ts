/**
 * Hand corrections of OCR slips and typos, kept as data beside the raw text
 * (`<source>.fixes.yaml`) so every change to the author's words is visible.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { fixSchema } from '../essay-schema.ts';

export type Fix = z.output<typeof fixSchema>;

/** A fix that cannot be applied, or a sidecar that is not a list of fixes. */
export class FixError extends Error {
  constructor(
    message: string,
    readonly fix?: Fix,
  ) {
    super(message);
    this.name = 'FixError';
  }
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/**
 * Apply fixes in order, each to exactly one place. Throws a `FixError` when a
 * fix's `from` occurs zero or several times: a fix that no longer matches
 * means the raw text or the ingester changed, and someone must look.
 */
export function applyFixes(text: string, fixes: readonly Fix[] = []): { text: string; applied: Fix[] } {
  let result = text;
  const applied: Fix[] = [];
  for (const [index, fix] of fixes.entries()) {
    const found = occurrences(result, fix.from);
    if (found !== 1) {
      throw new FixError(
        `fix ${index + 1} (${JSON.stringify(fix.from)} → ${JSON.stringify(fix.to)}): expected ${JSON.stringify(fix.from)} exactly once in the body, found it ${found === 0 ? 'nowhere' : `${found} times`}`,
        fix,
      );
    }
    result = result.replace(fix.from, () => fix.to);
    applied.push({ ...fix });
  }
  return { text: result, applied };
}

/** Parse and validate a fixes sidecar: a YAML list of `{from, to, reason}`. An empty file is no fixes. */
export function parseFixes(source: string): Fix[] {
  const value: unknown = parse(source) ?? [];
  const result = z.array(fixSchema).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new FixError(`expected a YAML list of {from, to, reason}${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
