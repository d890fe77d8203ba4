/**
 * A thesaurus of argument words by class, used only to pair claims on the compare
 * pages (so "penalties" and "sanctions" meet as coercion). It is the first
 * tagger's lexicon, written by people who had read the three essays, and about
 * 40% of its phrases occur in only one of them: it is NOT the tagger's vocabulary
 * (that is content/lexicon/, written from the stance definitions and general
 * language) and must not be used to tag. Each pattern is a regular expression
 * over lower-cased text with curly apostrophes made straight.
 */
export interface CueClass {
  /** Stable feature name, also shown to readers. */
  id: string;
  /** What the class means, for the method page. */
  description: string;
  patterns: RegExp[];
}

const w = (source: string): RegExp => new RegExp(`\\b(?:${source})(?![a-z])`, 'g');

/**
 * Phrases that turn a coercive word into an inducement ("sanctions relief",
 * "waive sanctions", "think twice before introducing new sanctions"). They count
 * as inducement and are blanked out before the other classes are matched, so
 * "sanctions" inside them is not read as coercion.
 */
export const REVERSALS: RegExp[] = [
  w('(?:sanctions?|tariffs?|penalt(?:y|ies)) (?:relief|waivers?)|relief from (?:\\w+ ){0,2}(?:sanctions|tariffs)'),
  w(
    '(?:lift(?:s|ing)?|waiv(?:e|es|ing)|eas(?:e|es|ing)|scal(?:e|es|ing) back|roll(?:s|ing)? back|drop(?:s|ping)?|suspend(?:s|ing)?) (?:\\w+ ){0,3}(?:sanctions|tariffs|penalties)',
  ),
  w('(?:think twice|refrain(?:ing)?|hold(?:ing)? off) (?:\\w+ ){0,3}(?:new |further )?(?:sanctions|tariffs|penalties)'),
];

