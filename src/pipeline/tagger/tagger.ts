/**
 * Tag an essay's sentences: tokens and lemmas (wink-nlp), cue classes and actors
 * (the lexicon), features with each sentence's place and neighbours, then the
 * stance model with the essay's thesis — stated in its front matter, or else
 * inferred from its sentences by the weights fitted without a thesis.
 * Pure given its inputs: no file system, no clock.
 */
import { POSITIONS, type Position, type Stance } from '../stances.ts';
import {
  addNeighbours,
  addThesis,
  arguingClasses,
  sentenceFeatures,
  type Evidence,
  type Features,
} from './features.ts';
import { compileMatcher, type Lexicon, type Matcher } from './lexicon.ts';
import { probabilities, scoreStance, type StanceModel } from './model.ts';
import type { Nlp } from './nlp.ts';

/** What reads a sentence into features: the tokenizer and the lexicon's matchers. */
export interface Reader {
  nlp: Nlp;
  cues: Matcher;
  actors: Matcher;
}

export interface Tagger extends Reader {
  model: StanceModel;
}

export function createReader(nlp: Nlp, lexicon: Lexicon): Reader {
  return { nlp, cues: compileMatcher(lexicon.classes, nlp), actors: compileMatcher(lexicon.actors, nlp) };
}

export function createTagger(nlp: Nlp, lexicon: Lexicon, model: StanceModel): Tagger {
  return { ...createReader(nlp, lexicon), model };
}

export interface SentenceToTag {
  text: string;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
}

export interface StanceTag {
  stance: Stance;
  confidence: number;
  /** Why: the features that carried the stance, in words a reader can check against the sentence. */
  cues: string[];
}

/** Each sentence's features and the words behind them, in essay order (the thesis is added by `addThesis`). */
export function featurizeEssay(
  sentences: readonly SentenceToTag[],
  tagger: Reader,
): Array<{ features: Features; evidence: Evidence }> {
  const inputs = sentences.map((s) => {
    const tokens = tagger.nlp.tokens(s.text);
    return { tokens, cues: tagger.cues.match(tokens), actors: tagger.actors.match(tokens) };
  });
  const read = inputs.map((input, index) =>
    sentenceFeatures(input, { index, total: inputs.length, paragraphStart: sentences[index]!.paragraphStart }),
  );
  const classes = read.map((r) => arguingClasses(r.features));
  for (const [index, r] of read.entries()) addNeighbours(r.features, classes[index - 1], classes[index + 1]);
  return read;
}

/**
 * The thesis an essay reads as, when it states none: the position the weights
 * fitted without a thesis find most probable, summed over its sentences.
 */
export function inferThesis(model: StanceModel, features: readonly Features[]): Position {
  const total = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
  for (const f of features) {
    const p = probabilities(model.withoutThesis, f);
    for (const position of POSITIONS) total[position] += p[position];
  }
  return POSITIONS.reduce((best, p) => (total[p] > total[best] ? p : best));
}

/**
 * Give every sentence of an essay a stance, with the cues that explain it. The
 * essay's thesis is used as evidence; when it has none, the thesis it reads as.
 */
export function tagSentences(
  sentences: readonly SentenceToTag[],
  tagger: Tagger,
  thesis?: Position,
  maxCues = 5,
): StanceTag[] {
  const featurized = featurizeEssay(sentences, tagger);
  const essayThesis =
    thesis ??
    inferThesis(
      tagger.model,
      featurized.map((f) => f.features),
    );
  const inferred = thesis === undefined;
  return featurized.map(({ features, evidence }) => {
    const scored = scoreStance(tagger.model.withThesis, addThesis(features, essayThesis), tagger.model.stanceWeights);
    const cues = scored.contributions
      .slice(0, maxCues)
      .map(({ feature }) => describeFeature(feature, evidence[feature], inferred));
    if (cues.length === 0)
      cues.push(scored.stance === 'none' ? 'no argumentative cue' : 'overall balance of weak cues');
    return { stance: scored.stance, confidence: scored.confidence, cues };
  });
}

const PLACES: Record<string, string> = {
  'no-argument-cue': 'no argumentative cue (narrative or background)',
  'essay-start': 'opens the essay',
  'essay-early': 'early in the essay',
  'paragraph-start': 'opens its paragraph',
  question: 'a question',
  short: 'a short sentence',
  quotation: 'holds a quotation',
  hypothetical: 'hypothetical (would, could)',
  reported: "reports others' view",
  'negated-modal': 'negated modal (will not, cannot)',
  'past-tense': 'past tense (narrative)',
  number: 'a number or date',
};

/** A feature in words: its meaning and the sentence's words that raised it. */
export function describeFeature(feature: string, words: readonly string[] = [], inferred = false): string {
  const quoted = words.length ? `: “${words.slice(0, 3).join('”, “')}”` : '';
  if (feature in PLACES) return `${PLACES[feature]}${quoted}`;
  if (feature.startsWith('thesis-')) {
    const [thesis, argues] = feature.slice('thesis-'.length).split('×');
    const essay = inferred ? `an essay that reads as ${thesis}` : `a ${thesis} essay`;
    return argues ? `argues, in ${essay}` : `in ${essay}`;
  }
  if (feature.startsWith('previous-')) return `follows a sentence with ${feature.slice('previous-'.length)} cues`;
  if (feature.startsWith('next-')) return `precedes a sentence with ${feature.slice('next-'.length)} cues`;
  if (feature.startsWith('names-')) return `names ${feature.slice('names-'.length).replace('+', ' and ')}${quoted}`;
  if (feature.includes('→')) {
    const [means, target] = feature.split('→') as [string, string];
    return `${means.replace('not-', 'negated ')} aimed at ${target}${quoted}`;
  }
  if (feature.includes('×')) return `${feature.replace('×', ' with ').replace(/not-/g, 'negated ')}`;
  if (feature.startsWith('not-')) return `negated ${feature.slice(4)}${quoted}`;
  return `${feature}${quoted}`;
}
