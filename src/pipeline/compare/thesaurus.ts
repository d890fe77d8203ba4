import { CUE_CLASSES, REVERSALS } from './thesaurus-lexicon.ts';

/** The cue words a sentence contains, by cue class id. */
export type CueMatches = Record<string, string[]>;

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
