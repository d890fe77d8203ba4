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
    if (seen.has(topic.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate topic id "${topic.id}"` });
    seen.add(topic.id);
  });
});

export type Topic = z.output<typeof topicSchema>;

/** Compile a cue phrase to a whole-word pattern over normalised text. */
export function cuePattern(cue: string): RegExp {
  return new RegExp(`(?:^| )${cueSource(cue)}(?= |$)`, 'u');
}

/** Several cue phrases as one pattern; `exec` tells which matched by its text. */
export function cuesPattern(cues: string[]): RegExp {
  return new RegExp(`(?:^| )(?:${cues.map(cueSource).join('|')})(?= |$)`, 'u');
}

/**
 * The first words of cue phrases: a sentence that contains none of them cannot
 * match, so the regular expression need not run (wildcard first words match by prefix).
 */
export function firstWords(cues: string[]): (words: ReadonlySet<string>) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const cue of cues) {
    const first = normaliseText(cue.replace(/\*$/, '')).split(' ')[0] ?? '';
    if (cue.endsWith('*') && !normaliseText(cue).includes(' ')) prefixes.push(first);
    else exact.add(first);
  }
  return (words) => {
    for (const word of exact) if (words.has(word)) return true;
    if (prefixes.length) for (const word of words) if (prefixes.some((p) => word.startsWith(p))) return true;
    return false;
  };
}

function cueSource(cue: string): string {
  const wildcard = cue.endsWith('*');
  const words = normaliseText(wildcard ? cue.slice(0, -1) : cue);
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `${escaped}${wildcard ? '[\\p{L}\\p{N}]*' : ''}`;
}

export interface TopicMatcher {
  /** Topic ids whose cues occur in `text`, in taxonomy order, with the cue that matched. */
  match(text: string): Array<{ topic: string; cue: string }>;
}

export function topicMatcher(topics: Topic[]): TopicMatcher {
  const compiled = topics.map((topic) => ({
    topic: topic.id,
    any: cuesPattern(topic.cues),
    mayMatch: firstWords(topic.cues),
    cues: topic.cues.map((cue) => ({ cue, pattern: cuePattern(cue) })),
  }));
  return {
    match(text) {
      const normal = normaliseText(text);
      const words = new Set(normal.split(' '));
      const found: Array<{ topic: string; cue: string }> = [];
      for (const { topic, any, mayMatch, cues } of compiled) {
        if (!mayMatch(words) || !any.test(normal)) continue; // one scan per topic; name the cue only on a hit
        const hit = cues.find(({ pattern }) => pattern.test(normal));
        if (hit) found.push({ topic, cue: hit.cue });
      }
      return found;
    },
  };
}
