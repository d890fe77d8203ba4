/**
 * The reader's text through the site's own pipeline: the same pure functions
 * `npm run tag -- file.md --no-overrides` runs (src/pipeline/wedge-context.ts), assembled
 * from the build's context data and a wink model passed in. No DOM, no network: the
 * worker supplies both.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeEssay } from '../../pipeline/analyze-essay.ts';
import type { Block, Claim } from '../../pipeline/claim.ts';
import { eventLinker } from '../../pipeline/link-events.ts';
import type { Position } from '../../pipeline/stances.ts';
import { createNlp, type WinkModel } from '../../pipeline/tagger/nlp.ts';
import { createTagger } from '../../pipeline/tagger/tagger.ts';
import { topicMatcher, type Topic } from '../../pipeline/topics.ts';
import type { AnalyseContext } from './context.ts';
import { splitFrontMatter } from './front-matter.ts';

/** A claims.json row: a claim without its source line. */
export type ClaimRow = Omit<Claim, 'line'>;

export interface Analysis {
  slug: string;
  /** The thesis the tagger was given: the reader's choice, else the front matter's, else none. */
  thesis?: Position;
  title?: string;
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
export function createAnalyser(context: AnalyseContext, winkModel: WinkModel): Analyser {
  const tagger = createTagger(createNlp(winkModel), context.lexicon, context.model);
  const topics = topicMatcher(context.topics as Topic[]);
  const topicIds = new Set(context.topics.map((t) => t.id));
  const events = eventLinker(context.events);
  const names = new Map<string, string>([
    ...context.topics.map((t) => [`topic:${t.id}`, t.label] as const),
    ...context.events.map((e) => [`event:${e.id}`, e.title] as const),
  ]);
  return ({ text, slug, thesis }) => {
    const split = splitFrontMatter(text);
    const given = thesis ?? split.thesis;
    const { claims, blocks } = analyzeEssay(fromMarkdown(split.body), {
      slug,
      thesis: given,
      tagger,
      topics,
      topicIds,
      events,
    });
    const used: Record<string, string> = {};
    for (const claim of claims) {
      for (const t of claim.topics) used[`topic:${t}`] = names.get(`topic:${t}`) ?? t;
      for (const e of claim.events) used[`event:${e}`] = names.get(`event:${e}`) ?? e;
    }
    return {
      slug,
      ...(given ? { thesis: given } : {}),
      ...(split.title ? { title: split.title } : {}),
      claims: claims.map(({ line: _line, ...row }) => row),
      blocks,
      names: used,
    };
  };
}
