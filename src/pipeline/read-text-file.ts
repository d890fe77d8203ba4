/**
 * The one way content files and CLI inputs are read: a loader module (node:fs is
 * allowed here). Refuses, with one line `path: found …; expected …`, anything that
 * is not a regular file of at most `MAX_FILE_BYTES` bytes of UTF-8 text: a missing
 * path, a directory, a device or FIFO (`/dev/zero` would be read forever), an empty
 * file, a binary file (NUL bytes), bytes that are not UTF-8 (refused, never guessed
 * as Windows-1252: a silently mis-decoded quote would become a different claim id),
 * and a line over `MAX_LINE_CHARS`. A UTF-8 BOM is dropped.
 */
import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error.ts';
import { checkLineLength, MAX_FILE_BYTES } from './content-limits.ts';

export { MAX_FILE_BYTES } from './content-limits.ts';

/** Paths are reported relative to the working directory, as an editor would type them. */
export const relative = (file: string): string => path.relative(process.cwd(), file) || file;

export interface ReadTextOptions {
  /** What the caller expected, for the message: e.g. "a raw essay text (.txt)". Default "a UTF-8 text file". */
  expected?: string;
  /** How to name the file in messages. Default: relative to the working directory. */
  name?: string;
  /** Allow an empty file (e.g. an empty YAML list). Default false. */
  allowEmpty?: boolean;
  /** A folder the file must really be in, symlinks resolved (e.g. the content folder for an essay's `source:`). */
  within?: string;
}

const KIND: Array<[(s: Stats) => boolean, string]> = [
  [(s) => s.isDirectory(), 'a directory'],
  [(s) => s.isFIFO(), 'a FIFO (named pipe)'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isSocket(), 'a socket'],
];

const kindOf = (stats: Stats): string => KIND.find(([test]) => test(stats))?.[1] ?? 'not a regular file';

/** Throw unless `file` is a regular file (symlinks followed); its size otherwise. */
export function regularFileSize(file: string, options: ReadTextOptions = {}): number {
  const name = options.name ?? relative(file);
  const expected = options.expected ?? 'a UTF-8 text file';
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot read it (${code ?? error})`;
    throw new ContentError(name, [`${found}; expected ${expected}`]);
  }
  if (!stats.isFile()) throw new ContentError(name, [`found ${kindOf(stats)}; expected ${expected}`]);
  if (options.within !== undefined) {
    const real = realpathSync(file);
    const inside = path.relative(realpathSync(options.within), real);
    if (inside.startsWith('..') || path.isAbsolute(inside))
      throw new ContentError(name, [
        `found a link to ${relative(real)}, outside ${relative(options.within)}/; expected ${expected} inside that folder`,
      ]);
  }
  if (stats.size > MAX_FILE_BYTES)
    throw new ContentError(name, [
      `found ${stats.size.toLocaleString('en')} bytes; expected ${expected} of at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
    ]);
  return stats.size;
}

/** The place (1-based line and column) of character offset `index` in `text`. */
function placeAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Decode `bytes` (the content of the file named `name`) as strict UTF-8 and check it:
 * no NUL bytes, no line over the limit; a leading BOM dropped. Pure (no fs), so
 * it is tested on bytes directly.
 */
export function decodeText(bytes: Uint8Array, name: string, options: ReadTextOptions = {}): string {
  const expected = options.expected ?? 'a UTF-8 text file';
  if (bytes.length === 0 && !options.allowEmpty)
    throw new ContentError(name, [`found an empty file; expected ${expected}`]);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    throw new ContentError(name, [
      { reason: `found a NUL byte (a binary file?); expected ${expected}`, place: placeAt(head, head.length) },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte for the place: the longest prefix that decodes.
    const bad = firstInvalidUtf8(bytes);
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    throw new ContentError(name, [
      {
        reason: `found byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}, which is not UTF-8 (Windows-1252 or Latin-1?); expected ${expected} in UTF-8 (re-save it as UTF-8)`,
        place: placeAt(head, head.length),
      },
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '' && !options.allowEmpty)
    throw new ContentError(name, [`found only whitespace; expected ${expected}`]);
  checkLineLength(text, name);
  return text;
}

/**
 * Offset of the first byte that does not begin or continue a well-formed UTF-8
 * sequence (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return i;
}

/**
 * Read `file` as UTF-8 text, or throw a `ContentError` naming it, what was found
 * and what was expected. Stats first, so a device or FIFO is never opened for
 * reading, and reads at most `MAX_FILE_BYTES + 1` bytes whatever the file grows to.
 */
export function readTextFile(file: string, options: ReadTextOptions = {}): string {
  const name = options.name ?? relative(file);
  regularFileSize(file, { ...options, name });
  const fd = openSync(file, 'r');
  try {
    // The file may have changed between stat and open: check the opened one too.
    const opened = fstatSync(fd);
    if (!opened.isFile())
      throw new ContentError(name, [`found ${kindOf(opened)}; expected ${options.expected ?? 'a UTF-8 text file'}`]);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_FILE_BYTES)
        throw new ContentError(name, [
          `found more than ${MAX_FILE_BYTES.toLocaleString('en')} bytes; expected ${options.expected ?? 'a UTF-8 text file'} of at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
        ]);
    }
    return decodeText(buffer.subarray(0, length), name, options);
  } finally {
    closeSync(fd);
  }
}
