import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The essay files of a content folder, in name order. */
export function essayFiles(root: string): string[] {
  const dir = path.join(root, 'essays');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(dir, name));
}
