/**
 * A synthetic corpus made by recombining the real essays: each synthetic essay
 * draws paragraphs (and headings) from all of them with a seeded generator, so
 * sizes and language match real input and every run is the same.
 */
import { readFileSync } from 'node:fs';
import { splitFrontMatter } from '../../src/pipeline/ingest/essay-file.ts';
import { POSITIONS } from '../../src/pipeline/stances.ts';

export interface SyntheticEssay {
  slug: string;
  markdown: string;
}

/** Mulberry32: a tiny deterministic PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function blocks(file: string): string[] {
  return splitFrontMatter(readFileSync(file, 'utf8'))
    .body.split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
}

export function syntheticCorpus(essayFiles: string[], count: number, seed = 1): SyntheticEssay[] {
  const pool = essayFiles.flatMap(blocks);
  const paragraphs = pool.filter((b) => !b.startsWith('#'));
  const headings = pool.filter((b) => b.startsWith('#'));
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const body: string[] = [];
    const length = 15 + Math.floor(next() * 25);
    for (let p = 0; p < length; p++) body.push(p > 0 && next() < 0.12 ? pick(headings) : pick(paragraphs));
    const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
    const year = 2000 + Math.floor(next() * 26);
    const frontmatter = [
      '---',
      `title: "Synthetic essay ${i + 1}"`,
      `author: "Bench Author ${(i % 17) + 1}"`,
      'venue: "Wedge bench"',
      `published: "${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}"`,
      `url: "https://example.org/${slug}"`,
      `thesis: ${pick([...POSITIONS])}`,
      'summary: "Paragraphs recombined from the three essays, for benchmarks."',
      '---',
    ].join('\n');
    return { slug, markdown: `${frontmatter}\n\n${body.join('\n\n')}\n` };
  });
}
