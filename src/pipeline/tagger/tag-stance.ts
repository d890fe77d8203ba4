import type { Position, Stance } from '../stances.ts';
import { extractFeatures, matchCues, type CueMatches } from './features.ts';
import { scoreStance, type StanceModel } from './model.ts';

export interface StanceTag {
  stance: Stance;
  confidence: number;
  /** Why: the cue words and rules that decided the stance, strongest first. */
  cues: string[];
  /** The cue words found, by class: the next sentence's context. */
  matches: CueMatches;
}

export interface TagOptions {
  model: StanceModel;
  /** The essay's thesis: consulted only to break a near tie. */
  thesis?: Position;
  /** Cue matches of the sentences before and after: an argument runs across sentences. */
  previous?: CueMatches;
  next?: CueMatches;
  /** How many cues to report. Default 5. */
  maxCues?: number;
  /** The sentence's own cue matches, if already found. */
  matches?: CueMatches;
}

/** Give one sentence a stance, with the cues that explain it. */
export function tagStance(text: string, options: TagOptions): StanceTag {
  const matches = options.matches ?? matchCues(text);
  const features = extractFeatures(matches, { previous: options.previous, next: options.next });
  const scored = scoreStance(options.model, features, options.thesis);
  const cues = scored.contributions
    .slice(0, options.maxCues ?? 5)
    .map(({ feature }) => describeFeature(feature, matches));
  if (scored.tieBroken) cues.push(`near tie, settled by the essay's thesis (${options.thesis})`);
  if (cues.length === 0) cues.push(scored.stance === 'none' ? 'no argumentative cue' : 'overall balance of weak cues');
  return { stance: scored.stance, confidence: scored.confidence, cues, matches };
}

/** A feature in words a reader can check against the sentence. */
export function describeFeature(feature: string, matches: CueMatches): string {
  if (feature === 'plain') return 'no argumentative cue (narrative or background)';
  if (feature.startsWith('previous:')) return `follows a sentence with ${feature.slice('previous:'.length)} cues`;
  if (feature.startsWith('next:')) return `precedes a sentence with ${feature.slice('next:'.length)} cues`;
  if (feature.includes('×')) {
    const [a, b] = feature.split('×') as [string, string];
    return `${a} + ${b}: “${(matches[a] ?? []).slice(0, 2).join('”, “')}” with “${(matches[b] ?? []).slice(0, 2).join('”, “')}”`;
  }
  return `${feature}: “${(matches[feature] ?? []).slice(0, 3).join('”, “')}”`;
}
