/**
 * A sentence's features, the tagger's only input: the cue classes it holds
 * (negated or not), whom its means are aimed at, modality, reported speech and
 * the author's rejection of it, whom it names, its place in paragraph and essay,
 * its neighbours' classes and the essay's thesis. Each feature keeps the words
 * that raised it, so a reader sees why. Pure.
 */
import type { Position } from '../stances.ts';
import type { CueMatch } from './lexicon.ts';
import type { Token } from './nlp.ts';

export type Features = Record<string, number>;
/** For each feature, the words of the sentence that raised it. */
export type Evidence = Record<string, string[]>;

/** The classes that make a sentence argue for or against a strategy. */
export const ARGUING = ['coercion', 'inducement', 'drift', 'failure', 'bond', 'advocacy', 'success'] as const;
/** Classes whose negation reverses what they say. */
const NEGATABLE = new Set(['coercion', 'inducement', 'drift', 'failure', 'bond', 'success', 'advocacy']);
/** Means whose target matters (sanctions on China, concessions to Russia). */
const MEANS = new Set(['coercion', 'inducement']);

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'without', 'cannot', 'hardly']);
/** Where a negation's scope ends: a clause boundary. */
const SCOPE_END = new Set(['but', 'however', 'yet', 'although', 'though', 'while', 'whereas', 'because', 'which']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);
/** Past-tense forms that wink's lemmas alone do not show. */
const PAST = new Set(['was', 'were', 'had', 'did']);
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'us']);

export interface SentenceInput {
  tokens: Token[];
  /** Argument-class matches. */
  cues: CueMatch[];
  /** Actor matches (us, russia, china). */
  actors: CueMatch[];
}

export interface SentencePlace {
  /** 0-based index in the essay, and the essay's number of sentences. */
  index: number;
  total: number;
  /** First sentence of its paragraph. */
  paragraphStart: boolean;
}

/** Which tokens are inside a negation's scope: wink's flag, or after a negator up to the clause's end. */
export function negationScope(tokens: readonly Token[], cues: readonly CueMatch[]): boolean[] {
  // A negator inside a cue phrase ("no limits", "no chance") is part of the phrase, not a negation of it.
  const inPhrase = new Set<number>();
  for (const cue of cues) {
    const span = tokens.slice(cue.start, cue.end);
    if (span.length > 1 && span.some((t) => NEGATORS.has(t.lemma)))
      for (let i = cue.start; i < cue.end; i++) inPhrase.add(i);
  }
  const scope = tokens.map((t, i) => t.negated && !inPhrase.has(i));
  let open = false;
  tokens.forEach((token, i) => {
    if ((token.pos === 'PUNCT' && token.lemma !== '-') || SCOPE_END.has(token.lemma)) open = false;
    else if (open && !inPhrase.has(i)) scope[i] = true;
    if (NEGATORS.has(token.lemma) && !inPhrase.has(i)) open = true;
  });
  return scope;
}

