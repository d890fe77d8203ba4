import { z } from 'zod';
import { STANCES, type Stance } from './stances.ts';
import { accuracy, bootstrapInterval, macroF1, perStance, type Pair, type StanceScore } from './tagger/scores.ts';

export type { Pair, StanceScore };

/** A hand-annotated essay: `content/gold/<slug>.yaml`. */
export const goldFileSchema = z.object({
  essay: z.string().min(1),
  guidelines: z.string().optional(),
  sentences: z
    .array(z.object({ text: z.string().min(1), stance: z.enum(STANCES), note: z.string().optional() }))
    .min(1),
});
export type GoldFile = z.output<typeof goldFileSchema>;

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Give each claim the gold stance of the annotated sentence it overlaps most.
 * Both sides are laid end to end as letters and digits only, so a sentence
 * split differently still aligns. Fails if the two texts are not the same essay.
 */
export function alignGold(claims: Array<{ text: string }>, gold: GoldFile['sentences'], name = 'gold'): Stance[] {
  const claimSpans = spans(claims.map((c) => squash(c.text)));
  const goldSpans = spans(gold.map((g) => squash(g.text)));
  const claimTotal = claimSpans.at(-1)?.end ?? 0;
  const goldTotal = goldSpans.at(-1)?.end ?? 0;
  if (claimTotal !== goldTotal) {
    const a = claims.map((c) => squash(c.text)).join('');
    const b = gold.map((g) => squash(g.text)).join('');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw new Error(
      `${name}: the annotated text differs from the essay at “…${a.slice(Math.max(0, i - 40), i + 40)}…” vs “…${b.slice(Math.max(0, i - 40), i + 40)}…”`,
    );
  }
  let g = 0;
  return claimSpans.map((span) => {
    let best: Stance = 'none';
    let bestOverlap = -1;
    for (let j = g; j < goldSpans.length && goldSpans[j]!.start < span.end; j++) {
      const overlap = Math.min(span.end, goldSpans[j]!.end) - Math.max(span.start, goldSpans[j]!.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = gold[j]!.stance;
      }
    }
    while (g < goldSpans.length && goldSpans[g]!.end <= span.end) g++;
    return best;
  });
}

function spans(texts: string[]): Array<{ start: number; end: number }> {
  let at = 0;
  return texts.map((t) => ({ start: at, end: (at += t.length) }));
}

export interface EvalReport {
  n: number;
  /** Essays the sentences come from. */
  essays: number;
  accuracy: number;
  /** Macro-F1 over the stances present in the gold labels or the predictions. */
  macroF1: number;
  /** 95% bootstrap interval of macro-F1, resampling whole essays. */
  interval: [number, number];
  perStance: Record<Stance, StanceScore>;
  /** confusion[gold][predicted] */
  confusion: Record<Stance, Record<Stance, number>>;
}

/** Precision, recall and F1 per stance, macro-F1 with its interval, accuracy and the confusion matrix, over essays. */
export function scoreTags(essays: ReadonlyArray<readonly Pair[]>): EvalReport {
  const pairs = essays.flat();
  const confusion = Object.fromEntries(
    STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]),
  ) as EvalReport['confusion'];
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const scores = perStance(pairs);
  const rounded = Object.fromEntries(
    STANCES.map((s) => [
      s,
      { ...scores[s], precision: r(scores[s].precision), recall: r(scores[s].recall), f1: r(scores[s].f1) },
    ]),
  ) as Record<Stance, StanceScore>;
  const [low, high] = bootstrapInterval(essays.filter((e) => e.length > 0));
  return {
    n: pairs.length,
    essays: essays.length,
    accuracy: r(accuracy(pairs)),
    macroF1: r(macroF1(pairs)),
    interval: [r(low), r(high)],
    perStance: rounded,
    confusion,
  };
}

/** The report as a fixed-width table for a terminal or CI log. */
export function formatReport(title: string, report: EvalReport): string {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  const lines = [
    `${title}  (${report.n} sentences of ${report.essays} essays; accuracy ${report.accuracy.toFixed(3)}, macro-F1 ${report.macroF1.toFixed(3)}, 95% interval ${report.interval.map((x) => x.toFixed(3)).join('–')})`,
  ];
  lines.push(`  ${'stance'.padEnd(13)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${pad('n', 6)}`);
  for (const s of STANCES) {
    const x = report.perStance[s];
    lines.push(
      `  ${s.padEnd(13)}${pad(x.precision.toFixed(3), 7)}${pad(x.recall.toFixed(3), 7)}${pad(x.f1.toFixed(3), 7)}${pad(x.support, 6)}`,
    );
  }
  lines.push(`  confusion (rows gold, columns predicted): ${STANCES.map((s) => s.slice(0, 5)).join(' ')}`);
  for (const g of STANCES)
    lines.push(`  ${g.padEnd(13)}${STANCES.map((p) => pad(report.confusion[g][p], 6)).join('')}`);
  return lines.join('\n');
}

const r = (x: number): number => Math.round(x * 1000) / 1000;
