/**
 * The layout of `content/essays/<slug>.md`: YAML front matter between `---`
 * fences, one blank line, then the Markdown body.
 */
import { parseMarkdown } from '../process-essay.ts';

/**
 * Split an essay file into its front matter source (without fences) and its body,
 * where the pipeline's own parser (`remark-frontmatter`) finds them.
 */
export function splitFrontMatter(file: string): { frontMatter?: string; body: string } {
  const [first] = parseMarkdown(file).children;
  const end = first?.position?.end.offset;
  if (first?.type !== 'yaml' || end === undefined) return { body: file };
  return { frontMatter: first.value, body: file.slice(end).replace(/^(\r?\n)+/u, '') };
}

/** Put front matter (YAML source, without fences) and a body together. */
export function composeEssay(frontMatter: string, body: string): string {
  const yaml = frontMatter.endsWith('\n') ? frontMatter : `${frontMatter}\n`;
  return `---\n${yaml}---\n\n${body}`;
}
