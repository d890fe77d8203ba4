/**
 * The analyse page's context (`/analyse/context.json`), read by the same loaders as
 * `npm run tag` (src/pipeline/wedge-context.ts), so the page tags a text exactly as the CLI does.
 * Only what the worker uses: topics' ids, labels and cues; events' ids, titles and mentions.
 */
import { loadLexicon, loadTimeline, loadTopics } from '../pipeline/load-content.ts';
import { loadModel } from '../pipeline/wedge-context.ts';
import type { AnalyseContext } from '../scripts/analyse/context.ts';

export function analyseContext(root: string): AnalyseContext {
  return {
    topics: loadTopics(root).map(({ id, label, cues }) => ({ id, label, cues })),
    events: loadTimeline(root).map(({ id, title, mentions }) => ({ id, title, mentions })),
    lexicon: loadLexicon(root),
    model: loadModel(),
  };
}
