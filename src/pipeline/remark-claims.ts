/**
 * The two remark plugins of the essay pipeline (`process-essay.ts` runs them):
 * `remarkEssayFrontmatter` parses and validates the YAML front matter that
 * `remark-frontmatter` leaves as a `yaml` node, and `remarkClaims` tags every
 * claim of the body. Both are pure: everything they need arrives as options,
 * and they read no files. What they find goes to `file.data.wedge`.
 */
import type { Root, Yaml } from 'mdast';
import type { Position as Place } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { analyzeEssay, EssayBodyError } from './analyze-essay.ts';
import type { AnalyzedEssay } from './claim.ts';
import { describeIssues } from './content-error.ts';
import { essayFrontmatterSchema } from './essay-schema.ts';
import { isStance, type Position } from './stances.ts';
import type { WedgeContext } from './wedge-context.ts';

/** What the pipeline learns about one essay. */
export interface WedgeData<F = Record<string, unknown>> extends Partial<AnalyzedEssay> {
  /** The file's stem: the essay's id in URLs and claim ids. */
  slug: string;
  /** The validated front matter (`{}`-based when the file has none and the schema allows it). */
  frontmatter: F;
}

declare module 'vfile' {
  interface DataMap {
    wedge: WedgeData;
  }
}

/** Where the pipeline's messages come from (`source` of every `VFileMessage`). */
export const SOURCE = 'wedge';

export const EMPTY_ESSAY =
  'body: no paragraphs, so no claims; expected the essay text below the front matter (headings alone are not claims)';

export interface RemarkEssayFrontmatterOptions {
  /** The Zod schema the front matter must match. Default `essayFrontmatterSchema` (the site's essays). */
  schema?: z.ZodType;
}

/**
 * Remark plugin: parse the front matter (the `yaml` node `remark-frontmatter`
 * makes) and validate it with `schema`: every bad field gets a message at its
 * line and column, and the last one fails the file. A file without front
 * matter is checked as `{}`.
 */
export function remarkEssayFrontmatter(options: RemarkEssayFrontmatterOptions = {}) {
  const schema = options.schema ?? essayFrontmatterSchema;
  return function transform(tree: Root, file: VFile): void {
    const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
    const lines = new LineCounter();
    const doc = node ? parseDocument(node.value, { lineCounter: lines, prettyErrors: false }) : undefined;
    // The YAML starts on the line after the opening `---`.
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return { line: line + (node?.position?.start.line ?? 0), column: col };
    };
    const error = doc?.errors[0];
    if (error) {
      file.fail(`front matter: invalid YAML: ${error.message.split('\n')[0]}`, {
        place: at(error.pos[0]),
        ruleId: 'frontmatter-yaml',
        source: SOURCE,
      });
    }
    const data: unknown = doc?.toJS() ?? {};
    const result = schema.safeParse(data);
    if (!result.success) {
      const issues = result.error.issues;
      const described = describeIssues(issues, (i) => `entry ${i + 1}`, data);
      // One message per bad field (per unknown key), each at its own line and column; the last one stops the file.
      const problems = issues.flatMap((issue, i) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              reason: `front matter › ${[...issue.path, key].join('.')}: ${issue.message}`,
              place: keyPlace(doc, [...issue.path, key], at) ?? node?.position,
            }))
          : [{ reason: `front matter › ${described[i]}`, place: placeOf(doc, issue.path, at) ?? node?.position }],
      );
      problems.forEach((problem, i) => {
        const report = i === problems.length - 1 ? file.fail.bind(file) : file.message.bind(file);
        report(problem.reason, { place: problem.place, ruleId: 'frontmatter-schema', source: SOURCE });
      });
    }
    file.data.wedge = { slug: file.stem ?? 'essay', frontmatter: result.data as Record<string, unknown> };
  };
}

/** The span of the key (not its value) at `path`: where an unknown key is reported. */
function keyPlace(
  doc: Document | undefined,
  path: PropertyKey[],
  at: (offset: number) => { line: number; column: number },
): Place | undefined {
  const parent = path.length === 1 ? doc?.contents : doc?.getIn(path.slice(0, -1) as Array<string | number>, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path.at(-1)));
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  return range ? { start: at(range[0]), end: at(range[1]) } : undefined;
}

/** The span of the YAML node at `path`, or of its nearest ancestor that exists (a missing key: its map). */
function placeOf(
  doc: Document | undefined,
  path: PropertyKey[],
  at: (offset: number) => { line: number; column: number },
): Place | undefined {
  if (!doc) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const found = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as Array<string | number>, true);
    const range = (found as { range?: [number, number, number] } | undefined)?.range;
    if (!range) continue;
    // A missing key is reported at the start of the map that lacks it.
    const end = n < path.length && isMap(found) ? range[0] : range[1];
    return { start: at(range[0]), end: at(end) };
  }
  return undefined;
}

export interface RemarkClaimsOptions {
  /** Topics, timeline, tagger and overrides, loaded once (`loadContext`). Required. */
  context: WedgeContext;
  /** Apply the editors' overrides (`content/annotations/<slug>.yaml`). Default `true`. */
  withOverrides?: boolean;
}

/**
 * Remark plugin: tag every claim of an essay. It leaves the tree alone and adds
 * the claims and the blocks that lay them out to `file.data.wedge`, next to the
 * front matter `remarkEssayFrontmatter` put there (its `thesis` is evidence for
 * the tagger). An essay without a paragraph fails, and so does every construct
 * whose words the page would not show (code, comments, footnotes…: see
 * `essayStructure`), each at its line and column. Invisible characters removed
 * from the text are warnings (`file.message`, not fatal).
 */
export function remarkClaims(options: RemarkClaimsOptions) {
  const { context, withOverrides = true } = options;
  return function transform(tree: Root, file: VFile): void {
    const wedge = (file.data.wedge ??= { slug: file.stem ?? 'essay', frontmatter: {} });
    const thesis = wedge.frontmatter.thesis;
    let analysed;
    try {
      analysed = analyzeEssay(
        tree,
        context.options(
          wedge.slug,
          isStance(thesis) && thesis !== 'none' ? (thesis as Position) : undefined,
          withOverrides,
        ),
      );
    } catch (error) {
      if (!(error instanceof EssayBodyError)) throw error;
      // Every construct that would vanish from the page gets a message at its place; the last one stops the file.
      error.problems.forEach((problem, i) => {
        const report = i === error.problems.length - 1 ? file.fail.bind(file) : file.message.bind(file);
        report(`body: ${problem.reason}`, { place: problem.place, ruleId: problem.ruleId, source: SOURCE });
      });
      throw error; // unreachable: file.fail threw
    }
    // Invisible characters are removed from claim text (so they cannot change a tag or a quote); the build warns.
    for (const { place, changes } of analysed.normalised)
      file.message(
        `body: removed from the text: ${changes.join(', ')}; expected visible characters only (the page and the tagger see the text without them)`,
        {
          place,
          ruleId: 'invisible-characters',
          source: SOURCE,
        },
      );
    // An essay without a paragraph is a mistake (a lost body, a draft), not an essay with nothing to say.
    if (analysed.claims.length === 0)
      file.fail(EMPTY_ESSAY, { place: tree.position?.end, ruleId: 'empty-essay', source: SOURCE });
    wedge.claims = analysed.claims;
    wedge.blocks = analysed.blocks;
  };
}
