/**
 * `npm run eval` — how well the tagger does against the hand-annotated set:
 * (a) the tagger alone, no overrides, leave one essay out; (b) the published tags, overrides applied.
 * Prints per-stance precision, recall and F1, macro-F1 and the confusion matrix.
 */
import path from 'node:path';
import { formatReport } from '../src/pipeline/evaluate.ts';
import { evaluate } from '../src/pipeline/evaluation.ts';
import { loadGold } from '../src/pipeline/load-content.ts';
import { priorModel } from '../src/pipeline/tagger/prior.ts';
import { analyzeFile, loadContext } from '../src/pipeline/wedge-context.ts';
import { essayFiles } from './essays.ts';

const root = path.resolve(process.argv[2] ?? 'content');
const gold = loadGold(root);
const context = loadContext(root);
const essays = essayFiles(root)
  .map((file) => analyzeFile(file, context))
  .filter((essay) => gold.has(essay.slug))
  .map((essay) => ({
    slug: essay.slug,
    thesis: essay.frontmatter.thesis,
    claims: essay.claims,
    gold: gold.get(essay.slug)!,
  }));

const result = evaluate(essays, priorModel());
console.log(formatReport('(a) Tagger alone, no overrides, leave-one-essay-out', result.leaveOneOut));
for (const { slug, report } of result.perEssay)
  console.log(`    held out ${slug}: accuracy ${report.accuracy.toFixed(3)}, n=${report.n}`);
console.log();
console.log(formatReport('(a′) The same without the thesis tie-break', result.leaveOneOutNoThesis));
console.log();
console.log(formatReport('(a″) Prior weights only (written from the definitions, nothing fitted)', result.prior));
console.log();
console.log(formatReport(`(b) Published tags (${result.overrides} editor overrides)`, result.published));
console.log();
console.log(
  `eval: tagger alone (leave-one-essay-out) macro-F1 ${result.leaveOneOut.macroF1.toFixed(3)}; published macro-F1 ${result.published.macroF1.toFixed(3)}`,
);
