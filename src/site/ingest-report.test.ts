/** An essay's `source:` stays inside the content folder and is read with limits (tests/hostile/README.md, "CLI and reading limits"). */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { droppedLines } from './ingest-report.ts';
import { errorOf as messageOf } from '../../tests/support/content-folder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wedge-source-'));
const root = path.join(dir, 'content');
mkdirSync(path.join(root, 'sources'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rel = (p: string) => path.relative(process.cwd(), p);
const errorOf = (run: () => unknown): string => messageOf(run).replaceAll(rel(dir), '<tmp>');

describe('droppedLines (the essay page\'s "left out" list)', () => {
  it('reads the raw text named by source:, relative to the folder holding the content folder', () => {
    cpSync('tests/hostile/cli/doe-2024-ok.txt', path.join(root, 'sources/doe-2024.txt'));
    expect(droppedLines('doe-2024', 'content/sources/doe-2024.txt', root).map((d) => d.reason)).toEqual([
      'title',
      'byline',
      'date line',
    ]);
    expect(droppedLines('doe-2024', 'content/sources/absent.txt', root)).toEqual([]);
  });

  it('refuses a source: outside the content folder', () => {
    expect(errorOf(() => droppedLines('e', '../../etc/passwd', root))).toMatchInlineSnapshot(
      `"<tmp>/content/essays/e.md: source: "../../etc/passwd" is outside <tmp>/content/; expected the path of the raw text inside the content folder, e.g. "content/sources/<file>.txt""`,
    );
    expect(errorOf(() => droppedLines('e', '/dev/zero', root))).toMatchInlineSnapshot(
      `"<tmp>/content/essays/e.md: source: "/dev/zero" is outside <tmp>/content/; expected the path of the raw text inside the content folder, e.g. "content/sources/<file>.txt""`,
    );
  });

  it('refuses a source: inside the content folder that is a FIFO or a link to a device', () => {
    execFileSync('mkfifo', [path.join(root, 'sources/pipe.txt')]);
    expect(errorOf(() => droppedLines('e', 'content/sources/pipe.txt', root))).toMatchInlineSnapshot(
      `"<tmp>/content/sources/pipe.txt: found a FIFO (named pipe); expected a raw essay text (.txt)"`,
    );
    symlinkSync('/dev/zero', path.join(root, 'sources/zero.txt'));
    expect(errorOf(() => droppedLines('e', 'content/sources/zero.txt', root))).toMatchInlineSnapshot(
      `"<tmp>/content/sources/zero.txt: found a character device; expected a raw essay text (.txt)"`,
    );
  });

  it('refuses a source: inside the content folder that links to a file outside it', () => {
    writeFileSync(path.join(dir, 'secret.txt'), 'Outside the content folder.\n');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'sources/link.txt'));
    expect(errorOf(() => droppedLines('e', 'content/sources/link.txt', root))).toMatchInlineSnapshot(
      `"<tmp>/content/sources/link.txt: found a link to <tmp>/secret.txt, outside <tmp>/content/; expected a raw essay text (.txt) inside that folder"`,
    );
  });

  it('refuses a fixes sidecar that is not UTF-8', () => {
    cpSync('tests/hostile/cli/doe-2024-ok.txt', path.join(root, 'sources/fx-2024.txt'));
    writeFileSync(path.join(root, 'sources/fx-2024.fixes.yaml'), Uint8Array.from([0x2d, 0x20, 0xff]));
    expect(errorOf(() => droppedLines('fx-2024', 'content/sources/fx-2024.txt', root))).toMatchInlineSnapshot(
      `"<tmp>/content/sources/fx-2024.fixes.yaml:1:3: found byte 0xff, which is not UTF-8 (Windows-1252 or Latin-1?); expected a YAML list of fixes in UTF-8 (re-save it as UTF-8)"`,
    );
  });
});
