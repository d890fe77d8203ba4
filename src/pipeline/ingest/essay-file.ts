/**
 * The layout of `content/essays/<slug>.md`: YAML front matter between `---`
 * fences, one blank line, then the Markdown body.
 */

const FENCED = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n/u;

/** Split an essay file into its front matter source (without fences) and its body. */
export function splitFrontMatter(file: string): { frontMatter?: string; body: string } {
  const match = FENCED.exec(file);
  if (!match) return { body: file };
  return { frontMatter: match[1] ?? '', body: file.slice(match[0].length).replace(/^(\r?\n)+/u, '') };
}

/** Put front matter (YAML source, without fences) and a body together. */
export function composeEssay(frontMatter: string, body: string): string {
  const yaml = frontMatter.endsWith('\n') ? frontMatter : `${frontMatter}\n`;
  return `---\n${yaml}---\n\n${body}`;
}
