import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeEssay } from './analyze-essay.ts';
import type { AnalyzedEssay } from './claim.ts';
import { ContentError } from './content-error.ts';
import { relative } from './load-content.ts';
import { isStance, type Position } from './stances.ts';
import { loadContext, type WedgeContext } from './wedge-context.ts';

export interface RemarkClaimsOptions {
  /** The content folder (`content/`); essays are the Markdown files in its `essays/`. Default `content`. */
  content?: string;
  /** A digest of every input besides the essay, so Astro's content cache is dropped when one changes. */
  digest?: string;
}

/** Where the analysis travels: Astro exposes it as `remarkPluginFrontmatter.wedge`. */
export interface WedgeFrontmatter {
  wedge?: AnalyzedEssay;
}

export const EMPTY_ESSAY =
  'body: no paragraphs, so no claims; expected the essay text below the front matter (headings alone are not claims)';

const contexts = new Map<string, WedgeContext>();

/**
 * Remark plugin: tag every claim of an essay at build time. It leaves the tree
 * alone and hands the claims and their layout to the page through Astro's
 * remark front matter. Files outside `<content>/essays/` pass through untouched.
 */
export function remarkClaims(options: RemarkClaimsOptions = {}) {
  const root = path.resolve(options.content ?? 'content');
  const essays = path.join(root, 'essays') + path.sep;
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || !path.resolve(file.path).startsWith(essays)) return;
    let context = contexts.get(root);
    if (!context) contexts.set(root, (context = loadContext(root)));
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const thesis =
      isStance(frontmatter.thesis) && frontmatter.thesis !== 'none' ? (frontmatter.thesis as Position) : undefined;
    try {
      const analysed = analyzeEssay(tree, context.options(path.basename(file.path, '.md'), thesis));
      // An essay without a paragraph is a mistake (a lost body, a draft), not an essay with nothing to say.
      if (analysed.claims.length === 0) throw new ContentError(relative(file.path), [EMPTY_ESSAY]);
      frontmatter.wedge = analysed;
    } catch (error) {
      if (error instanceof ContentError) file.fail(error.message);
      throw error;
    }
  };
}
