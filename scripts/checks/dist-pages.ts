/** Where the pages of a built site are, and the URL each is served at. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every `.html` file under `dist`, as sorted relative paths with `/`. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The URL path a static host serves `file` at: `essays/x/index.html` → `/essays/x/`. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The file a URL path names in `dist`, as a static host resolves it (directory
 * index), or null when there is none. Query and fragment must already be gone.
 */
export function fileFor(dist: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const root = path.resolve(dist);
  const file = path.join(root, decoded);
  if (!file.startsWith(root)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    // A directory without a trailing slash would be a redirect; the site uses trailing slashes throughout.
    if (!decoded.endsWith('/')) return null;
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return file;
}
