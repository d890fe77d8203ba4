/**
 * Content words of a claim for the similarity measure: lower-cased, split on
 * anything that is not a letter or digit, stop words and one-letter tokens
 * dropped, a few synonyms folded together (see FOLDS), each word reduced to a
 * crude stem so that "sanctions", "sanctioned" and "sanction" meet. Deliberately simple: the corpus is a few hundred
 * sentences and the stems are only compared with each other.
 */

// Function words, reporting verbs and the debate's ever-present actors: a word
// every claim shares says nothing about which claims answer each other.
const STOP_WORDS = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below between
both but by can could did do does doing down during each even ever few for from further had has have having he her here
hers him his how however i if in into is it its itself just may might more most much must my no nor not now of off on once
only or other our ours out over own same she should since so some such than that the their theirs them then there these
they this those through thus to too under until up upon very was we were what when where whether which while who whom why
will with within without would yet you your its one two many new well still whose s t
says said say argue argues argued according
united states us u america american americans washington russia russian russians moscow china chinese beijing`.split(
    /\s+/,
  ),
);

/**
 * Words folded into one term before stemming: the coercive economic measures
 * PRODUCT.md lists together (sanctions, tariffs, penalties, embargo), and
 * capitals standing for their countries, as Moscow and Beijing do above.
 */
const FOLDS = new Map<string, string>([
  ...[
    'sanction',
    'sanctions',
    'sanctioned',
    'sanctioning',
    'penalty',
    'penalties',
    'tariff',
    'tariffs',
    'embargo',
    'embargoes',
  ].map((w): [string, string] => [w, 'sanction']),
  ['kyiv', 'ukraine'],
  ['kyivs', 'ukraine'],
  ['taipei', 'taiwan'],
  ['delhi', 'india'],
]);

/** Suffixes stripped longest first; a stem keeps at least three letters. */
const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ness',
  'ings',
  'ing',
  'ies',
  'ied',
  'ers',
  'er',
  'ed',
  'es',
  'ly',
  's',
];

/** A crude suffix-stripping stem (not Porter: enough to merge inflections). */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') return `${base}y`;
      if (suffix === 's' && base.endsWith('s')) return word; // "across", "class"
      return base;
    }
  }
  return word;
}

/** One content word: its stem and the first surface form it had. */
export interface Term {
  stem: string;
  word: string;
}

/** The content words of `text`, in order, repeats kept (term frequency counts them). */
export function contentTerms(text: string): Term[] {
  const words = text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  return words.map((word) => ({ stem: stem(FOLDS.get(word) ?? word), word }));
}
