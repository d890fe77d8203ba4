import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const idsOn = (essayPath: string): Set<string> =>
  new Set(
    [...readFileSync(path.join(dist, essayPath, 'index.html'), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
  );

/** Wait until the page has announced a result count (the list is filled before the announcement). */
async function resultsShown(page: Page): Promise<string> {
  await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return (await page.locator('#search-status').textContent()) ?? '';
}
const announcedCount = (status: string): number => (status.startsWith('No ') ? 0 : Number(status.split(' ')[0]));

/** Press Tab until the focused element matches `selector` (at most 60 presses). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** From the home page, by keyboard alone: `/`, type, Enter, Tab to the first claim result, Enter. */
async function searchAndOpenFirstClaim(page: Page, term: string) {
  await page.goto(`${base}/`);
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  await page.keyboard.type(term);
  await Promise.all([page.waitForURL((url) => url.pathname === '/search/'), page.keyboard.press('Enter')]);
  expect(new URL(page.url()).searchParams.get('q')).toBe(term);
  await resultsShown(page);
  const first = '.search-result[data-kind="claim"] .search-result-link';
  const firstHref = await page.locator(first).first().getAttribute('href');
  await tabTo(page, first);
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      href: el.getAttribute('href'),
      visible: el.matches(':focus-visible'),
      outline: getComputedStyle(el).outlineStyle,
    };
  });
  expect(focus).toEqual({ href: firstHref, visible: true, outline: 'solid' });
  await Promise.all([page.waitForURL((url) => url.hash.length > 1), page.keyboard.press('Enter')]);
  const landed = new URL(page.url());
  const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
  return { path: landed.pathname, id: decodeURIComponent(landed.hash.slice(1)), target };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('site search', () => {
  it('finds “Nord Stream” and lands on Kupchan’s claim, by keyboard from the header', async () => {
    const page = await (await browser.newContext()).newPage();
    const landed = await searchAndOpenFirstClaim(page, 'Nord Stream');
    await page.context().close();
    expect(landed.path).toBe('/essays/kupchan-2021/');
    expect(idsOn('essays/kupchan-2021').has(landed.id)).toBe(true);
    expect(landed.target).toBe(landed.id);
  });

  it('finds “Article 9” and lands on Campbell’s claim', async () => {
    const page = await (await browser.newContext()).newPage();
    const landed = await searchAndOpenFirstClaim(page, 'Article 9');
    await page.context().close();
    expect(landed.path).toBe('/essays/campbell-2025/');
    expect(idsOn('essays/campbell-2025').has(landed.id)).toBe(true);
    expect(landed.target).toBe(landed.id);
  });

  it('shows each claim with its stance as marker and label, its essay and a marked excerpt, and nothing else as markup', async () => {
    const page = await openPage(browser, `${base}/search/?q=Nord+Stream`);
    await resultsShown(page);
    const claim = await page
      .locator('.search-result[data-kind="claim"]')
      .first()
      .evaluate((li) => ({
        stance: li.querySelector('.stance')?.textContent,
        meta: li.querySelector('.search-result-meta')?.textContent,
        marks: [...li.querySelectorAll('.search-result-link mark')].map((m) => m.textContent),
      }));
    const tags = await page
      .locator('#search-results')
      .evaluate((list) => [
        ...new Set([...list.querySelectorAll('a *, .search-result-excerpt *')].map((n) => n.tagName)),
      ]);
    await page.context().close();
    expect(claim.stance).toBe('● Conciliation');
    expect(claim.meta).toContain('Kupchan, The Right Way to Split China and Russia');
    expect(claim.marks).toEqual(['Nord', 'Stream']);
    expect(tags).toEqual(['MARK']);
  });

  it('narrows results by stance and by essay, and keeps the filters in the URL', async () => {
    const page = await openPage(browser, `${base}/search/?q=treaty`);
    const all = announcedCount(await resultsShown(page));
    expect(all).toBeGreaterThan(10);

    await page.locator('#search-stance-futility').check();
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('(filtered)'));
    const futility = announcedCount(await resultsShown(page));
    const stances = await page
      .locator('.search-result')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.stance));
    expect(futility).toBeGreaterThan(0);
    expect(futility).toBeLessThan(all);
    expect(new Set(stances)).toEqual(new Set(['futility']));
    expect(new URL(page.url()).searchParams.getAll('stance')).toEqual(['futility']);

    await page.locator('#search-stance-futility').uncheck();
    await page.waitForFunction(
      () =>
        !document.querySelector('#search-status')?.textContent?.includes('(filtered)') &&
        document.querySelector('#search-status')?.textContent,
    );
    expect(announcedCount(await resultsShown(page))).toBe(all);

    await page.locator('#search-essay-1').check();
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('(filtered)'));
    const one = announcedCount(await resultsShown(page));
    const links = await page
      .locator('.search-result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.context().close();
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(all);
    expect(links.every((href) => href.startsWith('/essays/kupchan-2021/#'))).toBe(true);
  });

  it('reads filters from the URL, so a filtered search can be linked', async () => {
    const page = await openPage(browser, `${base}/search/?q=sanctions&stance=pressure&stance=conciliation`);
    await resultsShown(page);
    const checked = await page
      .locator('.search-filters input:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    const stances = await page
      .locator('.search-result')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.stance));
    await page.context().close();
    expect(checked).toEqual(['pressure', 'conciliation']);
    expect(stances.length).toBeGreaterThan(0);
    expect(new Set(stances)).toEqual(new Set(['pressure', 'conciliation']));
  });

  it('announces the result count in a live region', async () => {
    const page = await openPage(browser, `${base}/search/?q=Nord+Stream`);
    const status = await resultsShown(page);
    const live = await page.locator('#search-status').getAttribute('aria-live');
    const shown = await page.locator('.search-result').count();
    await page.context().close();
    expect(live).toBe('polite');
    expect(status).toBe(`${shown} results for “Nord Stream”`);
  });

  it('leaves `/` alone while typing in a field', async () => {
    const page = await openPage(browser, `${base}/search/`);
    await page.locator('#search-q').focus();
    await page.keyboard.type('a/b');
    const state = await page.evaluate(() => ({
      value: (document.getElementById('search-q') as HTMLInputElement).value,
      focus: document.activeElement?.id,
    }));
    await page.context().close();
    expect(state).toEqual({ value: 'a/b', focus: 'search-q' });
  });

  it('says search needs JavaScript when it is off, and links to the compare page and the data', async () => {
    const page = await openPage(browser, `${base}/search/?q=treaty`, { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const filtersShown = await page.locator('.search-filters').isVisible();
    await page.context().close();
    expect(filtersShown, 'filters that need JavaScript are hidden without it').toBe(false);
    expect(text).toContain('needs JavaScript');
    expect(links).toEqual(expect.arrayContaining(['/compare/', '/data/claims.json', '/data/claims.csv']));
  });

  it('submits the header form to /search/ without JavaScript', async () => {
    const page = await openPage(browser, `${base}/timeline/`, { javaScriptEnabled: false });
    await page.locator('#site-search-q').fill('treaty');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/search/'),
      page.locator('#site-search-q').press('Enter'),
    ]);
    const q = new URL(page.url()).searchParams.get('q');
    await page.context().close();
    expect(q).toBe('treaty');
  });
});

describe('/search/ accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violations with results shown (${colorScheme})`, async () => {
      const page = await openPage(browser, `${base}/search/?q=treaty`, { colorScheme });
      await resultsShown(page);
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, describeViolations(violations)).toEqual([]);
    });
    for (const width of [360, 1280]) {
      it(`renders without horizontal scroll at ${width} px (${colorScheme}), screenshot saved`, async () => {
        const page = await openPage(browser, `${base}/search/?q=treaty`, {
          colorScheme,
          viewport: { width, height: 1100 },
        });
        await resultsShown(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        await page.screenshot({ path: `tests/e2e/screenshots/search-${width}-${colorScheme}.png` });
        await page.context().close();
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
