import { cuesPattern, firstWords } from './topics.ts';
import type { TimelineEvent } from './timeline/schema.ts';
import { normaliseText } from './claim-id.ts';

export interface EventLinker {
  /** Ids of the timeline events a sentence mentions, in timeline order. */
  link(text: string): string[];
}

/**
 * Link a sentence to the events it invokes by the `mentions` phrases each event
 * declares in `content/timeline/` — a year, a name ("the Korean War"), a
 * wording ("withdrew their military experts"). Data decides, not code.
 */
export function eventLinker(events: Pick<TimelineEvent, 'id' | 'mentions'>[]): EventLinker {
  const compiled = events
    .filter((event) => event.mentions.length > 0)
    .map((event) => ({ id: event.id, pattern: cuesPattern(event.mentions), mayMatch: firstWords(event.mentions) }));
  return {
    link(text) {
      const normal = normaliseText(text);
      const words = new Set(normal.split(' '));
      return compiled.filter(({ pattern, mayMatch }) => mayMatch(words) && pattern.test(normal)).map(({ id }) => id);
    },
  };
}
