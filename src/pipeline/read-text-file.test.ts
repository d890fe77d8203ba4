/** Hostile inputs for the one reader of content files and CLI inputs (see tests/hostile/README.md, "CLI and reading limits"). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, MAX_FILE_BYTES, readTextFile } from './read-text-file.ts';
import { MAX_LINE_CHARS } from './content-limits.ts';
import { errorOf } from '../../tests/support/content-folder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wedge-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write `bytes` to a temp file and read it back, named `name` in messages; the error's message or the text. */
function read(name: string, bytes: Uint8Array | string, allowEmpty = false): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return readTextFile(file, { name, expected: 'a test text', allowEmpty });
}

describe('readTextFile', () => {
  it('returns UTF-8 text, with a BOM dropped and nothing else changed', () => {
    expect(read('ok.txt', '\uFEFFCafé — “quoted”.\r\nNext line.\n')).toBe('Café — “quoted”.\r\nNext line.\n');
  });

  it('refuses a path that does not exist', () => {
    expect(errorOf(() => readTextFile(path.join(dir, 'absent.txt'), { name: 'absent.txt' }))).toMatchInlineSnapshot(
      `"absent.txt: no such file; expected a UTF-8 text file"`,
    );
  });

  it('refuses an empty file, and one of only whitespace', () => {
    expect(errorOf(() => read('empty.txt', ''))).toMatchInlineSnapshot(
      `"empty.txt: found an empty file; expected a test text"`,
    );
    expect(errorOf(() => read('blank.txt', ' \n\t\n'))).toMatchInlineSnapshot(
      `"blank.txt: found only whitespace; expected a test text"`,
    );
    expect(read('empty.yaml', '', true)).toBe('');
  });

  it('refuses a binary file (a PNG header has a NUL byte), at the NUL', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(errorOf(() => read('image.png', png))).toMatchInlineSnapshot(
      `"image.png:3:1: found a NUL byte (a binary file?); expected a test text"`,
    );
    expect(errorOf(() => read('nul.txt', 'line one\nab\0c'))).toMatchInlineSnapshot(
      `"nul.txt:2:3: found a NUL byte (a binary file?); expected a test text"`,
    );
  });

  it('refuses Windows-1252 / Latin-1 text (not guessed), at the first byte that is not UTF-8', () => {
    // "café" in Windows-1252 on line 2: é is the single byte 0xE9.
    const latin1 = Uint8Array.from([...Buffer.from('ok\ncaf'), 0xe9, 0x0a]);
    expect(errorOf(() => read('latin1.txt', latin1))).toMatchInlineSnapshot(
      `"latin1.txt:2:4: found byte 0xe9, which is not UTF-8 (Windows-1252 or Latin-1?); expected a test text in UTF-8 (re-save it as UTF-8)"`,
    );
    // Windows-1252 curly quotes 0x93 … 0x94.
    expect(errorOf(() => read('cp1252.txt', Uint8Array.from([0x93, 0x61, 0x94])))).toMatchInlineSnapshot(
      `"cp1252.txt:1:1: found byte 0x93, which is not UTF-8 (Windows-1252 or Latin-1?); expected a test text in UTF-8 (re-save it as UTF-8)"`,
    );
  });

  it('refuses a directory', () => {
    mkdirSync(path.join(dir, 'folder.md'));
    expect(errorOf(() => readTextFile(path.join(dir, 'folder.md'), { name: 'folder.md' }))).toMatchInlineSnapshot(
      `"folder.md: found a directory; expected a UTF-8 text file"`,
    );
  });

  it('refuses /dev/zero without reading it (stat first)', () => {
    expect(errorOf(() => readTextFile('/dev/zero', { name: '/dev/zero' }))).toMatchInlineSnapshot(
      `"/dev/zero: found a character device; expected a UTF-8 text file"`,
    );
  });

  it('refuses a FIFO without opening it (opening would block until a writer came)', () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(errorOf(() => readTextFile(fifo, { name: 'pipe.txt' }))).toMatchInlineSnapshot(
      `"pipe.txt: found a FIFO (named pipe); expected a UTF-8 text file"`,
    );
  });

  it('refuses a file over the size limit, by its size', () => {
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 'a\n');
    expect(errorOf(() => read('big.txt', big))).toMatchInlineSnapshot(
      `"big.txt: found 2,097,153 bytes; expected a test text of at most 2,097,152 bytes"`,
    );
    expect(read('exactly.txt', Buffer.alloc(MAX_FILE_BYTES, 'a\n'))).toHaveLength(MAX_FILE_BYTES);
  });

  it('refuses a line over the line limit, and keeps one of 350,000 characters (the hostile one-paragraph essay)', () => {
    expect(MAX_LINE_CHARS).toBe(500_000);
    expect(errorOf(() => read('wide.txt', `short\n${'x'.repeat(MAX_LINE_CHARS + 1)}\n`))).toMatchInlineSnapshot(
      `"wide.txt:2:500001: line of 500,001 characters; expected at most 500,000 on one line"`,
    );
    expect(read('long-paragraph.txt', `${'w12345 '.repeat(50_000)}.\n`)).toHaveLength(350_002);
  });
});

describe('firstInvalidUtf8 / decodeText', () => {
  it('finds the first ill-formed byte: overlong, surrogate, truncated, past U+10FFFF', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    expect(at(0x61, 0xc3, 0xa9)).toBe(3); // "aé": valid, so the length
    expect(at(0x61, 0xc0, 0xaf)).toBe(1); // overlong "/"
    expect(at(0x61, 0xed, 0xa0, 0x80)).toBe(1); // a UTF-16 surrogate
    expect(at(0x61, 0x62, 0xe2, 0x80)).toBe(2); // truncated at the end
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
  });

  it('agrees with the strict TextDecoder on what is valid', () => {
    expect(decodeText(Uint8Array.from([0xe2, 0x80, 0x9c, 0x61, 0xe2, 0x80, 0x9d]), 'q.txt')).toBe('“a”');
    expect(() => decodeText(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]), 'q.txt')).toThrow(
      /q\.txt:1:2: found byte 0xed/u,
    );
  });
});
