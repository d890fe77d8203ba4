/**
 * A pasted text's leading YAML front matter, read as `npm run tag` reads an essay file
 * (src/pipeline/load-content.ts `readMarkdown`): BOM dropped, line endings made `\n`, the
 * block between the first two `---` lines removed. Only `thesis` and `title` are read, by
 * pattern, so the page ships no YAML parser.
 */
import { POSITIONS, type Position } from '../../pipeline/stances.ts';

export interface SplitText {
  /** The Markdown after the front matter (the whole text when there is none). */
  body: string;
  /** `thesis:` from the front matter, when it names a position. */
  thesis?: Position;
  /** `title:` from the front matter, unquoted. */
  title?: string;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?/;

/** Split `text` into its front matter's thesis and title and its Markdown body. */
export function splitFrontMatter(text: string): SplitText {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(normal);
  if (!match) return { body: normal };
  const field = (name: string): string | undefined => {
    const line = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(match[1]!)?.[1];
    const value = line
      ?.replace(/[ \t]+#.*$/, '')
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2');
    return value || undefined;
  };
  const thesis = field('thesis');
  const title = field('title');
  return {
    body: normal.slice(match[0].length),
    ...((POSITIONS as readonly string[]).includes(thesis ?? '') ? { thesis: thesis as Position } : {}),
    ...(title ? { title } : {}),
  };
}

/** A file name or title as a claim-id slug: lower-case words joined by hyphens ("My Draft.md" → "my-draft"). */
export function slugFor(name: string): string {
  return (
    name
      .replace(/\.(md|markdown|txt)$/i, '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'your-text'
  );
}
