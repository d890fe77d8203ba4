/**
 * /analyse/: the reader's text through the pipeline in a worker, in Chromium, against the built site.
 * The page must tag as `npm run tag` does, fetch nothing but the site's own files, keep hostile text inert,
 * work by keyboard alone, pass axe in both schemes at phone and desktop widths, and say what it needs without JS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetFor } from '../../scripts/checks/budgets.ts';
import { WINK_MODEL_GZIP_KB } from '../../src/site/analyse-sizes.ts';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');

/** A made-up essay: front matter, a heading, arguing sentences of each stance, a year the timeline knows. */
const ESSAY = `---
title: "A Made-Up Op-Ed"
thesis: conciliation
---

Washington should offer Moscow sanctions relief and a new dialogue on arms control. Russia resents being China's junior partner, and that resentment is an opening.

## The objections

Critics say tariffs and sanctions on both capitals would split them faster. Yet every past attempt to pry them apart has failed, and the 2001 treaty still binds them.

In 1969, Soviet and Chinese troops clashed on the Ussuri River.
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Paste `text` (or keep what is there), press Analyse and wait for the results. */
async function analyse(page: Page, text?: string): Promise<void> {
  if (text !== undefined) await page.locator('#analyse-text').fill(text);
  await page.locator('#analyse-run').click();
  await waitForResults(page);
}
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /^(Done|No sentences|The analysis failed)/.test(document.querySelector('#analyse-status')?.textContent ?? ''),
    undefined,
    { timeout: 120_000 },
  );
  expect(await page.locator('#analyse-status').textContent()).toMatch(/^Done: \d+ claims/);
}

/** Press Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Every request the context makes (page and worker), with cross-origin ones refused before they leave. */
async function recordRequests(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    seen.push(url);
    return new URL(url).origin === base ? route.continue() : route.abort();
  });
  context.on('request', (request) => {
    if (!seen.includes(request.url())) seen.push(request.url());
  });
  return seen;
}

describe('/analyse/', () => {
  it('tags a pasted essay: claims marked by stance with markers, counts, cues, confidence, topic and event links', async () => {
    const page = await openPage(browser, `${base}/analyse/`);
    await analyse(page, ESSAY);
    const claims = page.locator('#analyse-body .claim[id]');
    expect(await claims.count()).toBe(5);
    const stances = await claims.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stance')));
    expect(stances.every((s) => ['pressure', 'conciliation', 'futility', 'none'].includes(s!))).toBe(true);
    expect(new Set(stances).size).toBeGreaterThan(1);
    expect(await page.locator('#analyse-body h3').textContent()).toBe('The objections');
    expect(await page.locator('#analyse-summary .bar').getAttribute('aria-label')).toMatch(
      /^Claims by stance: \d+ pressure/,
    );
    // Markers never rest on colour alone: each claim's marker has a glyph and a label naming its stance.
    const marks = await page
      .locator('#analyse-body .claim-mark')
      .evaluateAll((nodes) => nodes.map((n) => [n.textContent, n.getAttribute('aria-label')]));
    for (const [glyph, label] of marks) {
      expect(glyph).toMatch(/^[▲●✕○]$/);
      expect(label).toMatch(/^Claim \d+: (Pressure|Conciliation|Futility|No stance)\. Details$/);
    }
    // Following a marker opens the claim's details: why, confidence, topics, events.
    const first = claims.first();
    await first.locator('.claim-mark').click();
    const info = await first.locator('.claim-info').innerText();
    expect(info).toMatch(/tagger confidence \d+%/);
    expect(info).toMatch(/Why: \S/);
    await page.locator('#analyse-open-all').check();
    expect(await page.locator('#analyse-body .claim-info:visible').count()).toBe(5);
    const topicLinks = await page.locator('#analyse-body .claim-info a[href^="/compare/"]').count();
    expect(topicLinks).toBeGreaterThan(0);
    const eventHref = await page
      .locator('#analyse-body .claim-info a[href^="/timeline/#"]')
      .first()
      .getAttribute('href');
    const timelineIds = JSON.parse(readFileSync(path.join(dist, 'data/timeline.json'), 'utf8')) as Array<{
      id: string;
    }>;
    expect(timelineIds.map((e) => `/timeline/#${e.id}`)).toContain(eventHref);
    expect(await page.locator('#analyse-timing').textContent()).toMatch(
      /^5 claims in [\d,]+ ms, read with the thesis conciliation\.$/,
    );
    await page.context().close();
  });

  it('exports exactly what `npm run tag -- file.md --no-overrides` prints for the same file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'analyse-'));
    const file = path.join(dir, 'made-up-op-ed.md');
    writeFileSync(file, ESSAY);
    const cli = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/tag.ts', file, '--no-overrides'], {
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);

    const page = await openPage(browser, `${base}/analyse/`);
    await page.locator('#analyse-file').setInputFiles(file);
    await page.waitForFunction(
      () => (document.querySelector('#analyse-name') as HTMLInputElement).value === 'made-up-op-ed',
    );
    await analyse(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#analyse-export-json').click()]);
    expect(download.suggestedFilename()).toBe('made-up-op-ed.claims.json');
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toBe(cli.stdout);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#analyse-export-csv').click()]);
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('id,essay,section,paragraph,index,text,stance,confidence,cues,origin,topics,events,url');
    expect(rows).toHaveLength(1 + (JSON.parse(cli.stdout) as unknown[]).length);

    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('#analyse-export-md').click()]);
    expect(md.suggestedFilename()).toBe('made-up-op-ed.md');
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toMatch(
      /^---\ntitle: "A Made-Up Op-Ed"\nauthor: "TODO: author"\n[\s\S]*\nthesis: "conciliation"\n[\s\S]*\n---\n\nWashington should/,
    );
    await page.context().close();
  });

  it('works by keyboard alone, from pasting to a download', async () => {
    const page = await openPage(browser, `${base}/analyse/`);
    await tabTo(page, '#analyse-text');
    await page.keyboard.insertText(ESSAY);
    await tabTo(page, '#analyse-run');
    await page.keyboard.press('Enter');
    await waitForResults(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('analyse-results-heading');
    await tabTo(page, '#analyse-export-json', 10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toHaveLength(5);
    await tabTo(page, '#analyse-body .claim-mark', 10);
    await page.keyboard.press('Enter');
    expect(await page.locator('#analyse-body .claim:target .claim-info').isVisible()).toBe(true);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const)
    for (const width of [360, 1280])
      it(`has no axe violations with results shown (${scheme}, ${width} px)`, async () => {
        const page = await openPage(browser, `${base}/analyse/`, {
          colorScheme: scheme,
          viewport: { width, height: 900 },
        });
        await analyse(page, ESSAY);
        await page.locator('#analyse-body .claim-mark').first().click();
        const violations = await runAxe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        // Nothing wider than the screen at 360 px (the header nav with the new link included).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });

  it('sends nothing anywhere: every request while loading and analysing is to the site itself', async () => {
    const context = await browser.newContext();
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await page.goto(`${base}/analyse/`);
    await analyse(page, ESSAY);
    await Promise.all([page.waitForEvent('download'), page.locator('#analyse-export-json').click()]);
    // The worker, its dynamic import and the context fetch all pass the CSP (worker-src and connect-src 'self').
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([base]);
    // The worker fetched the context and the model from the site, and posted nothing.
    expect(requests.some((url) => url.endsWith('/analyse/context.json'))).toBe(true);
    expect(requests.some((url) => /\/_astro\/wink-model-[\w-]+\.js$/.test(url))).toBe(true);
    await context.close();
  });

  it('keeps hostile text inert: HTML, script, javascript: links, images and a 200,000-character line are text', async () => {
    const context = await browser.newContext();
    const requests = await recordRequests(context);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/analyse/`);
    const longLine = 'Sanctions <b>fail</b> & [x](javascript:alert(9)) '.repeat(4082).slice(0, 200_000);
    const hostile = [
      '<script>window.__pwned = 1; alert(1)</script>',
      '<img src="/pwned.png" onerror="window.__pwned = 2"> Tariffs on China <iframe src="https://evil.example/"></iframe> work.',
      'Click [here](javascript:window.__pwned=3) or <a href="javascript:alert(4)">here</a> for the truth.',
      'See ![chart](https://evil.example/track.png) and ![local](/tracker.gif "t") now.',
      longLine,
    ].join('\n\n');
    expect(longLine).toHaveLength(200_000);
    await analyse(page, hostile);
    const body = page.locator('#analyse-body');
    expect(
      await body
        .locator('script, img, iframe, a:not(.claim-mark):not([href^="/compare/"]):not([href^="/timeline/#"])')
        .count(),
    ).toBe(0);
    const text = await body.innerText();
    expect(text).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(text).toContain('<img src="/pwned.png" onerror="window.__pwned = 2">');
    expect(text).toContain('<a href="javascript:alert(4)">here</a>');
    expect(text).toContain('Sanctions <b>fail</b> &');
    const longest = await body
      .locator('.claim-text')
      .evaluateAll((nodes) => Math.max(...nodes.map((n) => n.textContent!.length)));
    expect(longest).toBeGreaterThan(1000);
    await body.locator('.claim-mark').first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /pwned|tracker|evil|track\.png/.test(url))).toEqual([]);
    // The page did not grow sideways: long text wraps.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps the text in sessionStorage only when the reader ticks the box', async () => {
    const page = await openPage(browser, `${base}/analyse/`);
    await page.locator('#analyse-text').fill('Private draft.');
    expect(await page.locator('#analyse-keep').isChecked()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.reload();
    expect(await page.locator('#analyse-text').inputValue()).toBe('');
    await page.locator('#analyse-text').fill('Kept draft.');
    await page.locator('#analyse-keep').check();
    await page.reload();
    expect(await page.locator('#analyse-text').inputValue()).toBe('Kept draft.');
    await page.locator('#analyse-keep').uncheck();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.context().close();
  });

  it('says without JavaScript that it needs it, and points to npm run tag', async () => {
    const page = await openPage(browser, `${base}/analyse/`, { javaScriptEnabled: false });
    const main = await page.locator('main').innerText();
    expect(main).toContain('needs JavaScript');
    expect(main).toContain('npm run tag');
    expect(await page.locator('#analyse-form').isVisible()).toBe(false);
    await page.context().close();
  });

  it('loads its code within budget and states the model size it downloads, as built', async () => {
    const assets = readdirSync(path.join(dist, '_astro'));
    const model = assets.find((f) => /^wink-model-[\w-]+\.js$/.test(f));
    expect(model).toBeDefined();
    const modelGzip = gzipSync(readFileSync(path.join(dist, '_astro', model!)), { level: 9 }).length / 1024;
    console.log(`wink model chunk: ${modelGzip.toFixed(1)} KB gzip (page states ${WINK_MODEL_GZIP_KB} KB)`);
    expect(Math.abs(modelGzip - WINK_MODEL_GZIP_KB) / WINK_MODEL_GZIP_KB).toBeLessThan(0.1);
    const html = readFileSync(path.join(dist, 'analyse/index.html'), 'utf8');
    expect(html).toContain(`about ${WINK_MODEL_GZIP_KB} KB compressed`);
    // The page's scripts and the worker, measured as the browser loads them (before any analysis: no model).
    const context = await browser.newContext();
    const page = await context.newPage();
    const js: number[] = [];
    const reads: Array<Promise<void>> = [];
    page.on('response', (response) => {
      if (/\.m?js$/.test(new URL(response.url()).pathname) && !/wink-model/.test(response.url()))
        reads.push(response.body().then((b) => void js.push(gzipSync(b, { level: 9 }).length)));
    });
    await page.goto(`${base}/analyse/`);
    await analyse(page, ESSAY);
    await Promise.all(reads);
    const total = js.reduce((a, b) => a + b, 0);
    console.log(`/analyse/ code without the model: ${(total / 1024).toFixed(1)} KB gzip in ${js.length} scripts`);
    expect(total).toBeLessThanOrEqual(budgetFor('analyse').jsGzip);
    await context.close();
  });
});

describe('other pages', () => {
  it('load none of the analyse code', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html') && f !== path.join('analyse', 'index.html'),
    );
    for (const file of pages) expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(/analyse[^"]*\.js/);
  });
});
