import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const timeline = JSON.parse(readFileSync(path.join(dist, 'data/timeline.json'), 'utf8')) as Array<{
  id: string;
  title: string;
  claims: string[];
}>;
const claims = JSON.parse(readFileSync(path.join(dist, 'data/claims.json'), 'utf8')) as Array<{
  id: string;
  essay: string;
  events: string[];
  url: string;
}>;
const SHOTS = 'tests/e2e/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The timeline page, once its script has started (it waits for the first frame to be painted). */
async function openTimeline(url: string, options: Parameters<typeof openPage>[2] = {}): Promise<Page> {
  const page = await openPage(browser, url, options);
  await page.waitForSelector('svg.timeline-chart[data-ready]', { state: 'attached', timeout: 20_000 });
  return page;
}

const firstEventTransform = (page: Page) =>
  page.locator('svg.timeline-chart g.event').first().getAttribute('transform');

describe('/timeline/ without JavaScript', () => {
  it('has every event in the SVG, with its title, and one list article per event', async () => {
    const page = await openPage(browser, `${base}/timeline/`, { javaScriptEnabled: false });
    const svgTitles = await page
      .locator('svg.timeline-chart g.event')
      .evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset.title ?? ''));
    const articles = await page
      .locator('article.tl-event')
      .evaluateAll((els) => els.map((el) => ({ id: el.id, title: el.querySelector('h4')?.textContent?.trim() })));
    await page.context().close();
    expect(articles).toHaveLength(timeline.length);
    expect(articles).toEqual(timeline.map((e) => ({ id: e.id, title: e.title })));
    const missing = timeline.filter((e) => !svgTitles.some((t) => t.startsWith(`${e.title} (`))).map((e) => e.id);
    expect(svgTitles).toHaveLength(timeline.length);
    expect(missing).toEqual([]);
  });

  it('holds its first frame until the chart and controls are parsed, and no longer (the list is not waited for)', async () => {
    const page = await openPage(browser, `${base}/timeline/`, { javaScriptEnabled: false });
    const order = await page.evaluate(() => {
      const expect = document.querySelector<HTMLLinkElement>('link[rel="expect"][blocking="render"]');
      const target = expect && document.getElementById(expect.getAttribute('href')!.slice(1));
      const chart = document.querySelector('svg.timeline-chart');
      const firstEvent = document.querySelector('article.tl-event');
      const follows = (a: Node | null, b: Node | null) =>
        Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { target: Boolean(target), afterChart: follows(chart, target), beforeList: follows(target, firstEvent) };
    });
    await page.context().close();
    expect(order).toEqual({ target: true, afterChart: true, beforeList: true });
  });

  it('scrolls a deep link to its article', async () => {
    const target = timeline.at(-10)!;
    const page = await openPage(browser, `${base}/timeline/#${target.id}`, { javaScriptEnabled: false });
    // Entries near the target are laid out at their real height as they come into view, so the page
    // can still be settling at load on a busy machine: the target must be in view once it has settled.
    const inView = () =>
      page.locator(`article[id="${target.id}"]`).evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      });
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await page.context().close();
  });
});