export function sentenceFeatures(
  input: SentenceInput,
  place: SentencePlace,
): { features: Features; evidence: Evidence } {
  const { tokens, cues, actors } = input;
  const features: Features = {};
  const evidence: Evidence = {};
  const add = (name: string, value = 1, words: string[] = []) => {
    features[name] = Math.max(features[name] ?? 0, value);
    if (words.length) evidence[name] = [...new Set([...(evidence[name] ?? []), ...words])];
  };
  const scope = negationScope(tokens, cues);
  const negated = (cue: CueMatch) => scope.slice(cue.start, cue.end).some(Boolean);

  const present = new Set<string>();
  for (const cue of cues) {
    const name = NEGATABLE.has(cue.cls) && negated(cue) ? `not-${cue.cls}` : cue.cls;
    add(name, 1, [cue.words]);
    present.add(name);
    if (MEANS.has(cue.cls)) {
      const target = targetOf(cue, actors, tokens);
      if (target) add(`${name}→${target.cls}`, 1, [`${cue.words} … ${target.words}`]);
    }
  }
  for (const actor of actors) add(`names-${actor.cls}`, 1, [actor.words]);
  if (features['names-russia'] && features['names-china']) add('names-russia+china');

  // Modality: the hypothetical (would, could), and a negated modal (will not, cannot).
  tokens.forEach((token, i) => {
    if (HYPOTHETICAL.has(token.lemma) && token.pos === 'AUX') add('hypothetical', 1, [token.text]);
    if (MODALS.has(token.lemma) && (NEGATORS.has(tokens[i + 1]?.lemma ?? '') || token.lemma === 'cannot'))
      add('negated-modal', 1, [`${token.text} ${tokens[i + 1]?.text ?? ''}`.trim()]);
  });
  if (tokens.some((t) => t.lemma === 'cannot')) add('negated-modal', 1, ['cannot']);

  // Reported speech: a view the sentence attributes to others (not to the author, "I", "we").
  const attribution = cues.filter((c) => c.cls === 'attribution');
  const firstPerson = tokens.some(
    (t, i) => FIRST_PERSON.has(t.lemma) && t.pos === 'PRON' && i < (attribution[0]?.start ?? 0),
  );
  const quoted = tokens.some((t) => /^["“”]$/.test(t.text));
  if (attribution.length > 0 && !firstPerson) {
    add(
      'reported',
      1,
      attribution.map((c) => c.words),
    );
    for (const cls of ['success', 'failure', 'coercion', 'inducement', 'drift', 'bond'])
      if (present.has(cls)) add(`reported×${cls}`);
    if (present.has('rejection')) add('reported×rejection');
  }
  if (quoted) add('quotation');

  // Meetings of classes that change what a sentence argues.
  for (const [a, b] of CONJUNCTIONS) if (present.has(a) && present.has(b)) add(`${a}×${b}`);

  const argues = ARGUING.some((cls) => present.has(cls) || present.has(`not-${cls}`));
  if (!argues) add('no-argument-cue');
  if (tokens.at(-1)?.text === '?') add('question');
  if (tokens.filter((t) => t.pos !== 'PUNCT').length < 8) add('short');

  const numbers = tokens.filter((t) => t.pos === 'NUM');
  if (numbers.length)
    add(
      'number',
      1,
      numbers.map((t) => t.text),
    );
  // A verb form that is not its lemma, nor an -s or -ing form, is a past tense or participle ("fought", "imposed").
  const past = tokens.filter(
    (t) =>
      PAST.has(t.text.toLowerCase()) ||
      (t.pos === 'VERB' && t.lemma !== t.text.toLowerCase() && !/(s|ing)$/i.test(t.text)),
  );
  if (past.length)
    add(
      'past-tense',
      1,
      past.map((t) => t.text),
    );

  if (place.index === 0) add('essay-start');
  if (place.total > 0 && place.index / place.total < 0.15) add('essay-early');
  if (place.paragraphStart) add('paragraph-start');
  return { features, evidence };
}

/** Adds what the sentences before and after argue (their argument classes). Mutates and returns `features`. */
export function addNeighbours(
  features: Features,
  previous?: ReadonlySet<string>,
  next?: ReadonlySet<string>,
): Features {
  for (const cls of ARGUING) {
    if (previous?.has(cls)) features[`previous-${cls}`] = 0.5;
    if (next?.has(cls)) features[`next-${cls}`] = 0.5;
  }
  return features;
}

/** A sentence's features with its essay's thesis: the thesis, and the thesis where the sentence argues. */
export function addThesis(features: Features, thesis: Position): Features {
  const out = { ...features, [`thesis-${thesis}`]: 1 };
  if (!features['no-argument-cue']) out[`thesis-${thesis}×argues`] = 1;
  return out;
}

/** Pairs of classes whose meeting changes what a sentence argues. */
export const CONJUNCTIONS: Array<[string, string]> = [
  ['coercion', 'advocacy'],
  ['inducement', 'advocacy'],
  ['coercion', 'success'],
  ['inducement', 'success'],
  ['coercion', 'failure'],
  ['inducement', 'failure'],
  ['drift', 'advocacy'],
  ['drift', 'inducement'],
  ['drift', 'success'],
  ['bond', 'failure'],
  ['success', 'failure'],
  ['not-success', 'advocacy'],
  ['history', 'success'],
  ['history', 'coercion'],
  ['rejection', 'success'],
  ['rejection', 'failure'],
];

/** The actor a means is aimed at: the first named within six words after it, else within three before. */
function targetOf(cue: CueMatch, actors: readonly CueMatch[], tokens: readonly Token[]): CueMatch | undefined {
  const boundary = (from: number, to: number) => tokens.slice(from, to).some((t) => t.pos === 'PUNCT');
  const after = actors.find((a) => a.start >= cue.end && a.start - cue.end <= 6 && !boundary(cue.end, a.start));
  if (after) return after;
  return [...actors].reverse().find((a) => a.end <= cue.start && cue.start - a.end <= 3 && !boundary(a.end, cue.start));
}

/** The argument classes a sentence's features show (negated or not), for its neighbours. */
export function arguingClasses(features: Features): Set<string> {
  return new Set(ARGUING.filter((cls) => features[cls] || features[`not-${cls}`]));
}
