/**
 * A small, fixed context for tests of the pure pipeline: two topics, two events,
 * and the tagger with the content folder's lexicon and the fitted model.
 */
import path from 'node:path';
import type { AnalyzeOptions } from './analyze-essay.ts';
import { loadLexicon } from './load-content.ts';
import { eventLinker } from './link-events.ts';
import { createTagger } from './tagger/tagger.ts';
import { topicMatcher, type Topic } from './topics.ts';
import { loadModel, loadNlp, type WedgeContext } from './wedge-context.ts';

export const TEST_TOPICS: Topic[] = [
  { id: 'sanctions-trade', label: 'Sanctions and trade', description: 'Sanctions.', cues: ['sanction*', 'tariff*'] },
  { id: 'arms-control', label: 'Arms control', description: 'Arms control.', cues: ['arms control'] },
];

let tagger: ReturnType<typeof createTagger> | undefined;
const testTagger = () => (tagger ??= createTagger(loadNlp(), loadLexicon(path.resolve('content')), loadModel()));

export function testOptions(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    slug: 'test-essay',
    tagger: testTagger(),
    topics: topicMatcher(TEST_TOPICS),
    topicIds: new Set(TEST_TOPICS.map((t) => t.id)),
    events: eventLinker([
      { id: 'border-clashes-1969', mentions: ['1969', 'ussuri'] },
      { id: 'treaty-2001', mentions: ['2001 treaty'] },
    ]),
    ...overrides,
  };
}

/** The same fixed pipeline as a `WedgeContext`, for `processEssay`; `overrides` by essay slug. */
export function testContext(overrides: WedgeContext['overrides'] = new Map()): WedgeContext {
  const base = testOptions();
  return {
    root: path.resolve('content'),
    topics: TEST_TOPICS,
    events: [],
    tagger: base.tagger,
    overrides,
    options: (slug, thesis, withOverrides = true) =>
      testOptions({ slug, thesis, overrides: withOverrides ? overrides.get(slug) : undefined }),
  };
}
