/**
 * Linguistics from a maintained library: wink-nlp with its English "lite web"
 * model gives each sentence's tokens with lemma, part of speech and wink's own
 * negation flag. The model is passed in, not imported here, so the pipeline
 * stays free to run where the model is loaded on demand (the browser's worker);
 * the loaders import it in Node. Pure otherwise: same text, same tokens.
 */
import winkNLP from 'wink-nlp';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased lemma ("sanctions" → "sanction", "won't" → "will", "not"). */
  lemma: string;
  /** Universal part of speech (NOUN, VERB, AUX, PART, PUNCT …). */
  pos: string;
  /** Inside the scope of a negation, by wink's rules. */
  negated: boolean;
}

/** Turns a sentence into tokens. */
export interface Nlp {
  tokens(text: string): Token[];
}

/** The wink-nlp language model, as `wink-eng-lite-web-model` exports it. */
export type WinkModel = Parameters<typeof winkNLP>[0];

/** A tokenizer over wink-nlp and the given model (sentence boundaries are the pipeline's own, not wink's). */
export function createNlp(model: WinkModel): Nlp {
  const nlp = winkNLP(model, ['pos', 'negation']);
  const its = nlp.its;
  return {
    tokens(text) {
      // A capital that only starts the sentence ("Sanctions will …") would make wink read a proper noun and keep
      // the word unlemmatised; read it in lower case, and give the token back its capital.
      const initial = /^\p{Lu}\p{Ll}/u.test(text);
      const cased = initial ? text[0]!.toLowerCase() + text.slice(1) : text;
      const doc = nlp.readDoc(cased.replace(/[’‘]/g, "'").replace(/(\p{L})'s\b/gu, "$1 's"));
      const tokens = doc.tokens();
      const words = tokens.out(its.value) as string[];
      const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
      const pos = tokens.out(its.pos) as string[];
      const negated = tokens.out(its.negationFlag) as unknown as boolean[];
      if (initial && words[0]) words[0] = text[0]! + words[0].slice(1);
      return words.map((word, i) => ({
        text: word,
        lemma: normaliseLemma(lemmas[i] ?? word),
        pos: pos[i] ?? 'X',
        negated: Boolean(negated[i]),
      }));
    },
  };
}

/** Lower case, straight apostrophes, accents kept ("détente"). */
export function normaliseLemma(lemma: string): string {
  return lemma.toLowerCase().replace(/[’‘]/g, "'");
}
