/**
 * Page weight in a real browser: every kind of page reads with JavaScript off,
 * and with it on loads no more JS than its budget (scripts/checks/budgets.ts).
 * Bytes, not timings. The test server does not compress, so the gzip -9 size of
 * each response body stands for what a compressing host would transfer.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetFor, pageType } from '../../scripts/checks/budgets.ts';
import { htmlFiles, urlPathOf } from '../../scripts/checks/dist-pages.ts';
import { lighthousePages } from '../../scripts/checks/lighthouse-report.ts';
import { launchChromium, openPage } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const readJson = <T>(name: string): T => JSON.parse(readFileSync(path.join(dist, 'data', name), 'utf8')) as T;
const essays = readJson<Array<{ slug: string; claims: number }>>('essays.json');
const topics = readJson<Array<{ id: string; label: string }>>('topics.json');
const timeline = readJson<Array<{ id: string }>>('timeline.json');
const pages = lighthousePages(htmlFiles(dist).map(urlPathOf));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).checkVisibility()).length);

/** What each kind of page must show with JavaScript off. */
async function expectReadable(page: Page, url: string): Promise<void> {
  const type = pageType(url.replace(/\?.*$/, ''));
  expect(await visible(page, 'main h1'), 'a visible heading').toBe(1);
  if (type === 'essay') {
    const slug = url.split('/')[2]!;
    expect(await visible(page, 'article .claim[id]')).toBe(essays.find((e) => e.slug === slug)!.claims);
  } else if (type === 'compare') {
    expect(await visible(page, '.cmp-matrix .cmp-row')).toBe(topics.length);
    expect(await visible(page, '.cmp-matrix .cmp-claim')).toBeGreaterThan(0);
  } else if (type === 'compare-topic') {
    const topic = topics.find((t) => url === `/compare/${t.id}/`)!;
    expect(await page.locator('main h1').innerText()).toContain(topic.label);
    expect(await visible(page, 'main .cmp-claim')).toBeGreaterThan(0);
  } else if (type === 'timeline') {
    expect(await visible(page, 'article.tl-event[id]')).toBe(timeline.length);
  } else if (type === 'search') {
    expect(
      await visible(
        page,
        'main form[action="/search/"] input[type="search"], main form[action="/search/"] input[name="q"]',
      ),
    ).toBeGreaterThan(0);
  } else {
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(500);
  }
}

describe('budgets', () => {
  it('covers every kind of page the build has', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/compare/', '/timeline/', '/method/', '/data/']));
    expect(pages.some((p) => p.startsWith('/essays/'))).toBe(true);
  });

  for (const url of pages) {
    describe(url, () => {
      it('shows its content with JavaScript off', async () => {
        const page = await openPage(browser, `${base}${url}`, { javaScriptEnabled: false });
        await expectReadable(page, url);
        await page.context().close();
      });

      // The search page needs the Pagefind index, written by scripts/index-search.ts after the build.
      const unindexed = url.startsWith('/search/') && !existsSync(path.join(dist, 'pagefind/pagefind.js'));
      it.skipIf(unindexed)('loads no more JavaScript than its budget', async () => {
        const type = pageType(url.replace(/\?.*$/, ''));
        const context = await browser.newContext();
        const page = await context.newPage();
        const js: Array<{ url: string; raw: number; gzip: number }> = [];
        const onDemand: number[] = [];
        const reads: Array<Promise<void>> = [];
        page.on('response', (response) => {
          const href = new URL(response.url());
          const isJs = response.request().resourceType() === 'script' || /\.m?js$/.test(href.pathname);
          if (!isJs && !href.pathname.startsWith('/pagefind/')) return;
          reads.push(
            response.body().then((body) => {
              if (isJs) js.push({ url: href.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
              else onDemand.push(body.length);
            }),
          );
        });
        await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
        if (type === 'search') await page.locator('#search-results li').first().waitFor();
        await Promise.all(reads);
        await context.close();
        const gzip = js.reduce((sum, a) => sum + a.gzip, 0);
        console.log(
          `${url}: ${js.length} scripts, ${js.reduce((s, a) => s + a.raw, 0)} bytes raw, ${gzip} gzip` +
            (onDemand.length
              ? `; on demand ${onDemand.length} index/wasm files, ${onDemand.reduce((s, n) => s + n, 0)} bytes`
              : ''),
        );
        expect(gzip, js.map((a) => `${a.url} ${a.gzip}`).join(', ')).toBeLessThanOrEqual(budgetFor(type).jsGzip);
        if (type === 'search')
          expect(
            js.some((a) => a.url.startsWith('/pagefind/')),
            'the search really ran',
          ).toBe(true);
      });
    });
  }
});
