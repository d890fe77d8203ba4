import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const essays = JSON.parse(readFileSync(path.join(dist, 'data/essays.json'), 'utf8')) as Array<{
  slug: string;
  title: string;
  claims: number;
}>;
/** The hand-annotated sentences: made from the raw texts independently of the pipeline. */
const gold = Object.fromEntries(
  readdirSync('content/gold')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(path.join('content/gold', f), 'utf8')) as {
        essay: string;
        sentences: Array<{ text: string }>;
      };
      return [data.essay, data.sentences.map((s) => s.text)];
    }),
) as Record<string, string[]>;
const FURNITURE = [
  'Save to Pocket',
  'Subscribe Now',
  'Latest stories',
  'No comments',
  'Post a Comment',
  'Paywall-free',
  'Articolo originariamente',
  'https ://w',
  'Share on Twitter',
  'Image: Asia Times',
];

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const occurrences = (haystack: string, needle: string): number[] => {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('essay pages', () => {
  it('publishes every essay that has an annotated set (an essay without one is published too: gold is optional)', () => {
    expect(essays.map((e) => e.slug)).toEqual(expect.arrayContaining(Object.keys(gold)));
  });

  for (const slug of Object.keys(gold)) {
    describe(slug, () => {
      it('shows every sentence of the essay exactly once, whole and in order, with JavaScript off', async () => {
        const page = await openPage(browser, `${base}/essays/${slug}/`, { javaScriptEnabled: false });
        const text = squash(await page.locator('article').innerText());
        await page.context().close();
        let last = -1;
        for (const sentence of gold[slug]!) {
          const at = occurrences(text, squash(sentence));
          expect(at, `“${sentence}” should appear exactly once`).toHaveLength(1);
          expect(at[0]!, `“${sentence.slice(0, 60)}…” should come after the sentence before it`).toBeGreaterThan(last);
          last = at[0]!;
        }
      });

      it('keeps page furniture off the page', async () => {
        const html = readFileSync(path.join(dist, 'essays', slug, 'index.html'), 'utf8');
        const found = FURNITURE.filter((furniture) => html.includes(furniture));
        expect(found).toEqual([]);
      });

      it('marks every claim with an id and a stance', async () => {
        const page = await openPage(browser, `${base}/essays/${slug}/`);
        const claims = await page
          .locator('.claim[id][data-stance]')
          .evaluateAll((nodes) => nodes.map((n) => [n.id, n.getAttribute('data-stance')]));
        await page.context().close();
        expect(claims.length).toBe(essays.find((e) => e.slug === slug)!.claims);
        expect(new Set(claims.map(([id]) => id)).size).toBe(claims.length);
        for (const [, stance] of claims) expect(['pressure', 'conciliation', 'futility', 'none']).toContain(stance);
      });

      for (const colorScheme of ['light', 'dark'] as const) {
        it(`has no axe-core violations in the ${colorScheme} theme, with a claim opened`, async () => {
          const page = await openPage(browser, `${base}/essays/${slug}/`, {
            colorScheme,
            viewport: { width: 1280, height: 900 },
          });
          const first = page.locator('.claim-mark').first();
          await first.focus();
          await page.keyboard.press('Enter');
          await page.screenshot({ path: `tests/e2e/screenshots/essay-${slug}-${colorScheme}.png` });
          const violations = await runAxe(page);
          await page.context().close();
          expect(violations, describeViolations(violations)).toEqual([]);
        });
      }
    });
  }

  it('keeps the known traps whole', async () => {
    const page = await openPage(browser, `${base}/essays/kupchan-2021/`, { javaScriptEnabled: false });
    const text = squash(await page.locator('article').innerText());
    await page.context().close();
    expect(
      occurrences(
        text,
        'it cannot acquiesce to the Kremlin’s aggressive behavior or allow Putin to exploit Washington’s extended hand',
      ),
    ).toHaveLength(1);
    expect(text).toContain('U.S. President Richard Nixon');
    expect(occurrences(text, 'Looking like Xi’s sidekick does not play well at home for Putin')).toHaveLength(0); // mid-sentence in the prose, lower case
    expect(occurrences(text, 'looking like Xi’s sidekick does not play well at home for Putin')).toHaveLength(1);
    expect(text).toContain('Treaty of Good-Neighborliness');
  });

  it('opens a claim’s cues, topics and link from the keyboard alone', async () => {
    const page = await openPage(browser, `${base}/essays/taffer-2025/`, { viewport: { width: 1280, height: 900 } });
    const info = page.locator('.claim-info').first();
    expect(await info.isVisible()).toBe(false);
    await page.locator('.claim-mark').first().focus();
    await page.keyboard.press('Enter');
    expect(await info.isVisible()).toBe(true);
    expect(await info.innerText()).toMatch(/Why:/);
    expect(page.url()).toMatch(/#taffer-2025--/);
    await page.context().close();
  });

  it('lets the reader switch a stance’s highlighting off without JavaScript', async () => {
    const page = await openPage(browser, `${base}/essays/taffer-2025/`, { javaScriptEnabled: false });
    const claim = page.locator('.claim[data-stance="pressure"]').first();
    const before = await claim.evaluate((n) => getComputedStyle(n).backgroundColor);
    await page.locator('#show-pressure').focus();
    await page.keyboard.press('Space');
    const after = await claim.evaluate((n) => getComputedStyle(n).backgroundColor);
    await page.context().close();
    expect(before).not.toBe('rgba(0, 0, 0, 0)');
    expect(after).toBe('rgba(0, 0, 0, 0)');
  });

  it('renders the home page with a link to each essay, at 360 px', async () => {
    const page = await openPage(browser, `${base}/`, { viewport: { width: 360, height: 800 } });
    const links = await page.locator('.cards a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    await page.screenshot({ path: 'tests/e2e/screenshots/home-360.png', fullPage: true });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const violations = await runAxe(page);
    await page.context().close();
    expect(links.sort()).toEqual(essays.map((e) => `/essays/${e.slug}/`).sort());
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('claim permalinks', () => {
  it('offers a working “Copy link” button once a claim is opened, with JavaScript on', async () => {
    const page = await openPage(browser, `${base}/essays/campbell-2025/`, { viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.locator('.claim-mark').nth(3).focus();
    await page.keyboard.press('Enter');
    const claimId = page.url().split('#')[1]!;
    const button = page.locator(`[id="${claimId}"] .copy-link`);
    await button.focus();
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await page.context().close();
    expect(copied).toBe(`https://wedge.example.org/essays/campbell-2025/#${claimId}`);
  });
});
