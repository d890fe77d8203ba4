import { z } from 'zod';
import { normaliseText } from './claim-id.ts';

/**
 * A topic in the taxonomy (`content/topics.yaml`). `cues` are phrases matched
 * as whole words in a claim's normalised text; a trailing `*` matches any ending
 * (`sanction*` matches sanctions, sanctioned).
 */
export const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' }),
    label: z.string().min(1),
    description: z.string().min(1),
    cues: z.array(z.string().min(2)).min(1, { message: 'expected at least one cue phrase' }),
  })
  .strict();

export const topicsFileSchema = z.array(topicSchema).superRefine((topics, ctx) => {
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    if (seen.has(topic.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate topic id "${topic.id}"` });
    seen.add(topic.id);
  });
});

export type Topic = z.output<typeof topicSchema>;

/** Compile a cue phrase to a whole-word pattern over normalised text. */
export function cuePattern(cue: string): RegExp {
  const wildcard = cue.endsWith('*');
  const words = normaliseText(wildcard ? cue.slice(0, -1) : cue);
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^| )${escaped}${wildcard ? '[\\p{L}\\p{N}]*' : ''}(?= |$)`, 'u');
}

export interface TopicMatcher {
  /** Topic ids whose cues occur in `text`, in taxonomy order, with the cue that matched. */
  match(text: string): Array<{ topic: string; cue: string }>;
}

export function topicMatcher(topics: Topic[]): TopicMatcher {
  const compiled = topics.map((topic) => ({ topic: topic.id, cues: topic.cues.map((cue) => ({ cue, pattern: cuePattern(cue) })) }));
  return {
    match(text) {
      const normal = normaliseText(text);
      const found: Array<{ topic: string; cue: string }> = [];
      for (const { topic, cues } of compiled) {
        const hit = cues.find(({ pattern }) => pattern.test(normal));
        if (hit) found.push({ topic, cue: hit.cue });
      }
      return found;
    },
  };
}
