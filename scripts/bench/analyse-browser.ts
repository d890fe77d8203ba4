/**
 * The analyse page in Chromium: how long the worker takes to tag a pasted text of 5,000 and 50,000 words
 * (the site's essays recombined), and the first analysis with the model's download and start-up.
 * Printed only, never asserted. Needs a built dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { essayFiles } from '../essays.ts';

/** About `words` words of Markdown paragraphs, cycling through the essays' bodies. */
export function textOfWords(bodies: string[], words: number): string {
  const paragraphs = bodies.flatMap((b) => b.split(/\n{2,}/).filter((p) => /\w/.test(p) && !p.startsWith('#')));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n\n');
}

export async function printAnalyseTimings(dist = path.resolve('dist')): Promise<void> {
  const bodies = essayFiles(path.resolve('content')).map((f) =>
    readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  );
  const { server, url } = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/analyse/`);
    console.log('words    claims   worker ms   click to results ms');
    for (const [label, words] of [
      ['first (model load)', 300],
      ['5,000', 5_000],
      ['50,000', 50_000],
    ] as const) {
      await page.locator('#analyse-text').fill(textOfWords(bodies, words));
      const start = Date.now();
      await page.locator('#analyse-run').click();
      await page.waitForFunction(
        () => /^(Done|The analysis failed)/.test(document.querySelector('#analyse-status')?.textContent ?? ''),
        undefined,
        { timeout: 600_000 },
      );
      const wall = Date.now() - start;
      const timing = (await page.locator('#analyse-timing').textContent()) ?? '';
      const [, claims, ms] = /^([\d,]+) claims in ([\d,]+) ms/.exec(timing) ?? [];
      console.log(`${label.padEnd(18)} ${claims?.padStart(6)} ${ms?.padStart(11)} ${String(wall).padStart(21)}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
