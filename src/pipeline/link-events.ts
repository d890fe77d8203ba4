import { cuePattern } from './topics.ts';
import type { TimelineEvent } from './timeline/schema.ts';

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
  const compiled = events.map((event) => ({ id: event.id, patterns: event.mentions.map(cuePattern) }));
  return {
    link(text) {
      const normal = ` ${text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `.trim();
      return compiled.filter(({ patterns }) => patterns.some((pattern) => pattern.test(normal))).map(({ id }) => id);
    },
  };
}
