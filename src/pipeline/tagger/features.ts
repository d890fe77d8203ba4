import { CUE_CLASSES, REVERSALS } from './lexicon.ts';

/** The cue words a sentence contains, by cue class id. */
export type CueMatches = Record<string, string[]>;

/** Named numeric features of one sentence, the tagger's only input. */
export type Features = Record<string, number>;

/** Lower-case and straighten quotes so patterns need one spelling. */
export function normaliseForCues(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** Each class's patterns as one alternation: one scan per class instead of one per pattern. */
const COMPILED = CUE_CLASSES.map((cueClass) => ({
  id: cueClass.id,
  pattern: new RegExp(cueClass.patterns.map((p) => p.source).join('|'), 'g'),
}));

const RIVALRY = /^(?:rival|compet)/;
const WITH_WEST =
  /\b(?:rival(?:ry|s)?|compet\w*) (?:\w+ ){0,3}(?:with|to|against) (?:the united states|washington|the west|america|u\.s\.)|(?:washington|the united states|the west) as (?:its|their) (?:main )?(?:rival|competitor)|(?:main|chief) competitor/;

/** Find every cue class's words in `text`. */
export function matchCues(text: string): CueMatches {
  let lower = normaliseForCues(text);
  const matches: CueMatches = {};
  const reversed = new Set<string>();
  for (const pattern of REVERSALS) {
    lower = lower.replace(pattern, (match) => {
      reversed.add(match.trim());
      return ' '.repeat(match.length);
    });
  }
  for (const cueClass of COMPILED) {
    const words = new Set<string>();
    for (const match of lower.matchAll(cueClass.pattern)) words.add(match[0].trim());
    if (cueClass.id === 'inducement') for (const phrase of reversed) words.add(phrase);
    if (words.size > 0) matches[cueClass.id] = [...words];
  }
  // Rivalry with the United States or the West is not friction between Russia and China.
  if (matches.drift && WITH_WEST.test(lower)) {
    const drift = matches.drift.filter((word) => !RIVALRY.test(word));
    if (drift.length) matches.drift = drift;
    else delete matches.drift;
  }
  return matches;
}

/** Pairs of cue classes whose meeting changes what a sentence argues. */
export const CONJUNCTIONS: Array<[string, string]> = [
  ['coercion', 'advocacy'],
  ['coercion', 'success'],
  ['coercion', 'negation'],
  ['coercion', 'failure'],
  ['coercion', 'history'],
  ['coercion', 'drift'],
  ['inducement', 'advocacy'],
  ['inducement', 'success'],
  ['inducement', 'negation'],
  ['inducement', 'failure'],
  ['drift', 'negation'],
  ['drift', 'advocacy'],
  ['drift', 'success'],
  ['failure', 'us-actor'],
  ['failure', 'negation'],
  ['bond', 'negation'],
  ['bond', 'failure'],
  ['advocacy', 'us-actor'],
  ['advocacy', 'negation'],
  ['hedge', 'failure'],
  ['history', 'success'],
  ['success', 'negation'],
];

export interface SentenceContext {
  /** Cue matches of the sentence before, in the same paragraph or the one before. */
  previous?: CueMatches;
  /** Cue matches of the sentence after. */
  next?: CueMatches;
}

/**
 * Turn cue matches into features: one per cue class (log-scaled count), one per
 * meaningful pair, `plain` when nothing argues, and a weak echo of the previous
 * sentence's classes, since an argument runs across sentences.
 */
export function extractFeatures(matches: CueMatches, context: SentenceContext = {}): Features {
  const features: Features = {};
  for (const [id, words] of Object.entries(matches)) features[id] = Math.log2(1 + words.length);
  for (const [a, b] of CONJUNCTIONS) {
    if (matches[a] && matches[b]) features[`${a}×${b}`] = 1;
  }
  const arguing = ['coercion', 'inducement', 'drift', 'failure', 'bond', 'advocacy', 'success'];
  if (!arguing.some((id) => matches[id])) features.plain = 1;
  for (const id of arguing) {
    if (context.previous?.[id]) features[`previous:${id}`] = 0.5;
    if (context.next?.[id]) features[`next:${id}`] = 0.5;
  }
  return features;
}