describe('/timeline/ with the client script', () => {
  it('zooms with + and pans with the arrow keys when the chart has focus', async () => {
    const page = await openTimeline(`${base}/timeline/`);
    await page.locator('.tl-frame').focus();
    const before = await firstEventTransform(page);
    await page.keyboard.press('+');
    await page.waitForFunction(
      (t) => document.querySelector('svg.timeline-chart g.event')?.getAttribute('transform') !== t,
      before,
    );
    const zoomed = await firstEventTransform(page);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(
      (t) => document.querySelector('svg.timeline-chart g.event')?.getAttribute('transform') !== t,
      zoomed,
    );
    const panned = await firstEventTransform(page);
    await page.context().close();
    expect(zoomed).not.toBe(before);
    expect(panned).not.toBe(zoomed);
  });

  it('draws each zoom level’s axis ticks when the level is first reached, each year once, and hides them on reset', async () => {
    const page = await openTimeline(`${base}/timeline/`);
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.timeline-chart g.tick:not([data-off])')].map((g) => g.textContent),
      );
    const atLoad = await shown();
    await page.locator('.tl-frame').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    await expect.poll(async () => (await shown()).length, { timeout: 5000 }).toBeGreaterThan(atLoad.length * 3);
    const zoomedIn = await shown();
    await page.keyboard.press('0');
    await expect.poll(shown, { timeout: 5000 }).toEqual(atLoad);
    const drawn = await page.locator('svg.timeline-chart g.tick').count();
    await page.context().close();
    expect(new Set(zoomedIn).size).toBe(zoomedIn.length);
    expect(drawn).toBe(zoomedIn.length);
  });

  it('fills the details panel when an event is chosen with Tab and Enter', async () => {
    const page = await openTimeline(`${base}/timeline/`);
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('event-link'))) break;
    }
    const title = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(title).toBe(timeline[0]!.title);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#tl-details h3').textContent(), { timeout: 10_000 }).toBe(timeline[0]!.title);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#tl-details h3').textContent(), { timeout: 10_000 }).toBe(timeline[1]!.title);
    await page.context().close();
  });

  it('selects the event named in the URL fragment', async () => {
    const target = timeline.find((e) => e.id === 'zhenbao-island-clash-1969') ?? timeline[40]!;
    const page = await openTimeline(`${base}/timeline/#${target.id}`);
    await expect.poll(() => page.locator('#tl-details h3').textContent(), { timeout: 10_000 }).toBe(target.title);
    const selected = await page.locator('svg.timeline-chart g.event.is-selected').getAttribute('data-event');
    await page.context().close();
    expect(selected).toBe(target.id);
  });

  it('selects an event clicked on the chart', async () => {
    const page = await openTimeline(`${base}/timeline/`);
    const target = timeline.at(-1)!;
    // Dispatched on the marker itself: a neighbour's marker drawn on top may cover part of it.
    await page
      .locator(
        `svg.timeline-chart g.event[data-event="${target.id}"] circle, svg.timeline-chart g.event[data-event="${target.id}"] rect.bar`,
      )
      .first()
      .dispatchEvent('click');
    await expect.poll(() => page.locator('#tl-details h3').textContent(), { timeout: 10_000 }).toBe(target.title);
    await page.context().close();
  });

  it('draws each event in view once in its lane’s marker paths, and leaves filtered events out', async () => {
    const essay = 'taffer-2025';
    const page = await openTimeline(`${base}/timeline/`);
    // One subpath ("M") per dot or bar; at load the whole chart is in view.
    const drawn = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg.timeline-chart g.marks path')].reduce(
          (n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
          0,
        ),
      );
    const atLoad = await drawn();
    const ownMarkersShown = await page
      .locator('svg.timeline-chart g.event > :is(.dot, .bar)')
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);
    for (const box of await page.locator('form.tl-filters input[name="essay"]').all()) {
      if ((await box.getAttribute('value')) !== essay) await box.uncheck();
    }
    const listed = await page.locator('article.tl-event:not([hidden])').count();
    await expect.poll(drawn).toBe(listed);
    await page.context().close();
    expect(atLoad).toBe(timeline.length);
    expect(ownMarkersShown).toBe(0);
  });

  it('selects the event whose marker is clicked with the mouse (markers are lane paths)', async () => {
    const page = await openTimeline(`${base}/timeline/`);
    // An event at least 12 units from any other in its lane, so the click cannot be meant for a neighbour.
    const target = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.timeline-chart')!;
      const events = [...svg.querySelectorAll<SVGGElement>('g.event')].map((g) => ({
        id: g.dataset.event!,
        lane: (g.parentNode as SVGGElement).dataset.lane,
        x: Number(g.dataset.x),
        y: Number(/,([-\d.]+)\)/.exec(g.getAttribute('transform')!)![1]),
        title: g.dataset.title!,
      }));
      const alone = events.find((e) => events.every((o) => o === e || o.lane !== e.lane || Math.abs(o.x - e.x) >= 12))!;
      const point = new DOMPoint(alone.x, alone.y).matrixTransform(svg.getScreenCTM()!);
      return { ...alone, clientX: point.x, clientY: point.y };
    });
    await page.mouse.move(target.clientX, target.clientY);
    const tooltip = await page.locator('.tl-frame').getAttribute('title');
    await page.mouse.click(target.clientX, target.clientY);
    await expect
      .poll(() => page.locator('#tl-details h3').textContent(), { timeout: 10_000 })
      .toBe(timeline.find((e) => e.id === target.id)!.title);
    const selectedShown = await page
      .locator(`svg.timeline-chart g.event[data-event="${target.id}"] > :is(.dot, .bar)`)
      .evaluate((el) => getComputedStyle(el).display !== 'none');
    await page.context().close();
    expect(tooltip).toBe(target.title);
    expect(selectedShown).toBe(true);
  });

  it('hides events an essay does not invoke when filtered to that essay', async () => {
    const essay = 'taffer-2025';
    const invoked = new Set(claims.filter((c) => c.essay === essay).flatMap((c) => c.events));
    const page = await openTimeline(`${base}/timeline/`);
    for (const box of await page.locator('form.tl-filters input[name="essay"]').all()) {
      if ((await box.getAttribute('value')) !== essay) await box.uncheck();
    }
    const listed = await page.locator('article.tl-event:not([hidden])').evaluateAll((els) => els.map((el) => el.id));
    const drawn = await page
      .locator('svg.timeline-chart g.event:not([data-filtered])')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    await page.context().close();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(timeline.length);
    expect(new Set(listed)).toEqual(invoked);
    expect(drawn).toEqual(expect.arrayContaining(listed));
    expect(drawn).toHaveLength(listed.length);
  });

  it('places the labels again for the events a filter leaves, so hidden events leave no gaps', async () => {
    const essay = 'taffer-2025';
    const page = await openTimeline(`${base}/timeline/`);
    const labelled = () =>
      page
        .locator('svg.timeline-chart g.event:not([data-filtered])[data-at]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    const invoked = new Set(claims.filter((c) => c.essay === essay).flatMap((c) => c.events));
    const before = (await labelled()).filter((id) => invoked.has(id!));
    for (const box of await page.locator('form.tl-filters input[name="essay"]').all()) {
      if ((await box.getAttribute('value')) !== essay) await box.uncheck();
    }
    await expect.poll(async () => (await labelled()).length).toBeGreaterThan(before.length);
    await page.context().close();
  });
});

