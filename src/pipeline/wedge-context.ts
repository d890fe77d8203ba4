import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeEssay, type AnalyzeOptions } from './analyze-essay.ts';
import type { AnalyzedEssay } from './claim.ts';
import { eventLinker } from './link-events.ts';
import winkModel from 'wink-eng-lite-web-model';
import { loadLexicon, loadOverrides, loadTimeline, loadTopics, readEssay, type EssaySource } from './load-content.ts';
import type { StanceModel } from './tagger/model.ts';
import { createNlp, type Nlp } from './tagger/nlp.ts';
import { createReader, createTagger, type Reader, type Tagger } from './tagger/tagger.ts';
import type { TimelineEvent } from './timeline/schema.ts';
import { topicMatcher, type Topic } from './topics.ts';

/** Everything the pipeline needs besides the essay itself, loaded once. */
export interface WedgeContext {
  root: string;
  topics: Topic[];
  events: TimelineEvent[];
  tagger: Tagger;
  options(slug: string, thesis?: AnalyzeOptions['thesis'], withOverrides?: boolean): AnalyzeOptions;
}

/** The tagger's fitted files, from the project root (where the build, the CLIs and the tests run; bundling moves this module). */
const TAGGER_DIR = path.resolve('src/pipeline/tagger');
/** The fitted model (`npm run train` writes it). */
export const MODEL_FILE = path.join(TAGGER_DIR, 'weights.json');
/** The tagger's evaluation (`npm run train` writes it; the method page reads it). */
export const EVALUATION_FILE = path.join(TAGGER_DIR, 'evaluation.json');

/** The trained model (`npm run train` writes it). */
export function loadModel(file = MODEL_FILE): StanceModel {
  if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)}: no stance model; run npm run train`);
  return JSON.parse(readFileSync(file, 'utf8')) as StanceModel;
}

let nlp: Nlp | undefined;
/** wink-nlp with its English model, made once per process (loading the model takes ~0.2 s). */
export const loadNlp = (): Nlp => (nlp ??= createNlp(winkModel));

/** What reads sentences into features, from the content folder's lexicon. */
export const loadReader = (root: string): Reader => createReader(loadNlp(), loadLexicon(root));

export function loadContext(root: string, model: StanceModel = loadModel()): WedgeContext {
  const tagger = createTagger(loadNlp(), loadLexicon(root), model);
  const topics = loadTopics(root);
  const events = loadTimeline(root);
  const matcher = topicMatcher(topics);
  const linker = eventLinker(events);
  const topicIds = new Set(topics.map((t) => t.id));
  return {
    root,
    topics,
    events,
    tagger,
    options(slug, thesis, withOverrides = true) {
      return {
        slug,
        thesis,
        tagger,
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
