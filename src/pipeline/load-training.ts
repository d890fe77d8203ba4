/**
 * Loader: the tagger's annotated essays — the site's essays with their gold
 * sets (`content/essays/` + `content/gold/`) and the corpus of the debate with
 * its annotation (`content/corpus/` + `content/corpus-gold/`), each sentence
 * split as the pipeline splits it and given the gold stance of the annotated
 * sentence it overlaps.
 */
import { EssayBodyError, essayStructure } from './analyze-essay.ts';
import { ContentError } from './content-error.ts';
import { alignGold } from './evaluate.ts';
import { listEssayFiles, loadCorpus, loadGold, readEssay, type EssaySource } from './load-content.ts';
import type { Stance } from './stances.ts';
import type { LabelledEssay } from './tagger/fit.ts';

export interface TrainingData {
  /** The site's essays that have a gold set. */
  seeds: LabelledEssay[];
  /** The corpus essays that have an annotation, each marked train or (locked) test. */
  corpus: Array<LabelledEssay & { test: boolean }>;
  /** The two independent readings of every corpus sentence, for agreement. */
  readings: { a: Stance[]; b: Stance[] };
}

/** The essay's sentences, as the pipeline splits them; a body the pipeline refuses fails naming the file. */
function sentencesOf(essay: Pick<EssaySource<unknown>, 'file' | 'tree'>) {
  try {
    return essayStructure(essay.tree).sentences;
  } catch (error) {
    if (error instanceof EssayBodyError)
      throw new ContentError(
        essay.file,
        error.problems.map(({ reason, place }) => ({
          reason,
          place: place && { line: place.start.line, column: place.start.column },
        })),
      );
    throw error;
  }
}

function labelled(
  essay: Pick<EssaySource<unknown>, 'slug' | 'file' | 'tree'>,
  gold: Array<{ text: string; stance: Stance }>,
  thesis: LabelledEssay['thesis'],
  name: string,
): LabelledEssay {
  const { slug } = essay;
  const sentences = sentencesOf(essay);
  return {
    slug,
    thesis,
    sentences: sentences.map((s, i) => ({ text: s.text, paragraphStart: sentences[i - 1]?.paragraph !== s.paragraph })),
    gold: alignGold(sentences, gold, name),
  };
}

export function loadTrainingData(root: string): TrainingData {
  const gold = loadGold(root);
  const seeds = listEssayFiles(root)
    .map(({ file }) => readEssay(file))
    .filter((essay) => gold.has(essay.slug))
    .map((essay) =>
      labelled(essay, gold.get(essay.slug)!.sentences, essay.frontmatter.thesis, `gold set for ${essay.slug}`),
    );
  const annotated = loadCorpus(root).filter((essay) => essay.gold);
  const corpus = annotated.map((essay) => ({
    ...labelled(essay, essay.gold!.sentences, essay.frontmatter.thesis, `corpus gold for ${essay.slug}`),
    test: essay.test,
  }));
  const sentences = annotated.flatMap((essay) => essay.gold!.sentences);
  return { seeds, corpus, readings: { a: sentences.map((s) => s.a), b: sentences.map((s) => s.b) } };
}