describe('links between the timeline and the essays', () => {
  it('resolves every claim→event link to an element on /timeline/', async () => {
    const page = await openPage(browser, `${base}/timeline/`, { javaScriptEnabled: false });
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
    await page.context().close();
    const broken = claims.flatMap((c) =>
      c.events.filter((event) => !ids.has(event)).map((event) => `${c.id} → ${event}`),
    );
    expect(broken).toEqual([]);
  });

  it('resolves every event→claim link on /timeline/ to an element on the essay page', async () => {
    const page = await openPage(browser, `${base}/timeline/`, { javaScriptEnabled: false });
    const hrefs = await page
      .locator('article.tl-event a[href^="/essays/"][href*="#"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    const byEssay = new Map<string, Set<string>>();
    for (const href of hrefs) {
      const [pathname, id] = href.split('#') as [string, string];
      byEssay.set(pathname, (byEssay.get(pathname) ?? new Set()).add(id));
    }
    const broken: string[] = [];
    for (const [pathname, wanted] of byEssay) {
      await page.goto(`${base}${pathname}`);
      const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
      for (const id of wanted) if (!ids.has(id)) broken.push(`${pathname}#${id}`);
    }
    await page.context().close();
    expect(hrefs.length).toBeGreaterThanOrEqual(timeline.reduce((n, e) => n + e.claims.length, 0));
    expect(broken).toEqual([]);
  });
});

describe('/timeline/ accessibility and look', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${colorScheme} mode, with an event selected`, async () => {
      const page = await openTimeline(`${base}/timeline/#sino-soviet-treaty-1950`, {
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      await expect.poll(() => page.locator('#tl-details h3').count(), { timeout: 10_000 }).toBe(1);
      const violations = await runAxe(page);
      await page.context().close();
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    for (const width of [1280, 360]) {
      it(`renders at ${width} px in ${colorScheme} mode (screenshot)`, async () => {
        const page = await openTimeline(`${base}/timeline/#nixon-visit-china-1972`, {
          colorScheme,
          viewport: { width, height: 1000 },
        });
        await expect.poll(() => page.locator('#tl-details h3').count(), { timeout: 10_000 }).toBe(1);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SHOTS}/timeline-${width}-${colorScheme}.png`, fullPage: false });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await page.context().close();
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  }
});
