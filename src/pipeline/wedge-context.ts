import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import type { AnalyzeOptions } from './analyze-essay.ts';
import type { AnalyzedEssay } from './claim.ts';
import { essayFrontmatterSchema, type EssayFrontmatter } from './essay-schema.ts';
import { eventLinker } from './link-events.ts';
import winkModel from 'wink-eng-lite-web-model';
import { ContentError } from './content-error.ts';
import {
  listContentFiles,
  listEssayFiles,
  loadLexicon,
  loadOverrides,
  loadTimeline,
  loadTopics,
  readEssayFile,
  relative,
  type OverrideFile,
} from './load-content.ts';
import { contentErrorOf, isFileMessage, processEssay, type WedgeData } from './process-essay.ts';
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
  /** The editors' overrides (`annotations/<slug>.yaml`), by essay slug. */
  overrides: ReadonlyMap<string, OverrideFile>;
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

/** How many contexts this process has loaded: a build loads one (tested). */
export const contextLoads = { count: 0 };

/**
 * Every `annotations/<slug>.yaml`, read once, by essay slug. Overrides for a slug
 * with no `essays/<slug>.md` (a renamed or deleted essay, a typo) stop the build:
 * they would apply to nothing.
 */
export function loadAllOverrides(root: string): Map<string, OverrideFile> {
  const overrides = new Map<string, OverrideFile>();
  const annotations = listContentFiles(path.join(root, 'annotations'), 'yaml');
  if (annotations.length === 0) return overrides;
  const essays = new Set(listEssayFiles(root).map((essay) => essay.slug));
  for (const { slug, file } of annotations) {
    if (!essays.has(slug))
      throw new ContentError(relative(file), [
        `(file): overrides for an essay that does not exist: no ${relative(path.join(root, 'essays', `${slug}.md`))}; expected annotations/<slug>.yaml for one of the essays (${[...essays].join(', ') || 'none'})`,
      ]);
    const loaded = loadOverrides(root, slug);
    if (loaded) overrides.set(slug, loaded);
  }
  return overrides;
}

/** Everything the pipeline needs besides the essay: read once, then handed to `processEssay`. */
export function loadContext(root: string, model: StanceModel = loadModel()): WedgeContext {
  contextLoads.count++;
  const tagger = createTagger(loadNlp(), loadLexicon(root), model);
  const topics = loadTopics(root);
  const events = loadTimeline(root);
  const matcher = topicMatcher(topics);
  const linker = eventLinker(events);
  const topicIds = new Set(topics.map((t) => t.id));
  const overrides = loadAllOverrides(root);
  return {
    root,
    topics,
    events,
    tagger,
    overrides,
    options(slug, thesis, withOverrides = true) {
      return {
        slug,
        thesis,
        tagger,
        topics: matcher,
        topicIds,
        events: linker,
        overrides: withOverrides ? overrides.get(slug) : undefined,
      };
    },
  };
}

/**
 * Read and analyse one essay file (`processEssay`). Content errors in the essay
 * become a `ContentError` naming the file and each line and column.
 */
export function analyzeFile(
  file: string,
  context: WedgeContext,
  options: { withOverrides?: boolean; requireFrontmatter?: boolean } = {},
): WedgeData<Partial<EssayFrontmatter>> & AnalyzedEssay {
  const vfile = readEssayFile(file);
  const schema = options.requireFrontmatter === false ? essayFrontmatterSchema.partial() : essayFrontmatterSchema;
  try {
    return processEssay(vfile, context, { schema, withOverrides: options.withOverrides });
  } catch (error) {
    if (isFileMessage(error)) throw contentErrorOf(vfile);
    throw error;
  }
}
