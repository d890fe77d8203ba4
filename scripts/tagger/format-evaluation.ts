/** The tagger's evaluation as text for a terminal or CI log. */
import { formatReport, type EvalReport } from '../../src/pipeline/evaluate.ts';
import type { Evaluation } from '../../src/pipeline/evaluation.ts';

const f = (x: number) => x.toFixed(3);
const line = (name: string, r: EvalReport) =>
  `  ${name.padEnd(34)} macro-F1 ${f(r.macroF1)} (95% ${f(r.interval[0])}–${f(r.interval[1])})  accuracy ${f(r.accuracy)}`;

export function formatEvaluation(e: Evaluation): string {
  const { test, leaveOneOut: loo } = e;
  return [
    `Annotation: ${e.agreement.sentences} corpus sentences read twice independently; Cohen's κ ${f(e.agreement.kappa)}, agreement ${f(e.agreement.agreement)}`,
    `Essays: ${e.essays.seeds} seeds + ${e.essays.train} corpus essays to fit on; ${e.essays.test} corpus essays locked for test`,
    '',
    formatReport('(1) Locked test set, thesis from front matter', test.withThesis),
    '',
    `Locked test set (${test.withThesis.n} sentences of ${test.withThesis.essays} essays), side by side:`,
    line('tagger, with the thesis', test.withThesis),
    line('tagger, without a thesis', test.withoutThesis),
    line('baseline: every sentence "none"', test.allNone),
    line('baseline: every sentence the thesis', test.thesisOnly),
    '',
    `Leave one essay out over all ${loo.corpus.essays + loo.seeds.essays} annotated essays:`,
    line('corpus sentences, with the thesis', loo.corpus),
    line('corpus sentences, without a thesis', loo.corpusWithoutThesis),
    line("the site's three essays (seeds)", loo.seeds),
    '',
    formatReport(
      `(2) Published tags of the site's essays (${e.overrides} of ${e.claims} claims overridden by editors)`,
      e.published,
    ),
  ].join('\n');
}
