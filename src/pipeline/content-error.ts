import type { z } from 'zod';

/** A place in a content file: 1-based line and column, as editors and terminals count them. */
export interface Place {
  line: number;
  column: number;
}

/** One problem in a content file: what is wrong and expected, and where, when that is known. */
export interface Problem {
  reason: string;
  place?: Place | undefined;
}

/** Where the node at a data path (list indexes and keys) sits in its file, or the nearest node that exists. */
export type Locate = (path: readonly PropertyKey[]) => Place | undefined;

/**
 * An error in a content file, worded so an editor can fix it without reading
 * code: one line a problem, `<file>:<line>:<column>: <entry> › <field>: <what was expected>`
 * (`<file>: …` when no place is known), the form compilers and unified's
 * `VFileMessage` use, so terminals and editors link each line to its place.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: Problem[];
  constructor(
    readonly file: string,
    problems: ReadonlyArray<string | Problem>,
  ) {
    const list = problems.map((p) => (typeof p === 'string' ? { reason: p } : p));
    super(list.map((p) => `${locationOf(file, p.place)}: ${p.reason}`).join('\n'));
    this.problems = list;
  }
}

/** `file:line:column`, or `file` when the place is unknown. */
export const locationOf = (file: string, place?: Place): string =>
  place ? `${file}:${place.line}:${place.column}` : file;

/** Describe Zod issues for a list file whose entries are named by `label`. */
export function describeIssues(issues: z.core.$ZodIssue[], label: (index: number) => string, data?: unknown): string[] {
  return issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const where =
      typeof first === 'number' ? `${label(first)} › ${rest.join('.') || '(entry)'}` : issue.path.join('.') || '(file)';
    return `${where}: ${message(issue, data)}${received(data, issue.path)}`;
  });
}

/** The schema's message; Zod's own for a required field that is absent reads "received undefined", so say missing. */
const message = (issue: z.core.$ZodIssue, data: unknown): string =>
  issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') && isAbsent(data, issue.path)
    ? `missing; expected ${issue.expected}`
    : issue.message;

function isAbsent(data: unknown, path: PropertyKey[]): boolean {
  const parent = path.length > 0 ? valueAtAny(data, path.slice(0, -1)) : undefined;
  return parent !== null && typeof parent === 'object' && !(path.at(-1)! in parent);
}

/** ` (got "1969-13-02")`: the bad value, when it is a scalar. */
function received(data: unknown, path: PropertyKey[]): string {
  const value = valueAt(data, path);
  return value === undefined ? '' : ` (got ${truncate(JSON.stringify(value))})`;
}

/** The scalar at `path`, or undefined. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  const value = valueAtAny(data, path);
  return typeof value === 'object' && value !== null ? undefined : value;
}

function valueAtAny(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const truncate = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The path of the node an issue is about: for keys the schema does not allow,
 * the first such key, so the place points at it rather than at its entry.
 */
const issuePath = (issue: z.core.$ZodIssue): PropertyKey[] =>
  issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;

/** Each issue's description (from `describe`) with its place in the file, when `locate` knows it. */
function placeIssues(issues: z.core.$ZodIssue[], descriptions: string[], locate?: Locate): Problem[] {
  return issues.map((issue, i) => ({ reason: descriptions[i]!, place: locate?.(issuePath(issue)) }));
}

/** Where each parsed value came from: its file and how to find places inside it. */
const origins = new WeakMap<object, { file: string; locate: Locate }>();

/**
 * The place of `path` inside a value `parseList` returned (the file's whole
 * value, or one entry of a list file): e.g. `placeOf(override, 'quote')`.
 * Undefined for values that did not come from a file with places (or are copies).
 */
export function placeOf(value: object, ...path: PropertyKey[]): Place | undefined {
  return origins.get(value)?.locate(path);
}

/** The file a value `parseList` returned came from. */
export const fileOf = (value: object): string | undefined => origins.get(value)?.file;

/**
 * Parse `data` with `schema`, or throw a ContentError naming `file` and each bad
 * entry, at its line and column when `locate` is given. The result (and each
 * entry of a list) remembers its places for later checks: see `placeOf`.
 */
export function parseList<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  locate?: Locate,
  name: (entry: unknown, index: number) => string = defaultName,
): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const entries = Array.isArray(data) ? data : [];
    const issues = result.error.issues;
    const described = Array.isArray(data)
      ? describeIssues(issues, (i) => name(entries[i], i), data)
      : describeSectionIssues(issues, data);
    throw new ContentError(file, placeIssues(issues, described, locate));
  }
  if (locate) remember(result.data, file, locate);
  return result.data;
}

function remember(value: unknown, file: string, locate: Locate): void {
  if (value === null || typeof value !== 'object') return;
  origins.set(value, { file, locate });
  if (Array.isArray(value))
    value.forEach((entry, i) => {
      if (entry !== null && typeof entry === 'object')
        origins.set(entry as object, { file, locate: (path) => locate([i, ...path]) });
    });
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
    return `${where}: ${message(issue, data)}${received(data, issue.path)}`;
  });
}

const valueIn = (data: unknown, key: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
