/**
 * The tagger's vocabulary, as content (`content/lexicon/*.yaml`): classes of cue
 * phrases written from PRODUCT.md's stance definitions and general policy and
 * argument language, and the actors (the US, Russia, China). Phrases are
 * compiled to lemma sequences with the same NLP as the sentences, so "sanction"
 * matches "sanctions" and "sanctioned".
 */
import { z } from 'zod';
import type { Nlp, Token } from './nlp.ts';

export const cueClassSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/, { message: 'expected a lower-case id (letters and hyphens)' }),
    description: z.string().min(1).optional(),
    cues: z.array(z.string().min(1, { message: 'expected a cue phrase' })).min(1, { message: 'expected cue phrases' }),
  })
  .strict();

export const lexiconFileSchema = z.array(cueClassSchema);
export type CueClass = z.output<typeof cueClassSchema>;

export interface Lexicon {
  /** Argument classes: coercion, inducement, drift, failure, bond, advocacy, success, attribution, rejection, history. */
  classes: CueClass[];
  /** Who is named: us, russia, china. */
  actors: CueClass[];
}

/** One cue phrase as lemmas, with its class. */
interface CompiledCue {
  lemmas: string[];
  phrase: string;
  cls: string;
}

/** A phrase found in a sentence: its class, the words as written, and the token span [start, end). */
export interface CueMatch {
  cls: string;
  phrase: string;
  words: string;
  start: number;
  end: number;
}

export interface Matcher {
  /** Every cue of every class in the tokens, longest match first at each position, no overlaps within a class. */
  match(tokens: Token[]): CueMatch[];
}

/** Compile the classes' phrases to lemma sequences, indexed by first lemma. */
export function compileMatcher(classes: readonly CueClass[], nlp: Nlp): Matcher {
  const byFirst = new Map<string, CompiledCue[]>();
  for (const cls of classes)
    for (const phrase of new Set(cls.cues)) {
      const lemmas = nlp.tokens(phrase).map((t) => t.lemma);
      if (lemmas.length === 0) continue;
      const list = byFirst.get(lemmas[0]!) ?? [];
      list.push({ lemmas, phrase, cls: cls.id });
      byFirst.set(lemmas[0]!, list);
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  return {
    match(tokens) {
      const found: CueMatch[] = [];
      const taken = new Map<string, number>(); // class → end of its last match
      for (let i = 0; i < tokens.length; i++) {
        for (const cue of byFirst.get(tokens[i]!.lemma) ?? []) {
          if ((taken.get(cue.cls) ?? 0) > i) continue;
          if (!cue.lemmas.every((lemma, k) => tokens[i + k]?.lemma === lemma)) continue;
          const end = i + cue.lemmas.length;
          found.push({
            cls: cue.cls,
            phrase: cue.phrase,
            words: tokens
              .slice(i, end)
              .map((t) => t.text)
              .join(' '),
            start: i,
            end,
          });
          taken.set(cue.cls, end);
        }
      }
      return found;
    },
  };
}
