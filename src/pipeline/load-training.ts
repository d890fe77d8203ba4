/**
 * Loader: the tagger's annotated essays — the site's essays with their gold
 * sets (`content/essays/` + `content/gold/`) and the corpus of the debate with
 * its annotation (`content/corpus/` + `content/corpus-gold/`), each sentence
 * split as the pipeline splits it and given the gold stance of the annotated
 * sentence it overlaps.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { essayStructure } from './analyze-essay.ts';
import { alignGold } from './evaluate.ts';
import { loadCorpus, loadGold, readEssay } from './load-content.ts';
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

function labelled(
  slug: string,
  tree: Parameters<typeof essayStructure>[0],
  gold: Array<{ text: string; stance: Stance }>,
  thesis: LabelledEssay['thesis'],
  name: string,
): LabelledEssay {
  const { sentences } = essayStructure(tree);
  return {
    slug,
    thesis,
    sentences: sentences.map((s, i) => ({ text: s.text, paragraphStart: sentences[i - 1]?.paragraph !== s.paragraph })),
    gold: alignGold(sentences, gold, name),
  };
}

export function loadTrainingData(root: string): TrainingData {
  const gold = loadGold(root);
  const essaysDir = path.join(root, 'essays');
  const seeds = (existsSync(essaysDir) ? readdirSync(essaysDir) : [])
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => readEssay(path.join(essaysDir, name)))
    .filter((essay) => gold.has(essay.slug))
    .map((essay) =>
      labelled(
        essay.slug,
        essay.tree,
        gold.get(essay.slug)!.sentences,
        essay.frontmatter.thesis,
        `gold set for ${essay.slug}`,
      ),
    );
  const annotated = loadCorpus(root).filter((essay) => essay.gold);
  const corpus = annotated.map((essay) => ({
    ...labelled(
      essay.slug,
      essay.tree,
      essay.gold!.sentences,
      essay.frontmatter.thesis,
      `corpus gold for ${essay.slug}`,
    ),
    test: essay.test,
  }));
  const sentences = annotated.flatMap((essay) => essay.gold!.sentences);
  return { seeds, corpus, readings: { a: sentences.map((s) => s.a), b: sentences.map((s) => s.b) } };
}
