/** Pipeline throughput: parse + segment + tag + link every essay of a synthetic corpus, no site build. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { analyzeEssay } from '../../src/pipeline/analyze-essay.ts';
import type { WedgeContext } from '../../src/pipeline/wedge-context.ts';
import type { SyntheticEssay } from './synthetic-corpus.ts';

export interface ThroughputRow {
  essays: number;
  claims: number;
  ms: number;
  claimsPerSecond: number;
}

export function measureThroughput(corpus: SyntheticEssay[], context: WedgeContext, runs = 5): ThroughputRow {
  const times: number[] = [];
  let claims = 0;
  for (let run = 0; run < runs; run++) {
    claims = 0;
    const start = performance.now();
    for (const essay of corpus) {
      const body = essay.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
      claims += analyzeEssay(fromMarkdown(body), context.options(essay.slug, undefined, false)).claims.length;
    }
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { essays: corpus.length, claims, ms, claimsPerSecond: claims / (ms / 1000) };
}
