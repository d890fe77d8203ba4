/**
 * Limits on what a content file may hold, checked on its text BEFORE any parser
 * sees it: a file so long, so wide or so deeply nested that a parser would run
 * out of memory or stack fails here with the file, line and column instead.
 * Pure: no file system (the reading is `read-text-file.ts`).
 */
import { ContentError } from './content-error.ts';

/** Largest content file read, in bytes: the longest essay here is ~40 KB, so 2 MB is fifty times that. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Longest line, in characters. Above the hostile suite's 50,000-word one-line paragraph
 * (~350,000 characters, which must still build) and far above any real paragraph.
 */
export const MAX_LINE_CHARS = 500_000;

/**
 * Deepest nesting: Markdown block containers (`>` quotes, list items) on one line,
 * or YAML indentation levels and flow brackets. 20,000 nested `>` overflow the
 * parser's stack; no essay or content file here nests more than a few levels.
 */
export const MAX_NESTING = 100;

/** Every line longer than `MAX_LINE_CHARS` is refused (the first one is reported). */
export function checkLineLength(text: string, file: string): void {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS)
      throw new ContentError(file, [
        {
          reason: `line of ${(stop - start).toLocaleString('en')} characters; expected at most ${MAX_LINE_CHARS.toLocaleString('en')} on one line`,
          place: { line, column: MAX_LINE_CHARS + 1 },
        },
      ]);
    if (end === -1) break;
    start = end + 1;
    line++;
  }
}

/**
 * How deeply a Markdown line nests block containers: each `>` (with the spaces
 * around it) and each list marker (`-`, `*`, `+`, `1.` / `1)`) followed by a space
 * opens one, as CommonMark reads a line's start. Returns the depth and the column
 * (1-based) where the container over the limit opens, if any.
 */
function markdownDepth(line: string): { depth: number; column: number } {
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const column = i + 1;
    if (line[i] === '>') {
      depth++;
      i++;
    } else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/u.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth++;
      i += marker[0].length;
    }
    if (depth > MAX_NESTING) return { depth, column };
  }
  return { depth, column: 0 };
}

/**
 * Refuse Markdown nested deeper than `MAX_NESTING` block containers on a line,
 * with the file, line and column of the first container past the limit.
 * List nesting by indentation alone counts too: every 2 columns of indentation
 * before a list marker can open one more level. Counted on every line, code blocks
 * included: a cheap bound, not a second parser (no essay nests anywhere near 100).
 */
export function checkMarkdownLimits(text: string, file: string): void {
  checkLineLength(text, file);
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    const { depth, column } = markdownDepth(line);
    if (depth > MAX_NESTING)
      throw nestingError(file, lineNumber, column, 'Markdown block containers (> or list items)');
    const indent = /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
    if (indent / 2 > MAX_NESTING && /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/u.test(line))
      throw nestingError(file, lineNumber, indent + 1, 'list levels (by indentation)');
  }
}

/**
 * Refuse YAML nested deeper than `MAX_NESTING` levels: block nesting counted by
 * distinct indentation levels open at a line, flow nesting by open `[` / `{`
 * (outside quotes and comments).
 */
export function checkYamlLimits(text: string, file: string): void {
  checkLineLength(text, file);
  const indents: number[] = [];
  let flow = 0;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    if (flow === 0) {
      // Block nesting: the indentation levels still open at this line, plus "- " sequence entries on it.
      const indent = line.length - content.length;
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      const dashes = /^(?:-[ \t]+)*/u.exec(content)![0].split('-').length - 1;
      if (indents.length + dashes > MAX_NESTING)
        throw nestingError(file, lineNumber, indent + 1, 'YAML levels (indentation and "- " entries)');
    }
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") {
        // A quote opens a string only where a value starts, not inside a plain word (don't).
        if (i === 0 || /[\s[{,:]/u.test(line[i - 1]!)) quote = c;
      } else if (c === '#' && (i === 0 || /\s/u.test(line[i - 1]!))) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (flow > MAX_NESTING) throw nestingError(file, lineNumber, i + 1, 'YAML flow collections ([ or {)');
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
  }
}

const nestingError = (file: string, line: number, column: number, what: string): ContentError =>
  new ContentError(file, [
    {
      reason: `nested deeper than ${MAX_NESTING} ${what}; expected at most ${MAX_NESTING} levels`,
      place: { line, column },
    },
  ]);
