import type { z } from 'zod';

/**
 * An error in a content file, worded so an editor can fix it without reading
 * code: `<file>: <entry> › <field>: <what was expected>`.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Describe Zod issues for a list file whose entries are named by `label`. */
export function describeIssues(issues: z.core.$ZodIssue[], label: (index: number) => string): string[] {
  return issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const where = typeof first === 'number' ? `${label(first)} › ${rest.join('.') || '(entry)'}` : issue.path.join('.') || '(file)';
    const received = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
    return `${where}: ${issue.message}${received}`;
  });
}

/** Parse `data` with `schema`, or throw a ContentError naming `file` and each bad entry. */
export function parseList<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  name: (entry: unknown, index: number) => string = defaultName,
): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const entries = Array.isArray(data) ? data : [];
  throw new ContentError(file, describeIssues(result.error.issues, (i) => name(entries[i], i)));
}

function defaultName(entry: unknown, index: number): string {
  const id = entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  return `entry ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
}
