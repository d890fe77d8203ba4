import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const topics = JSON.parse(readFileSync(path.join(dist, 'data/topics.json'), 'utf8')) as Array<{ id: string }>;
const html = (route: string): string => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
const claimLinks = (page: string): string[] =>
  [...page.matchAll(/href="(\/essays\/[^"#]+\/#[^"]+)"/g)].map((m) => m[1]!);

/** Every element id on each essay page, read once from dist/. */
const idsByEssayPath = new Map(
  readdirSync(path.join(dist, 'essays')).map((slug) => [
    `/essays/${slug}/`,
    new Set([...html(`essays/${slug}`).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
  ]),
);

const visibleCount = (page: Page, selector: string): Promise<number> =>
  page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).checkVisibility()).length);

/** Press Tab until the element with `id` has focus (at most 60 presses). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('/compare/', () => {
  it('has at least ten topic rows with claims from at least two essays', async () => {
    const page = await openPage(browser, `${base}/compare/`);
    const speaking = await page
      .locator('.cmp-row')
      .evaluateAll((rows) =>
        rows.map(
          (row) => [...row.querySelectorAll('.cmp-cell')].filter((cell) => cell.querySelector('.cmp-claim')).length,
        ),
      );
    await page.context().close();
    expect(speaking.length).toBe(topics.length);
    expect(speaking.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    expect(speaking, 'rows that more essays speak to come first').toEqual([...speaking].sort((a, b) => b - a));
  });

  it('links every claim to an element with that id on its essay page, here and on every topic page', () => {
    const pages = ['compare', ...topics.map((t) => `compare/${t.id}`)];
    let checked = 0;
    for (const route of pages) {
      const links = claimLinks(html(route));
      if (route === 'compare') expect(links.length).toBeGreaterThan(100);
      for (const link of links) {
        const [essayPath, id] = link.split('#') as [string, string];
        expect(idsByEssayPath.get(essayPath)?.has(id), `${route}: ${link}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('has a page for every topic id', () => {
    for (const topic of topics) expect(() => html(`compare/${topic.id}`), topic.id).not.toThrow();
  });

  it('filters rows, stances and essays by keyboard alone, with visible focus', async () => {
    const page = await openPage(browser, `${base}/compare/`);
    const rows = await page.locator('.cmp-row').count();
    const disputed = await page.locator('.cmp-row[data-disagreement]').count();
    expect(disputed).toBeGreaterThan(0);
    expect(disputed).toBeLessThan(rows);

    await tabTo(page, 'cmp-only-disagreements');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(focus).toEqual({ visible: true, outline: 'solid' });
    await page.keyboard.press('Space');
    expect(await visibleCount(page, '.cmp-row')).toBe(disputed);
    await page.keyboard.press('Space');
    expect(await visibleCount(page, '.cmp-row')).toBe(rows);

    const noStance = await page.locator('.cmp-matrix .cmp-claim[data-stance="none"]').count();
    const allClaims = await visibleCount(page, '.cmp-matrix .cmp-claim');
    await tabTo(page, 'cmp-stance-none');
    await page.keyboard.press('Space');
    expect(await visibleCount(page, '.cmp-matrix .cmp-claim')).toBe(allClaims - noStance);
    await page.keyboard.press('Space');

    await tabTo(page, 'cmp-essay-2');
    await page.keyboard.press('Space');
    expect(await visibleCount(page, '.cmp-matrix .cmp-cell[data-col="2"]')).toBe(0);
    expect(await visibleCount(page, '.cmp-matrix .cmp-cell[data-col="1"]')).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    expect(await visibleCount(page, '.cmp-matrix .cmp-claim')).toBe(allClaims);
    await page.context().close();
  });

  it('shows the whole matrix, readable, with JavaScript off', async () => {
    const page = await openPage(browser, `${base}/compare/`, { javaScriptEnabled: false });
    const rows = await page.locator('.cmp-row').count();
    expect(rows).toBe(topics.length);
    expect(await visibleCount(page, '.cmp-row')).toBe(rows);
    const links = await page.locator('.cmp-matrix a.cmp-claim-text').count();
    expect(links).toBe(
      claimLinks(html('compare')).length - (await page.locator('.cmp-history a.cmp-claim-text').count()),
    );
    expect(await visibleCount(page, '.cmp-matrix a.cmp-claim-text')).toBe(links);
    await page.context().close();
  });

  it('lays out a row only near the viewport, yet a deep link, find-in-page text and the row count still reach every row', async () => {
    const page = await openPage(browser, `${base}/compare/`, { viewport: { width: 360, height: 740 } });
    // Rows off screen are skipped by layout (content-visibility: auto) until they near the viewport.
    expect(
      await page
        .locator('.cmp-row')
        .last()
        .evaluate((row) => getComputedStyle(row).contentVisibility),
    ).toBe('auto');
    const last = await page.locator('.cmp-row').last().getAttribute('id');
    await page.goto(`${base}/compare/#${last}`);
    await page.waitForTimeout(300);
    const top = await page.locator(`#${last}-title`).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(740);
    // Rows skipped by layout keep their text in the document: find-in-page reaches the last claim of the last row.
    await page.goto(`${base}/compare/`);
    const lastClaim = (await page.locator('.cmp-row .cmp-claim-text').last().textContent())!.trim().slice(0, 25);
    expect(await page.evaluate(`window.find(${JSON.stringify(lastClaim)}, false, false, true)`)).toBe(true);
    await page.context().close();
  });

  it('lists the history more than one essay reads, by date, each linked to the timeline', async () => {
    const page = await openPage(browser, `${base}/compare/`);
    const events = await page.locator('.cmp-history > li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
        date: li.querySelector('.cmp-date')?.textContent ?? '',
        essays: li.querySelectorAll('.cmp-column').length,
      })),
    );
    await page.context().close();
    expect(events.length).toBeGreaterThan(3);
    for (const event of events) {
      expect(event.href).toMatch(/^\/timeline\/#[a-z0-9-]+$/);
      expect(event.essays).toBeGreaterThanOrEqual(2);
    }
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('/compare/<topic>/', () => {
  it('pairs opposing claims from different essays, with both stances, both links and why', async () => {
    const page = await openPage(browser, `${base}/compare/sanctions-trade/`);
    const pairs = await page.locator('.cmp-pair').evaluateAll((items) =>
      items.map((li) => ({
        stances: [...li.querySelectorAll('.cmp-side')].map((s) => s.getAttribute('data-stance')),
        links: [...li.querySelectorAll('.cmp-side a')].map((a) => a.getAttribute('href')!.split('/')[2]),
        why: li.querySelector('.cmp-why')?.textContent ?? '',
      })),
    );
    await page.context().close();
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair.stances).toHaveLength(2);
      expect(pair.stances[0]).not.toBe(pair.stances[1]);
      expect(pair.stances).not.toContain('none');
      expect(pair.links[0]).not.toBe(pair.links[1]);
      expect(pair.why).toMatch(/Why paired: \S/);
    }
  });
});

describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const route of ['/compare/', '/compare/sanctions-trade/']) {
      it(`axe finds no violations on ${route} (${colorScheme})`, async () => {
        const page = await openPage(browser, `${base}${route}`, { colorScheme });
        const violations = await runAxe(page);
        await page.context().close();
        expect(violations, describeViolations(violations)).toEqual([]);
      });
    }
    for (const width of [360, 1280]) {
      it(`renders without horizontal scroll at ${width} px (${colorScheme}), screenshots saved`, async () => {
        for (const [name, route] of [
          ['index', '/compare/'],
          ['topic', '/compare/sanctions-trade/'],
        ] as const) {
          const page = await openPage(browser, `${base}${route}`, { colorScheme, viewport: { width, height: 1000 } });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${route} at ${width}px`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `tests/e2e/screenshots/compare-${name}-${width}-${colorScheme}.png` });
          if (name === 'index') {
            await page.evaluate(() => document.querySelector('#same-history')!.scrollIntoView());
            await page.screenshot({ path: `tests/e2e/screenshots/compare-history-${width}-${colorScheme}.png` });
          } else {
            await page.evaluate(() => document.querySelector('.cmp-pairs')!.scrollIntoView());
            await page.screenshot({ path: `tests/e2e/screenshots/compare-pairs-${width}-${colorScheme}.png` });
          }
          await page.context().close();
        }
      });
    }
  }
});
