/**
 * A small, fixed context for tests of the pure pipeline: two topics, two events,
 * the prior model. Kept beside the code so tests need no content folder.
 */
import type { AnalyzeOptions } from './analyze-essay.ts';
import { eventLinker } from './link-events.ts';
import { priorModel } from './tagger/prior.ts';
import { topicMatcher, type Topic } from './topics.ts';

export const TEST_TOPICS: Topic[] = [
  { id: 'sanctions-trade', label: 'Sanctions and trade', description: 'Sanctions.', cues: ['sanction*', 'tariff*'] },
  { id: 'arms-control', label: 'Arms control', description: 'Arms control.', cues: ['arms control'] },
];

export function testOptions(overrides: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    slug: 'test-essay',
    model: priorModel(),
    topics: topicMatcher(TEST_TOPICS),
    topicIds: new Set(TEST_TOPICS.map((t) => t.id)),
    events: eventLinker([
      { id: 'border-clashes-1969', mentions: ['1969', 'ussuri'] },
      { id: 'treaty-2001', mentions: ['2001 treaty'] },
    ]),
    ...overrides,
  };
}
