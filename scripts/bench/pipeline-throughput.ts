/** Pipeline throughput: parse + segment + tag + link every essay of a synthetic corpus, no site build. */
import { VFile } from 'vfile';
import { processEssay } from '../../src/pipeline/process-essay.ts';
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
      // The site's path: front matter validated, its thesis handed to the tagger.
      const file = new VFile({ path: `${essay.slug}.md`, value: essay.markdown });
      claims += processEssay(file, context, { withOverrides: false }).claims.length;
    }
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { essays: corpus.length, claims, ms, claimsPerSecond: claims / (ms / 1000) };
}
