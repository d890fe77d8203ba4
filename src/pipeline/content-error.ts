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
export function describeIssues(issues: z.core.$ZodIssue[], label: (index: number) => string, data?: unknown): string[] {
  return issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const where =
      typeof first === 'number' ? `${label(first)} › ${rest.join('.') || '(entry)'}` : issue.path.join('.') || '(file)';
    return `${where}: ${issue.message}${received(data, issue.path)}`;
  });
}

/** ` (got "1969-13-02")`: the bad value, when it is a scalar. */
function received(data: unknown, path: PropertyKey[]): string {
  const value = valueAt(data, path);
  return value === undefined ? '' : ` (got ${truncate(JSON.stringify(value))})`;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'object' && value !== null ? undefined : value;
}

const truncate = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

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
  throw new ContentError(
    file,
    describeIssues(result.error.issues, (i) => name(entries[i], i), data),
  );
}

function defaultName(entry: unknown, index: number): string {
  const id = entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  return `entry ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
}

/**
 * Describe Zod issues for a file of named lists (`eras:`, `lanes:` …), naming the
 * list and its entry: `eras › entry 3 (alliance) › from: expected …`.
 */
export function describeSectionIssues(issues: z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((issue) => {
    const [section, index, ...rest] = issue.path;
    const list = typeof section === 'string' ? valueIn(data, section) : undefined;
    const where =
      typeof index === 'number' && Array.isArray(list)
        ? [String(section), defaultName(list[index], index), ...(rest.length > 0 ? [rest.join('.')] : [])].join(' › ')
        : issue.path.join('.') || '(file)';
    return `${where}: ${issue.message}${received(data, issue.path)}`;
  });
}

const valueIn = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
