/** Small helpers for unit tests of the content loaders: a temporary content folder, and the message an error carries. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A temporary folder holding `files` (relative path → text), created with their parent folders; returns its path. */
export function contentFolder(files: Record<string, string>, prefix = 'wedge-content-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** The message of the error `run` throws; fails the test if it throws nothing. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
