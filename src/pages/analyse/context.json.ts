/**
 * `/analyse/context.json`: the data the analyse page's worker runs the pipeline with,
 * read by the same loaders as `npm run tag` (src/pipeline/wedge-context.ts), so the
 * page tags a text exactly as the CLI does.
 */
import type { APIRoute } from 'astro';
import { loadLexicon, loadTimeline, loadTopics } from '../../pipeline/load-content.ts';
import { loadModel } from '../../pipeline/wedge-context.ts';
import type { AnalyseContext } from '../../scripts/analyse/context.ts';
import { contentRoot } from '../../site/content-root.ts';

export const GET: APIRoute = () => {
  const context: AnalyseContext = {
    topics: loadTopics(contentRoot).map(({ id, label, cues }) => ({ id, label, cues })),
    events: loadTimeline(contentRoot).map(({ id, title, mentions }) => ({ id, title, mentions })),
    lexicon: loadLexicon(contentRoot),
    model: loadModel(),
  };
  return new Response(JSON.stringify(context), { headers: { 'Content-Type': 'application/json' } });
};
