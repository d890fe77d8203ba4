/**
 * The reader's text through the site's own pipeline: `processEssay`, as
 * `npm run tag -- file.md --no-overrides` runs it (front matter optional), with a
 * context assembled from the build's context data and a wink model passed in. No DOM,
 * no network: the worker supplies both.
 */
import { VFile } from 'vfile';
import type { Block, Claim } from '../../pipeline/claim.ts';
import { essayFrontmatterSchema } from '../../pipeline/essay-schema.ts';
import { splitFrontMatter } from '../../pipeline/ingest/essay-file.ts';
import { contentErrorOf, isFileMessage, processEssay } from '../../pipeline/process-essay.ts';
import type { WedgeContext } from '../../pipeline/wedge-context.ts';
import { eventLinker } from '../../pipeline/link-events.ts';
import type { Position } from '../../pipeline/stances.ts';
import { createNlp, type WinkModel } from '../../pipeline/tagger/nlp.ts';
import { createTagger } from '../../pipeline/tagger/tagger.ts';
import { topicMatcher, type Topic } from '../../pipeline/topics.ts';
import type { AnalyseContext } from './context.ts';

/** A claims.json row: a claim without its source line. */
export type ClaimRow = Omit<Claim, 'line'>;

export interface Analysis {
  slug: string;
  /** The thesis the tagger was given: the reader's choice, else the front matter's, else none. */
  thesis?: Position;
  title?: string;
  /** The Markdown after the reader's front matter, if any (for the essay file export). */
  body: string;
  claims: ClaimRow[];
  blocks: Block[];
  /** Labels of the topics and titles of the events the claims link to, by id. */
  names: Record<string, string>;
}

export interface AnalyseRequest {
  text: string;
  slug: string;
  /** The reader's choice; when absent, the front matter's `thesis`, if any. */
  thesis?: Position;
}

export type Analyser = (request: AnalyseRequest) => Analysis;

/** Build the pipeline once (compiling the lexicon takes a moment); the result analyses any number of texts. */
export function createAnalyser(data: AnalyseContext, winkModel: WinkModel): Analyser {
  const tagger = createTagger(createNlp(winkModel), data.lexicon, data.model);
  const topics = topicMatcher(data.topics as Topic[]);
  const topicIds = new Set(data.topics.map((t) => t.id));
  const events = eventLinker(data.events);
  const names = new Map<string, string>([
    ...data.topics.map((t) => [`topic:${t.id}`, t.label] as const),
    ...data.events.map((e) => [`event:${e.id}`, e.title] as const),
  ]);
  const frontmatter = essayFrontmatterSchema.partial();
  return ({ text, slug, thesis }) => {
    let given: Position | undefined;
    const context: WedgeContext = {
      root: '',
      topics: data.topics as Topic[],
      events: data.events as WedgeContext['events'],
      tagger,
      overrides: new Map(),
      // The reader's choice of thesis wins over the front matter's, as a front-matter thesis does in the build.
      options: (essay, fromFile) => {
        given = thesis ?? fromFile;
        return { slug: essay, thesis: given, tagger, topics, topicIds, events };
      },
    };
    const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const file = new VFile({ path: `${slug}.md`, value: normal });
    let analysed;
    try {
      analysed = processEssay(file, context, { schema: frontmatter, withOverrides: false });
    } catch (error) {
      // Every problem the pipeline found, each at its line and column, as `npm run tag` prints them.
      throw isFileMessage(error) ? contentErrorOf(file) : error;
    }
    const { claims, blocks } = analysed;
    const title = (file.data.wedge?.frontmatter as { title?: string } | undefined)?.title;
    const used: Record<string, string> = {};
    for (const claim of claims) {
      for (const t of claim.topics) used[`topic:${t}`] = names.get(`topic:${t}`) ?? t;
      for (const e of claim.events) used[`event:${e}`] = names.get(`event:${e}`) ?? e;
    }
    return {
      slug,
      ...(given ? { thesis: given } : {}),
      ...(title ? { title } : {}),
      body: splitFrontMatter(normal).body,
      claims: claims.map(({ line: _line, ...row }) => row),
      blocks,
      names: used,
    };
  };
}
