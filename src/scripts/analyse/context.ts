/**
 * What the analyse page's worker needs besides the reader's text and wink's model:
 * the site's topics, the timeline's event mentions, the tagger's lexicon and fitted
 * weights. Emitted at build time as `/analyse/context.json` (src/pages/analyse/context.json.ts)
 * and fetched by the worker from the same origin.
 */
import type { Lexicon } from '../../pipeline/tagger/lexicon.ts';
import type { StanceModel } from '../../pipeline/tagger/model.ts';
import type { Topic } from '../../pipeline/topics.ts';

export interface AnalyseContext {
  topics: Array<Pick<Topic, 'id' | 'label' | 'cues'>>;
  events: Array<{ id: string; title: string; mentions: string[] }>;
  lexicon: Lexicon;
  model: StanceModel;
}

/** Where the page and the worker find the context. */
export const CONTEXT_URL = '/analyse/context.json';
