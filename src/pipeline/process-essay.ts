/**
 * The one path from a Markdown essay to its claims: the site's content loader,
 * `npm run tag`, training, evaluation and the benchmarks all go through here.
 * Loaders read the file into a `VFile` (with its `path`, so every message names
 * it) and hand it in with a context loaded once; nothing here touches the disk.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { AnalyzedEssay } from './claim.ts';
import { ContentError } from './content-error.ts';
import { checkMarkdownLimits } from './content-limits.ts';
import type { EssayFrontmatter } from './essay-schema.ts';
import { remarkClaims, remarkEssayFrontmatter, type WedgeData } from './remark-claims.ts';
import type { WedgeContext } from './wedge-context.ts';

export { EMPTY_ESSAY, SOURCE, type WedgeData } from './remark-claims.ts';

export interface ProcessEssayOptions<S extends z.ZodType> {
  /** The front matter's schema. Default `essayFrontmatterSchema`; the corpus passes its own. */
  schema?: S;
  /** Apply the editors' overrides. Default `true`. */
  withOverrides?: boolean;
}

/** Plain CommonMark (no GFM, no smart punctuation: typography is the page's job) with YAML front matter. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Parse Markdown, front matter included (as a `yaml` node), into mdast. No plugin runs. */
export const parseMarkdown = (text: string | VFile): Root => parser.parse(text);

/**
 * Parse an essay, validate its front matter, and tag its claims: the result is
 * also `file.data.wedge`. Content errors throw the `VFileMessage` of
 * `file.fail`, with the file's path and, where known, line and column.
 */
export function processEssay<S extends z.ZodType = z.ZodType<EssayFrontmatter>>(
  file: VFile,
  context: WedgeContext,
  options: ProcessEssayOptions<S> = {},
): WedgeData<z.output<S>> & AnalyzedEssay {
  checkMarkdownLimits(String(file.value), file.path || '(essay)'); // before the parser: deep nesting overflows its stack
  const processor = parser()
    .use(remarkEssayFrontmatter, { schema: options.schema })
    .use(remarkClaims, { context, withOverrides: options.withOverrides });
  processor.runSync(processor.parse(file), file);
  return file.data.wedge as WedgeData<z.output<S>> & AnalyzedEssay;
}

/**
 * The first half of `processEssay`, for training, which needs the tree before
 * any model exists: parse and validate the front matter, tag nothing.
 */
export function parseEssay<S extends z.ZodType = z.ZodType<EssayFrontmatter>>(
  file: VFile,
  options: Pick<ProcessEssayOptions<S>, 'schema'> = {},
): WedgeData<z.output<S>> & { tree: Root } {
  checkMarkdownLimits(String(file.value), file.path || '(essay)'); // before the parser, as in processEssay
  const processor = parser().use(remarkEssayFrontmatter, { schema: options.schema });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { ...(file.data.wedge as WedgeData<z.output<S>>), tree };
}

/** What `file.fail` throws (vfile-message's `VFileMessage`, which vfile does not re-export). */
type VFileMessage = ReturnType<VFile['message']>;

/** Is `error` a message from the pipeline (`file.fail`)? */
export const isFileMessage = (error: unknown): error is VFileMessage =>
  error instanceof Error && 'ruleId' in error && 'place' in error;

/**
 * The file's messages as one `ContentError`, as an editor reads it:
 * `path:` then `- line:column: reason` for each (every bad field, not just the first).
 */
export function contentErrorOf(file: VFile): ContentError {
  return new ContentError(
    file.path || '(essay)',
    file.messages.map((m) => ({ reason: m.reason, place: { line: m.line ?? 1, column: m.column ?? 1 } })),
  );
}