export const CUE_CLASSES: CueClass[] = [
  {
    id: 'coercion',
    description:
      'coercive or firm means: sanctions, tariffs, penalties, embargo, military aid, deterrence, confrontation',
    patterns: [
      w('sanction(?:s|ed|ing)?'),
      w('tariffs?'),
      w('penalt(?:y|ies)'),
      w('embargo(?:es)?'),
      w('pressur(?:e|es|ed|ing)'),
      w('military aid|lethal aid|arms to (?:ukraine|kyiv)'),
      w('deter(?:rence|rent|s|red)?'),
      w('confront(?:ation|ational|ing)?'),
      w('firm(?:ness)?'),
      w('sticks?\\b'),
      w('threat(?:en|ening|ened|s)? (?:to )?(?:increased|impose|sanction|penal)'),
      w('coerc(?:ion|ive|e)'),
      w('punish(?:ment|ing)?'),
      w('export controls?'),
      w('nuclear threats?'),
      w('raids?'),
      w('defending taiwan|defense commitment'),
    ],
  },
  {
    id: 'inducement',
    description:
      'engagement or inducements toward Moscow: dialogue, common ground, relief, restraint, trade, technology, climate help, arms-control talks',
    patterns: [
      w('dialogue'),
      w('engag(?:e|ement|ing)'),
      w('common ground'),
      w('overtures?'),
      w('outreach'),
      w('carrots?'),
      w('concili(?:ate|ating|ation|atory)'),
      w('rapprochement'),
      w('waive(?:r)?|scale back|think twice|relief'),
      w('concessions?'),
      w('incentives?|inducements?'),
      w('(?:candid )?(?:discussion|conversations?)'),
      w('negotiat(?:e|ion|ions|ing)'),
      w('arms control|strategic stability|follow-on agreement|nonproliferation'),
      w('climate change|renewable|green(?:er)? |methane|emissions?'),
      w('share (?:technological|technology)|know-how|knowledge economy'),
      w('trade links|deeper trade'),
      w('extended hand|reach(?:ed|ing)? out'),
      w('reduce tensions|mutual (?:interest|concerns)|interests? overlap|see eye-to-eye'),
      w('help(?:ing|s)? (?:russia|moscow)|lure|draw(?:n)? westward|tilt(?:ed)? toward the west'),
      w('court(?:ing|ship)? (?:putin|moscow|russia)'),
    ],
  },
  {
    id: 'drift',
    description:
      "Russia's reasons to drift from China: asymmetry, junior-partner resentment, dependence, rival interests in Central Asia or the Arctic",
    patterns: [
      w('asymmetr(?:y|ies|ical)'),
      w('junior partner|sidekick|senior-junior'),
      w('imbalance|disparit(?:y|ies)|power gap|power realities'),
      w('resent(?:ment|ful)?|rankle|unease|discomfort|misgivings|mistrust|distrust|animosity|suspicion'),
      w('dependen(?:ce|t)|relian(?:ce|t)'),
      w('central asia|arctic|high north|belt and road|\\bbri\\b'),
      w('rival(?:ry|s)?|compet(?:e|ing|itor|itors|ition)'),
      w('cracks?|fissures?|rift|tensions?|friction|divergent'),
      w(
        'theft|takeover|at its own expense|undercuts?|circumvents?|paltry|few benefits|rejected|lost (?:some of )?its (?:earlier )?momentum|less reliant',
      ),
      w(
        'whereas|fragile|lacks? (?:a foundation of )?(?:mutual )?trust|vulnerab(?:le|ility|ilities)|unpredictable|vagaries',
      ),
      w('nationalism|ethnocentrism|prejudices?|biases|anti-chinese|sentiment|territorial disputes?'),
      w('threat to russia(?:n)?(?: territory)?|hypothetical threat|exposed to|coercive leverage'),
    ],
  },
  {
    id: 'failure',
    description: 'wedge attempts that fail or backfire; a split that will not or cannot happen; costs too high',
    patterns: [
      w('fail(?:s|ed|ure|ures|ing)?'),
      w('doomed|futil(?:e|ity)|in vain|backfir(?:e|ed|es)|counterproductive|self-destructive'),
      w('fallen flat|fell flat|bunk|misguided|misinformed|ill-informed|flawed|obtuse'),
      w('unlikely|impossible|inevitable|destined'),
      w('costs? of trying|intolerably|too (?:much|costly|high)|at the expense of'),
      w('not (?:be )?easy|hurdle|will take time|stick with its current course|more complicated|had it easy'),
      w('unwilling|too set in|relies on such tensions|will not (?:readily )?(?:walk away|succeed|violate)'),
      w('no (?:meaningful )?exploitable|unexploitable|little meaningful'),
      w('road to failure|opposite outcomes|undesirable'),
    ],
  },
  {
    id: 'bond',
    description: 'what binds the partners: alignment, commitment, trust, shared benefits, the treaty',
    patterns: [
      w('align(?:ed|ment)'),
      w('commit(?:ment|ted) to (?:strategic )?(?:alignment|avert)|rock-solid'),
      w('closer(?: together)?|solidif(?:y|ied)|strengthen(?:ing)? ties|deepened'),
      w('strategic partnership|alliance-like|quasi-alliance|no limits'),
      w('binds?|bound|too much at stake|existential|suicide'),
      w('treaty'),
      w(
        'convergence|common strategic goal|common fundamental|mutual understanding|strength and longevity|endur(?:ed|ing)|working groups|consultations',
      ),
      w('no longer valid|none of the (?:conditions|exploitable)|overlooked|ignoring'),
      w('defense partner|personal relationship|personal ties'),
    ],
  },
  {
    id: 'advocacy',
    description: 'prescriptive modality: should, must, needs to, would be wise, the first step',
    patterns: [
      w(
        'should|must|ought to|needs? to|has to|have to|would be wise|is right to|wise (?:way|investment)|first step|best bet|the time to|it is time',
      ),
      w('washington (?:can|could)|the united states (?:can|could)|biden can|trump could'),
      w('(?:this|that|doing so) would (?:involve|mean|require)|would (?:do well|be wise) to'),
    ],
  },
  {
    id: 'success',
    description: 'predicted or reported success: would work, would help, better position, enhance the chances',
    patterns: [
      w('would (?:help|work|generate|increase|enhance|signal|illuminate|check)|will (?:help|encourage)'),
      w('enhance the chances|better position|lower (?:the )?(?:associated )?costs?|strategic dividends|outsized'),
      w('succeed(?:ed)?|success(?:ful(?:ly)?)?|accomplishment'),
      w(
        'exacerbat(?:e|ed)|aggravat(?:e|ed)|expose|bred resentment|forced|provoked|angered|alarmed|led .{0,40}to rethink|reneged',
      ),
      w('drift (?:away|west(?:ward)?)|put distance|distance moscow|split(?:ting)? russia'),
    ],
  },
  {
    id: 'negation',
    description: 'negation: not, no, never, nor, without, none, neither',
    patterns: [w("not|no|never|nor|neither|none|without|cannot|can't|won't|n't")],
  },
  {
    id: 'hedge',
    description: 'concessive or hedging turns: but, however, yet, although, to be sure',
    patterns: [w('however|but|yet|although|though|to be sure|even if|despite|nonetheless|for all its')],
  },
  {
    id: 'us-actor',
    description: 'the United States named as the one who acts',
    patterns: [
      w('washington|the united states|\\bu\\.s\\.|\\bus\\b|biden|trump|american|the administration|policymakers'),
    ],
  },
  {
    id: 'history',
    description: 'a dated past: a year before the essay, past-tense narration',
    patterns: [w('(?:1[6-9]|20[01])\\d{1,2}s?\\b|seventeenth|eighteenth|nineteenth|twentieth|cold war|century')],
  },
];
