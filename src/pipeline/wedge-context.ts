import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeEssay, type AnalyzeOptions } from './analyze-essay.ts';
import type { AnalyzedEssay } from './claim.ts';
import { eventLinker } from './link-events.ts';
import { loadOverrides, loadTimeline, loadTopics, readEssay, type EssaySource } from './load-content.ts';
import type { StanceModel } from './tagger/model.ts';
import { priorModel } from './tagger/prior.ts';
import type { TimelineEvent } from './timeline/schema.ts';
import { topicMatcher, type Topic } from './topics.ts';

/** Everything the pipeline needs besides the essay itself, loaded once. */
export interface WedgeContext {
  root: string;
  topics: Topic[];
  events: TimelineEvent[];
  model: StanceModel;
  options(slug: string, thesis?: AnalyzeOptions['thesis'], withOverrides?: boolean): AnalyzeOptions;
}

export const MODEL_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'tagger', 'weights.json');

/** The trained model, or the prior written from the definitions if none is trained yet. */
export function loadModel(file = MODEL_FILE): StanceModel {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StanceModel) : priorModel();
}

export function loadContext(root: string, model: StanceModel = loadModel()): WedgeContext {
  const topics = loadTopics(root);
  const events = loadTimeline(root);
  const matcher = topicMatcher(topics);
  const linker = eventLinker(events);
  const topicIds = new Set(topics.map((t) => t.id));
  return {
    root,
    topics,
    events,
    model,
    options(slug, thesis, withOverrides = true) {
      return {
        slug,
        thesis,
        model,
        topics: matcher,
        topicIds,
        events: linker,
        overrides: withOverrides ? loadOverrides(root, slug) : undefined,
      };
    },
  };
}

/** Read and analyse one essay file. */
export function analyzeFile(
  file: string,
  context: WedgeContext,
  options: { withOverrides?: boolean; requireFrontmatter?: boolean } = {},
): EssaySource & AnalyzedEssay {
  const essay = readEssay(file, { requireFrontmatter: options.requireFrontmatter });
  const analyzed = analyzeEssay(
    essay.tree,
    context.options(essay.slug, essay.frontmatter.thesis, options.withOverrides ?? true),
  );
  return { ...essay, ...analyzed };
}
